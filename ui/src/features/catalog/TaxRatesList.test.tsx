import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render-with-app";
import { catalogBackend, oldVat, vat } from "./catalog-fixtures";
import { CatalogSection } from "./CatalogSection";

const taxRates = () => screen.getByRole("group", { name: "Tax rates" });

describe("Catalog tax rates", () => {
  it("lists each rate with its percent and whether it is active", async () => {
    catalogBackend();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    const row = (await within(taxRates()).findByRole("cell", { name: "VAT 20%" })).closest("tr")!;
    expect(row).toHaveTextContent("VAT 20%20%Active");
    expect(within(taxRates()).getByRole("cell", { name: "VAT 19.6%" }).closest("tr")).toHaveTextContent("19.6%Inactive");
  });

  it("adds a tax rate and shows the list the backend answers with", async () => {
    const reduced = { id: "vat55", name: "Reduced VAT", percent: "5.5", active: true };
    const backend = catalogBackend({}, { save_tax_rate: () => [reduced, vat, oldVat] });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });

    await user.click(await screen.findByRole("button", { name: "Add tax rate" }));
    const dialog = screen.getByRole("dialog", { name: "Add tax rate" });
    await user.type(within(dialog).getByLabelText("Name"), "Reduced VAT");
    await user.type(within(dialog).getByLabelText("Percent"), "5.5");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("save_tax_rate")).toEqual([{ id: null, input: { name: "Reduced VAT", percent: "5.5", active: true } }]);
    expect(within(taxRates()).getByRole("cell", { name: "Reduced VAT" }).closest("tr")).toHaveTextContent("5.5%Active");
  });

  it("edits a rate under its id and puts the backend's percent error on the percent", async () => {
    const backend = catalogBackend(
      {},
      {
        save_tax_rate: () =>
          Promise.reject({
            code: "validation",
            message: "Check the rate.",
            fields: [{ field: "percent", message: "A tax rate is between 0 and 100 percent, with at most 4 decimals." }],
          }),
      },
    );
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });

    await user.click(await screen.findByRole("button", { name: "Edit VAT 20%" }));
    const dialog = screen.getByRole("dialog", { name: "Edit tax rate" });
    const percent = within(dialog).getByLabelText("Percent");
    await user.clear(percent);
    await user.type(percent, "120");
    await user.click(within(dialog).getByRole("checkbox", { name: "Active" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(percent).toHaveAttribute("aria-invalid", "true"));
    expect(percent).toHaveAccessibleDescription("A tax rate is between 0 and 100 percent, with at most 4 decimals.");
    expect(within(dialog).getByLabelText("Name")).not.toHaveAttribute("aria-invalid");
    expect(backend.callsTo("save_tax_rate")).toEqual([{ id: "vat20", input: { name: "VAT 20%", percent: "120", active: false } }]);

    await user.type(percent, "{Backspace}");
    expect(percent).not.toHaveAttribute("aria-invalid");
  });

  it("deletes a rate after asking", async () => {
    const backend = catalogBackend({}, { delete_tax_rate: () => null });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    await user.click(await screen.findByRole("button", { name: "Delete VAT 19.6%" }));
    const confirm = screen.getByRole("alertdialog", { name: "Delete the tax rate “VAT 19.6%”?" });
    await user.click(within(confirm).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(backend.callsTo("delete_tax_rate")).toEqual([{ id: "vat196" }]));
  });
});
