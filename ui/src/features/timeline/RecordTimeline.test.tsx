import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useGlobalShortcuts } from "../../app/use-global-shortcuts";
import type { TimelineEntry } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { RecordTimeline } from "./RecordTimeline";

function ContactPageWithShortcuts() {
  useGlobalShortcuts({ openPalette: () => {}, paletteOpen: false });
  return <RecordTimeline table="contacts" id="c1" companyId="co1" />;
}

const note: TimelineEntry = {
  type: "activity",
  id: "a1",
  kind: "note",
  subject: "Prefers email",
  body: "",
  direction: "",
  at: "2026-03-02T09:30:00Z",
  duration_minutes: 0,
  author_name: "Ana",
  contact_id: "c1",
  contact_name: "Grace Hopper",
  deal_id: null,
  deal_name: "",
  company_id: "co1",
};

describe("RecordTimeline", () => {
  it("focuses the composer on L, and deletes an activity with an Undo in the toast", async () => {
    const backend = mockBackend({
      timeline: () => [note],
      delete_activity: () => null,
      undo: () => ({ description: "Delete of an activity" }),
    });
    const user = userEvent.setup();
    renderWithApp(<ContactPageWithShortcuts />);
    await screen.findByRole("article", { name: "Note: Prefers email" });
    expect(backend.callsTo("timeline")).toEqual([{ table: "contacts", id: "c1" }]);

    await user.keyboard("l");
    expect(screen.getByLabelText("Subject")).toHaveFocus();

    await user.click(screen.getByRole("button", { name: "Delete note" }));
    await waitFor(() => expect(backend.callsTo("delete_activity")).toEqual([{ id: "a1" }]));
    await user.click(await screen.findByRole("button", { name: "Undo" }));
    expect(await screen.findByText("Undone: Delete of an activity")).toBeInTheDocument();
  });

  it("edits an activity in place, keeping its links and time", async () => {
    const backend = mockBackend({ timeline: () => [note], update_activity: () => null });
    const user = userEvent.setup();
    renderWithApp(<RecordTimeline table="contacts" id="c1" companyId="co1" />);
    await user.click(await screen.findByRole("button", { name: "Edit note" }));

    const form = screen.getByRole("form", { name: "Edit activity" });
    const subject = screen.getAllByLabelText("Subject").find((el) => form.contains(el))!;
    await user.clear(subject);
    await user.type(subject, "Prefers email, never calls{Control>}{Enter}{/Control}");

    await waitFor(() => expect(backend.callsTo("update_activity")).toHaveLength(1));
    expect(backend.callsTo("update_activity")[0]).toEqual({
      id: "a1",
      input: {
        kind: "note",
        subject: "Prefers email, never calls",
        body: "",
        direction: "",
        occurred_at: "2026-03-02T09:30:00Z",
        duration_minutes: 0,
        contact_id: "c1",
        company_id: "co1",
        deal_id: null,
      },
    });
    await waitFor(() => expect(screen.queryByRole("form", { name: "Edit activity" })).not.toBeInTheDocument());
  });

  it("teaches what the timeline is for when nothing is logged", async () => {
    mockBackend({ timeline: () => [] });
    renderWithApp(<RecordTimeline table="companies" id="co1" />);
    expect(await screen.findByText(/Nothing logged yet/)).toBeInTheDocument();
  });
});
