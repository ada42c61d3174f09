import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ContentRequest } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { aHit, marketer, results, seller } from "./library-fixtures";
import { RequestsView } from "./RequestsView";

const bankStudy: ContentRequest = {
  id: "r1",
  title: "Case study for a bank in DACH",
  details: "For the Helvetia deal, by Friday",
  kind: "case_study",
  stage: "decision",
  requested_by: "Sam Seller",
  status: "open",
  item_id: null,
  item_title: "",
  response: "",
  created_at: "2026-12-01T10:00:00Z",
};

describe("RequestsView", () => {
  it("lets marketing answer a request with the item that answers it", async () => {
    const backend = mockBackend({
      get_profile: () => marketer,
      library_permissions: () => ({ may_curate: true }),
      content_requests: () => [bankStudy],
      search_content: () => results([aHit({ id: "i9", title: "Zürcher Bank case study" })]),
      answer_content_request: ({ id, status, itemId, response }) => [
        { ...bankStudy, id, status, item_id: itemId, item_title: "Zürcher Bank case study", response },
      ],
    });
    const user = userEvent.setup();
    renderWithApp(<RequestsView />, { screen: "library" });

    const request = await screen.findByRole("listitem", { name: "Case study for a bank in DACH" });
    expect(request).toHaveTextContent("Case study · Decision · Asked by Sam Seller");
    await user.click(await within(request).findByRole("button", { name: "Answer “Case study for a bank in DACH”" }));

    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("radio", { name: "Done" }));
    await user.type(within(dialog).getByRole("combobox", { name: "The item that answers it" }), "Zürcher");
    await user.click(await within(dialog).findByRole("option", { name: /Zürcher Bank case study/ }));
    await user.type(within(dialog).getByRole("textbox", { name: "Response" }), "Approved yesterday.");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() =>
      expect(backend.callsTo("answer_content_request")).toEqual([{ id: "r1", status: "done", itemId: "i9", response: "Approved yesterday." }]),
    );
    const answered = await screen.findByRole("listitem", { name: "Case study for a bank in DACH" });
    expect(within(answered).getByText("Done")).toBeInTheDocument();
    expect(answered).toHaveTextContent("Marketing: Approved yesterday. Zürcher Bank case study");
  });

  it("lets a seller ask for content, and not answer", async () => {
    const backend = mockBackend({
      get_profile: () => seller,
      library_permissions: () => ({ may_curate: false }),
      content_requests: () => [bankStudy],
      add_content_request: ({ input }) => [{ ...bankStudy, id: "r2", ...(input as object) }, bankStudy],
    });
    const user = userEvent.setup();
    renderWithApp(<RequestsView />, { screen: "library" });

    await screen.findByRole("listitem", { name: "Case study for a bank in DACH" });
    expect(screen.queryByRole("button", { name: /^Answer/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ask marketing for content" }));
    const dialog = await screen.findByRole("dialog", { name: "Ask marketing for content" });
    await user.type(within(dialog).getByRole("textbox", { name: "What is missing" }), "Battlecard against Globex");
    await user.selectOptions(within(dialog).getByRole("combobox", { name: "Kind" }), "battlecard");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() =>
      expect(backend.callsTo("add_content_request")).toEqual([
        { input: { title: "Battlecard against Globex", details: "", kind: "battlecard", stage: null } },
      ]),
    );
    expect(await screen.findByRole("listitem", { name: "Battlecard against Globex" })).toBeInTheDocument();
  });
});
