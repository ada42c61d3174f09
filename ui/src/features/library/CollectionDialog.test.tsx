import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Collection } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { CollectionList } from "./CollectionList";
import { marketer, seller } from "./library-fixtures";

const kit: Collection = {
  id: "k1",
  name: "Security objection kit",
  description: "",
  items: [
    { item_id: "i1", title: "SOC 2 report", kind: "other" },
    { item_id: "i2", title: "Pen test summary", kind: "one_pager" },
  ],
};

describe("Collections", () => {
  it("lets marketing reorder a collection's items", async () => {
    const backend = mockBackend({
      get_profile: () => marketer,
      library_permissions: () => ({ may_curate: true }),
      list_collections: () => [kit],
      save_collection: ({ id, input }) => ({ ...kit, id, ...(input as object) }),
    });
    const user = userEvent.setup();
    renderWithApp(<CollectionList chosenId={null} onChoose={() => {}} />, { screen: "library" });

    await user.click(await screen.findByRole("button", { name: "Edit collection Security objection kit" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Move Pen test summary up" }));
    expect(within(dialog).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Pen test summary", "SOC 2 report"]);
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() =>
      expect(backend.callsTo("save_collection")).toEqual([
        { id: "k1", input: { name: "Security objection kit", description: "", item_ids: ["i2", "i1"] } },
      ]),
    );
  });

  it("shows sellers the collections without ways to change them", async () => {
    mockBackend({ get_profile: () => seller,
      library_permissions: () => ({ may_curate: false }), list_collections: () => [kit] });
    const onChoose = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<CollectionList chosenId={null} onChoose={onChoose} />, { screen: "library" });

    await user.click(await screen.findByRole("button", { name: /Security objection kit/ }));
    expect(onChoose).toHaveBeenCalledWith("k1");
    expect(screen.queryByRole("button", { name: "New collection" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Edit collection/ })).not.toBeInTheDocument();
  });
});
