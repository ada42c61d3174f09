import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { FieldChange } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { RecordHistoryButton } from "./RecordHistory";

const change = (over: Partial<FieldChange>): FieldChange => ({
  field: "title",
  value: "CTO",
  at: "2026-11-29T10:00:00Z",
  author: "You",
  current: false,
  restorable: true,
  hlc: "001764410400000-000000",
  device: "dev-a",
  ...over,
});

describe("RecordHistoryButton", () => {
  it("shows both values of a same-field conflict with their authors and restores the one that lost", async () => {
    const backend = mockBackend({
      record_history: () => [
        change({ value: "Chief Technology Officer", author: "Sam Lee · Sam's laptop", current: true, restorable: false, device: "dev-b" }),
        change({}),
        change({ field: "do_not_contact", value: "1", restorable: true, hlc: "001764410300000-000000" }),
      ],
      restore_field_value: () => null,
    });
    const user = userEvent.setup();
    renderWithApp(<RecordHistoryButton table="contacts" id="c1" noun="contact" />);
    await user.click(screen.getByRole("button", { name: "History" }));

    const list = await screen.findByRole("list", { name: "Changes, newest first" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows[0]).toHaveTextContent("Chief Technology Officer");
    expect(rows[0]).toHaveTextContent("Sam Lee · Sam's laptop");
    expect(within(rows[0]!).getByText("Current")).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent("Do not contactYes");

    await user.click(screen.getByRole("button", { name: "Restore Title to CTO" }));
    await waitFor(() =>
      expect(backend.callsTo("restore_field_value")).toEqual([
        { table: "contacts", id: "c1", field: "title", hlc: "001764410400000-000000", device: "dev-a" },
      ]),
    );
    // The dialog hides the rest of the page from the accessibility tree; the toast is there all the same.
    expect(await screen.findByText("Title restored to “CTO”")).toBeInTheDocument();
  });
});
