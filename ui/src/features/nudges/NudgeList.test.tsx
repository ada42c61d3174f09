import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Nudge } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { aTask } from "../tasks/task-fixtures";
import { NudgeList } from "./NudgeList";

const idleDeal: Nudge = {
  id: "n1",
  rule: "deal_idle",
  record_table: "deals",
  record_id: "d1",
  record_name: "Acme renewal",
  reason: "No activity for 23 days",
  created_at: "2026-12-01T09:00:00Z",
};
const quietLead: Nudge = {
  id: "n2",
  rule: "qualified_without_task",
  record_table: "contacts",
  record_id: "c1",
  record_name: "Ana García",
  reason: "Sales-qualified 3 days ago, no open task",
  created_at: "2026-12-01T09:00:00Z",
};

describe("NudgeList", () => {
  it("shows nothing when there is nothing to suggest", async () => {
    const backend = mockBackend({ list_nudges: () => [] });
    renderWithApp(<NudgeList onOpenRecord={() => {}} />, { screen: "today" });
    await waitFor(() => expect(backend.callsTo("list_nudges")).toHaveLength(1));
    // Let the answer land before looking.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(screen.queryByRole("heading")).not.toBeInTheDocument();
    expect(screen.queryByRole("listitem")).not.toBeInTheDocument();
  });

  it("lists each suggestion with its reason and opens the record it is about", async () => {
    mockBackend({ list_nudges: () => [idleDeal, quietLead] });
    const onOpenRecord = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<NudgeList onOpenRecord={onOpenRecord} />, { screen: "today" });

    expect(await screen.findByRole("heading", { name: "Suggested follow-ups 2" })).toBeInTheDocument();
    expect(screen.getByText("No activity for 23 days")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ana García" }));
    expect(onOpenRecord).toHaveBeenCalledWith("contacts", "c1");
  });

  it("reminds an owner to review a library item, opening the item", async () => {
    const reviewDue: Nudge = {
      id: "n3",
      rule: "content_review_due",
      record_table: "content_items",
      record_id: "i1",
      record_name: "Acme case study",
      reason: "Review due in 5 days",
      created_at: "2026-12-01T09:00:00Z",
    };
    mockBackend({ list_nudges: () => [reviewDue] });
    const onOpenRecord = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<NudgeList onOpenRecord={onOpenRecord} />, { screen: "today" });

    expect(await screen.findByRole("img", { name: "Library item" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Acme case study" }));
    expect(onOpenRecord).toHaveBeenCalledWith("content_items", "i1");
  });

  it("suggests following up a quote about to expire, opening the quote", async () => {
    const expiring: Nudge = {
      id: "n4",
      rule: "quote_expiring",
      record_table: "quotes",
      record_id: "q1",
      record_name: "Q-7K3FD-0042 · Acme — security rollout",
      reason: "Expires in 3 days",
      created_at: "2026-12-01T09:00:00Z",
    };
    mockBackend({ list_nudges: () => [expiring] });
    const onOpenRecord = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<NudgeList onOpenRecord={onOpenRecord} />, { screen: "today" });

    expect(await screen.findByRole("img", { name: "Quote" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Q-7K3FD-0042 · Acme — security rollout" }));
    expect(onOpenRecord).toHaveBeenCalledWith("quotes", "q1");
  });

  it("shows the first three and the rest on request, so the tasks below stay in view", async () => {
    const many = Array.from({ length: 5 }, (_, i) => ({ ...idleDeal, id: `n${i}`, record_id: `d${i}`, record_name: `Deal ${i}` }));
    mockBackend({ list_nudges: () => many });
    const user = userEvent.setup();
    renderWithApp(<NudgeList onOpenRecord={() => {}} />, { screen: "today" });
    expect(await screen.findByRole("heading", { name: "Suggested follow-ups 5" })).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
    await user.click(screen.getByRole("button", { name: "Show all 5" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(5);
    await user.click(screen.getByRole("button", { name: "Show fewer" }));
    expect(screen.getAllByRole("listitem")).toHaveLength(3);
  });

  it("turns a suggestion into a task and says which task was added", async () => {
    const backend = mockBackend({
      list_nudges: () => [idleDeal, quietLead],
      accept_nudge: () => aTask({ id: "t9", title: "Follow up on Acme renewal" }),
    });
    const user = userEvent.setup();
    renderWithApp(<NudgeList onOpenRecord={() => {}} />, { screen: "today" });

    await user.click(await screen.findByRole("button", { name: "Add task for Acme renewal" }));
    expect(await screen.findByText("Task added: Follow up on Acme renewal")).toBeInTheDocument();
    expect(backend.callsTo("accept_nudge")).toEqual([{ id: "n1" }]);
    expect(screen.queryByRole("button", { name: "Acme renewal" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Ana García" })).toBeInTheDocument();
  });

  it("dismisses a suggestion, and the panel goes once the last one is gone", async () => {
    const backend = mockBackend({ list_nudges: () => [quietLead], dismiss_nudge: () => null });
    const user = userEvent.setup();
    renderWithApp(<NudgeList onOpenRecord={() => {}} />, { screen: "today" });

    await user.click(await screen.findByRole("button", { name: "Dismiss the suggestion for Ana García" }));
    await waitFor(() => expect(screen.queryByRole("heading", { name: /Suggested follow-ups/ })).not.toBeInTheDocument());
    expect(backend.callsTo("dismiss_nudge")).toEqual([{ id: "n2" }]);
  });

  it("keeps a suggestion and says why when accepting it fails", async () => {
    mockBackend({
      list_nudges: () => [idleDeal],
      accept_nudge: () => Promise.reject({ code: "not_found", message: "That deal no longer exists.", fields: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<NudgeList onOpenRecord={() => {}} />, { screen: "today" });

    await user.click(await screen.findByRole("button", { name: "Add task for Acme renewal" }));
    expect(await screen.findByText("That deal no longer exists.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Acme renewal" })).toBeInTheDocument();
  });
});
