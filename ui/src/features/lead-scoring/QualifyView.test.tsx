import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { BantAnswer, LeadToQualify } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { QualifyView } from "./QualifyView";

const answer = (status: BantAnswer["status"]): BantAnswer => ({ status, note: "" });
const lead = (id: string, name: string, budget: BantAnswer["status"], authority: BantAnswer["status"]): LeadToQualify => ({
  id,
  name,
  title: "VP Sales",
  company_name: "Globex",
  lifecycle_stage: "lead",
  owner_id: "me",
  owner_name: "Ana",
  score: 20,
  qualification: "",
  bant: { budget: answer(budget), authority: answer(authority), need: answer("unknown"), timeline: answer("unknown") },
});

describe("QualifyView", () => {
  it("lists my leads with missing answers marked and filters to those missing any", async () => {
    const backend = mockBackend({ leads_to_qualify: () => [lead("a", "Ana Silva", "confirmed", "unknown")] });
    const user = userEvent.setup();
    renderWithApp(<QualifyView />, { screen: "contacts" });
    expect(await screen.findByText("Ana Silva")).toBeInTheDocument();
    expect(screen.getByText("Confirmed")).not.toHaveAttribute("data-missing");
    expect(screen.getAllByText("Unknown")[0]).toHaveAttribute("data-missing", "true");
    expect(backend.callsTo("leads_to_qualify")[0]).toEqual({ query: { mine_only: true, missing_only: false } });
    await user.click(screen.getByRole("checkbox", { name: "Missing any answer" }));
    await waitFor(() => expect(backend.callsTo("leads_to_qualify").at(-1)).toEqual({ query: { mine_only: true, missing_only: true } }));
  });

  it("qualifies leads from the keyboard: Enter, the first missing answer focused, Ctrl+Enter saves and opens the next", async () => {
    const leads = [lead("a", "Ana Silva", "confirmed", "unknown"), lead("b", "Bo Lee", "unknown", "unknown")];
    const backend = mockBackend({
      leads_to_qualify: () => leads,
      save_contact_bant: (args) => ({ ...leads[0]!, bant: args.bant }),
    });
    const user = userEvent.setup();
    renderWithApp(<QualifyView />, { screen: "contacts" });
    const grid = await screen.findByRole("grid", { name: "Leads to qualify" });
    grid.focus();
    await user.keyboard("{Enter}");
    const authority = await screen.findByRole("combobox", { name: "Authority" });
    expect(authority).toHaveFocus();
    await user.selectOptions(authority, "confirmed");
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Authority note" })).toHaveFocus();
    await user.keyboard("Signs off up to 50k");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await waitFor(() => expect(backend.callsTo("save_contact_bant")).toHaveLength(1));
    const saved = backend.callsTo("save_contact_bant")[0]!;
    expect(saved.contactId).toBe("a");
    expect(saved.bant).toMatchObject({ authority: { status: "confirmed", note: "Signs off up to 50k" }, budget: { status: "confirmed" } });
    expect(await screen.findByRole("form", { name: "BANT of Bo Lee" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Budget" })).toHaveFocus();
  });
});
