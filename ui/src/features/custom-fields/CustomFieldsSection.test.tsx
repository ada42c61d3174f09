import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { CustomField } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { CustomFieldsSection } from "./CustomFieldsSection";

const seats: CustomField = { id: "f1", record_table: "contacts", label: "Seats", kind: "number", options: [] };
const tier: CustomField = {
  id: "f2",
  record_table: "contacts",
  label: "Tier",
  kind: "choice",
  options: [
    { id: "o1", label: "Gold" },
    { id: "o2", label: "Silver" },
  ],
};

describe("CustomFieldsSection", () => {
  it("teaches what custom fields are for when a table has none", async () => {
    mockBackend({ list_custom_fields: () => [] });
    renderWithApp(<CustomFieldsSection />);
    expect(await screen.findByText(/No contact fields yet/)).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Contacts" })).toHaveAttribute("aria-selected", "true");
  });

  it("creates a choice field with its choices in the order given", async () => {
    const backend = mockBackend({
      list_custom_fields: ({ recordTable }) => (recordTable === "companies" ? [] : [seats]),
      save_custom_field: () => [seats, tier],
    });
    const user = userEvent.setup();
    renderWithApp(<CustomFieldsSection />);
    await user.click(await screen.findByRole("tab", { name: "Companies" }));
    await screen.findByText(/No company fields yet/);

    await user.click(screen.getAllByRole("button", { name: "Add company field" })[0]!);
    const dialog = await screen.findByRole("dialog", { name: "New company field" });
    await user.type(within(dialog).getByLabelText("Name"), "Tier");
    await user.selectOptions(within(dialog).getByLabelText("Kind"), "choice");
    await user.click(within(dialog).getByRole("button", { name: "Add choice" }));
    await user.type(within(dialog).getByLabelText("Choice 1"), "Silver");
    await user.click(within(dialog).getByRole("button", { name: "Add choice" }));
    await user.type(within(dialog).getByLabelText("Choice 2"), "Gold");
    await user.click(within(dialog).getByRole("button", { name: "Add choice" }));
    // A blank choice is dropped; Gold moves above Silver.
    await user.click(within(dialog).getByRole("button", { name: "Move Gold up" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("save_custom_field")).toEqual([
      {
        id: null,
        input: {
          record_table: "companies",
          label: "Tier",
          kind: "choice",
          options: [
            { id: null, label: "Gold" },
            { id: null, label: "Silver" },
          ],
        },
      },
    ]);
  });

  it("asks for a choice before saving a choice field", async () => {
    const backend = mockBackend({ list_custom_fields: () => [], save_custom_field: () => [] });
    const user = userEvent.setup();
    renderWithApp(<CustomFieldsSection />);
    await screen.findByText(/No contact fields yet/);
    await user.click(screen.getAllByRole("button", { name: "Add contact field" })[0]!);
    const dialog = await screen.findByRole("dialog");
    await user.type(within(dialog).getByLabelText("Name"), "Tier");
    await user.selectOptions(within(dialog).getByLabelText("Kind"), "choice");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("A choice field needs at least one choice.");
    expect(backend.callsTo("save_custom_field")).toEqual([]);
  });

  it("shows the backend's refusal when a field's kind is changed", async () => {
    const backend = mockBackend({
      list_custom_fields: () => [seats, tier],
      save_custom_field: () =>
        Promise.reject({ code: "conflict", message: "A field's kind cannot change; add a new field instead.", fields: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<CustomFieldsSection />);
    const row = (await screen.findByRole("cell", { name: "Seats" })).closest("tr")!;
    expect(within(row).getByText("Number")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Edit Seats" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit field “Seats”" });
    await user.selectOptions(within(dialog).getByLabelText("Kind"), "text");
    expect(within(dialog).getByText(/can’t change once created/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("A field's kind cannot change; add a new field instead.");
    expect(backend.callsTo("save_custom_field")[0]).toMatchObject({ id: "f1", input: { label: "Seats", kind: "text" } });
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });

  it("moves a field to the Trash after asking", async () => {
    const backend = mockBackend({ list_custom_fields: () => [seats], delete_custom_field: () => null });
    const user = userEvent.setup();
    renderWithApp(<CustomFieldsSection />);
    await user.click(await screen.findByRole("button", { name: "Delete Seats" }));
    await user.click(await screen.findByRole("button", { name: "Delete field" }));
    await waitFor(() => expect(backend.callsTo("delete_custom_field")).toEqual([{ id: "f1" }]));
  });
});
