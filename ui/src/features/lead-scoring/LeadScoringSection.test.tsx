import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { LeadScoring, ScoringPreview, ScoringRule } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { LeadScoringSection, shiftsSentence } from "./LeadScoringSection";

const rule = (id: string, criterion: ScoringRule["criterion"], value: string, points: number, label: string, within_days = 0, cap = 0): ScoringRule => ({
  id,
  kind: ["activity", "content_shared", "no_activity_for_days"].includes(criterion) ? "engagement" : "fit",
  criterion,
  value,
  points,
  within_days,
  cap,
  label,
  enabled: true,
});

const stored: LeadScoring = {
  rules: [
    rule("r1", "title_contains", "VP, Head, Director", 20, "VP title"),
    rule("r2", "bant_confirmed", "budget", 15, "budget confirmed"),
    rule("r3", "activity", "meeting", 5, "per meeting in 30 days", 30, 15),
    rule("r4", "no_activity_for_days", "", -10, "no activity in 60 days", 60),
  ],
  settings: { mql_threshold: 40, sql_threshold: 70, move_lifecycle: false, create_task: true },
  can_edit: true,
};

const preview: ScoringPreview = {
  shifts: { to_mql: 23, to_sql: 5, dropped: 2 },
  examples: [{ contact_id: "c1", name: "Ana Silva", score_before: 45, score_after: 74, before: "mql", after: "sql" }],
  contacts: 120,
};

describe("LeadScoringSection", () => {
  it("groups the rules into fit and engagement", async () => {
    mockBackend({ lead_scoring: () => stored });
    renderWithApp(<LeadScoringSection />, { screen: "settings" });
    const fit = await screen.findByRole("group", { name: "Fit rules" });
    expect(within(fit).getAllByTestId("scoring-rule")).toHaveLength(2);
    const engagement = screen.getByRole("group", { name: "Engagement rules" });
    expect(within(engagement).getByRole("textbox", { name: "Days of no activity in 60 days" })).toHaveValue("60");
    expect(within(engagement).getByRole("textbox", { name: "Cap of per meeting in 30 days" })).toHaveValue("15");
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
  });

  it("shows before saving how many contacts would move, then saves the whole draft", async () => {
    const backend = mockBackend({
      lead_scoring: () => stored,
      preview_lead_scoring: () => preview,
      save_lead_scoring: () => ({ scored: 120, shifts: preview.shifts, tasks_created: 5, stages_moved: 0 }),
    });
    const user = userEvent.setup();
    renderWithApp(<LeadScoringSection />, { screen: "settings" });
    const points = await screen.findByRole("textbox", { name: "Points of VP title" });
    await user.clear(points);
    await user.type(points, "30");
    expect(await screen.findByText("Saving would move 23 contacts to MQL, 5 to SQL, 2 drop out.")).toBeInTheDocument();
    expect(screen.getByText("Ana Silva")).toBeInTheDocument();
    const previewed = backend.callsTo("preview_lead_scoring").at(-1)!;
    expect((previewed.rules as ScoringRule[])[0]!.points).toBe(30);
    expect(backend.callsTo("save_lead_scoring")).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("save_lead_scoring")).toHaveLength(1));
    const saved = backend.callsTo("save_lead_scoring")[0]!;
    expect((saved.rules as ScoringRule[]).map((r) => [r.id, r.points])).toEqual([["r1", 30], ["r2", 15], ["r3", 5], ["r4", -10]]);
    expect(saved.settings).toEqual(stored.settings);
  });

  it("adds, reorders and removes rules, and Cancel puts the stored ones back", async () => {
    mockBackend({ lead_scoring: () => stored, preview_lead_scoring: () => ({ ...preview, shifts: { to_mql: 0, to_sql: 0, dropped: 0 }, examples: [] }) });
    const user = userEvent.setup();
    renderWithApp(<LeadScoringSection />, { screen: "settings" });
    await user.click(await screen.findByRole("button", { name: "Add fit rule" }));
    const fit = screen.getByRole("group", { name: "Fit rules" });
    expect(within(fit).getAllByTestId("scoring-rule")).toHaveLength(3);
    await user.click(screen.getByRole("button", { name: "Move budget confirmed up" }));
    const labels = within(fit).getAllByRole("textbox", { name: /^Label of/ }).map((i) => (i as HTMLInputElement).value);
    expect(labels.slice(0, 2)).toEqual(["budget confirmed", "VP title"]);
    await user.click(screen.getByRole("button", { name: "Remove VP title" }));
    expect(await screen.findByText("Saving would not change who is qualified.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(within(fit).getAllByTestId("scoring-rule")).toHaveLength(2);
    expect(screen.queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
  });

  it("lets sellers read the rules but not change them", async () => {
    mockBackend({ lead_scoring: () => ({ ...stored, can_edit: false }) });
    renderWithApp(<LeadScoringSection />, { screen: "settings" });
    expect(await screen.findByText("Only admins, marketers and sales managers change these rules.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Points of VP title" })).toBeDisabled();
  });

  it("writes what moved in plain words", () => {
    expect(shiftsSentence({ to_mql: 1, to_sql: 0, dropped: 0 })).toBe("Saving would move 1 contact to MQL.");
    expect(shiftsSentence({ to_mql: 0, to_sql: 2, dropped: 1 })).toBe("Saving would move 2 contacts to SQL, 1 drops out.");
    expect(shiftsSentence({ to_mql: 3, to_sql: 0, dropped: 0 }, "did")).toBe("Saved: moved 3 contacts to MQL.");
  });
});
