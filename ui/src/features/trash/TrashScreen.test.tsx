import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { TrashScreen } from "./TrashScreen";

describe("TrashScreen", () => {
  it("restores a deleted contact", async () => {
    const backend = mockBackend({
      list_trash: () => [
        { table: "contacts", id: "c42", kind_label: "Contact", title: "Ana García", deleted_at: "2024-05-01T10:00:00Z", deleted_by: "Sam Lee · Sam's laptop" },
      ],
      restore_record: () => null,
    });
    const user = userEvent.setup();
    renderWithApp(<TrashScreen />, { screen: "trash" });

    expect(await screen.findByText("Ana García")).toBeInTheDocument();
    expect(screen.getByText(/Deleted by Sam Lee · Sam's laptop/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Restore" }));

    await waitFor(() =>
      expect(backend.callsTo("restore_record")).toEqual([{ record: { table: "contacts", id: "c42" } }]),
    );
    expect(await screen.findByRole("status")).toHaveTextContent("Restored “Ana García”");
  });

  it("says what the trash is for when it is empty", async () => {
    mockBackend({ list_trash: () => [] });
    renderWithApp(<TrashScreen />, { screen: "trash" });
    expect(
      await screen.findByText("Deleted contacts, companies, deals, tasks, quotes, library items and the rest wait here until you restore them or delete them forever."),
    ).toBeInTheDocument();
  });
});
