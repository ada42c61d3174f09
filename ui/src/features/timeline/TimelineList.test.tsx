import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { TimelineEntry } from "../../ipc/bindings";
import { TimelineList } from "./TimelineList";

const now = new Date();
// Minutes into today (UTC, the default format context), so "Today" holds whatever the clock says.
const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 0, 1)).toISOString();
const yesterday = new Date(Date.parse(today) - 12 * 3600_000).toISOString();

const entries: TimelineEntry[] = [
  {
    type: "activity",
    id: "a1",
    kind: "call",
    subject: "Pricing follow-up",
    body: "<b>Asked</b> for the annual plan.\nSend a quote.",
    direction: "outbound",
    at: now.toISOString(),
    duration_minutes: 25,
    author_name: "Ana García",
    contact_id: "c1",
    contact_name: "Grace Hopper",
    deal_id: "d1",
    deal_name: "Navy renewal",
    company_id: null,
  },
  { type: "stage_change", at: yesterday, record_table: "deals", record_name: "Navy renewal", from: "Qualified", to: "Proposal" },
  { type: "edit", at: yesterday, record_table: "contacts", fields: ["Email", "Lifecycle stage"] },
  { type: "task", at: yesterday, task_id: "t1", title: "Send the case study", status: "done", due_date: "2024-03-04" },
  { type: "created", at: "2024-03-05T10:00:00Z", record_table: "contacts" },
];

describe("TimelineList", () => {
  it("groups entries by day and shows each kind of entry", () => {
    render(<TimelineList entries={entries} hideContactId="c1" />);

    const days = screen.getAllByRole("group");
    expect(days.map((d) => d.getAttribute("aria-label"))).toEqual(["Today", "Yesterday", "Tue, Mar 5, 2024"]);

    const call = screen.getByRole("article", { name: "Call: Pricing follow-up" });
    expect(call).toHaveTextContent("Outbound · 25 min · by Ana García");
    // The contact whose timeline this is is not repeated; the linked deal is.
    expect(call).not.toHaveTextContent("Grace Hopper");
    expect(call).toHaveTextContent("Navy renewal");
    // Bodies are plain text: markup shows as typed and creates no element.
    expect(within(call).getByText(/<b>Asked<\/b> for the annual plan/)).toBeInTheDocument();
    expect(call.querySelector("b")).toBeNull();

    const yesterdayDay = within(days[1]!);
    expect(yesterdayDay.getByText(/Navy renewal/).closest("li")).toHaveTextContent("Navy renewal: moved from Qualified to Proposal");
    expect(yesterdayDay.getByText(/Edited/)).toHaveTextContent("Edited Email, Lifecycle stage");
    expect(yesterdayDay.getByText("Send the case study").closest("li")).toHaveTextContent("Task done: Send the case study");
    expect(within(days[2]!).getByText("Contact created")).toBeInTheDocument();
  });

  it("offers edit and delete on activities only, when asked to", () => {
    render(<TimelineList entries={entries} onEdit={() => {}} onDelete={() => {}} />);
    expect(screen.getAllByRole("button", { name: "Edit call" })).toHaveLength(1);
    expect(screen.getAllByRole("button", { name: "Delete call" })).toHaveLength(1);
    expect(screen.getAllByTestId("timeline-entry")).toHaveLength(5);
  });

  it("shows library content shared with the contact, opening the item from its title", async () => {
    const onOpenContent = vi.fn();
    const shared: TimelineEntry = {
      type: "content_shared",
      at: now.toISOString(),
      use_id: "u1",
      item_id: "i1",
      item_title: "Acme case study",
      kind: "shared",
      contact_name: "Ada Lovelace",
      deal_name: "Acme renewal",
      author_name: "Sam",
      note: "After the security call",
    };
    render(<TimelineList entries={[shared]} hideContactId="c1" onOpenContent={onOpenContent} />);

    const entry = screen.getByTestId("timeline-entry");
    expect(entry).toHaveTextContent("Shared “Acme case study” with Ada Lovelace · Acme renewal · by Sam");
    expect(entry).toHaveTextContent("After the security call");
    await userEvent.setup().click(within(entry).getByRole("button", { name: "“Acme case study”" }));
    expect(onOpenContent).toHaveBeenCalledWith("i1");
  });

  it("shows a quote sent or answered, with its total and who signed, opening the quote", async () => {
    const onOpenQuote = vi.fn();
    const quote = (event: "sent" | "accepted", note: string): TimelineEntry => ({
      type: "quote",
      at: now.toISOString(),
      quote_id: "q1",
      number: "Q-7K3FD-0042",
      title: "Acme — security rollout",
      event,
      total: "12340.00",
      currency: "EUR",
      deal_name: "Acme renewal",
      note,
    });
    render(<TimelineList entries={[quote("accepted", "Grace Hopper, CTO"), quote("sent", "")]} hideDealId="d1" onOpenQuote={onOpenQuote} />);

    const [accepted, sent] = screen.getAllByTestId("timeline-entry");
    expect(sent).toHaveTextContent("Quote Q-7K3FD-0042 sent · €12,340.00");
    // On the deal's own timeline the deal's name is not repeated.
    expect(sent).not.toHaveTextContent("Acme renewal");
    expect(accepted).toHaveTextContent("Quote Q-7K3FD-0042 accepted · €12,340.00");
    expect(accepted).toHaveTextContent("Grace Hopper, CTO");
    await userEvent.setup().click(within(sent!).getByRole("button", { name: "Quote Q-7K3FD-0042" }));
    expect(onOpenQuote).toHaveBeenCalledWith("q1");
  });
});
