import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { FillDialog } from "./FillDialog";
import { anItem } from "./library-fixtures";

describe("FillDialog", () => {
  it("fills a snippet for a contact and names empty and unknown fields", async () => {
    const backend = mockBackend({
      list_contacts: () => ({ total: 1, rows: [{ id: "c1", name: "Ada Lovelace", company_name: "Acme", email: "" }] }),
      fill_content: () => ({ text: "Hi Ada, as  at {{compnay.name}}…", empty: ["contact.title"], unknown: ["compnay.name"] }),
    });
    const snippet = anItem({ form: "text", kind: "snippet", file: null, text: null, body: "Hi {{contact.first_name}}, as {{contact.title}} at {{compnay.name}}…" });
    const user = userEvent.setup();
    renderWithApp(<FillDialog item={snippet} onClose={() => {}} />, { screen: "library" });

    await user.type(screen.getByRole("combobox", { name: "For" }), "Ada");
    await user.click(await screen.findByRole("option", { name: /Ada Lovelace/ }));

    await waitFor(() => expect(backend.callsTo("fill_content")).toEqual([{ itemId: "i1", contactId: "c1", dealId: null }]));
    const warnings = await screen.findByRole("list", { name: "Check before sending" });
    expect(warnings).toHaveTextContent("contact.title is empty for Ada Lovelace");
    expect(warnings).toHaveTextContent("{{compnay.name}} is not a merge field (a typo?)");
    expect(screen.getByRole("textbox", { name: "Filled text" })).toHaveValue("Hi Ada, as  at {{compnay.name}}…");
  });
});
