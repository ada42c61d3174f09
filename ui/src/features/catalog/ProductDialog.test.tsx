import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ProductInput } from "../../ipc/bindings";
import { renderWithApp } from "../../test/render-with-app";
import { catalogBackend, onboarding, searching, seat, starterPack } from "./catalog-fixtures";
import { CatalogSection } from "./CatalogSection";

async function openNewProduct(user: ReturnType<typeof userEvent.setup>) {
  // The section's own button; an empty catalog offers a second one in its empty state.
  await user.click((await screen.findAllByRole("button", { name: "Add product" }))[0]!);
  return screen.getByRole("dialog", { name: "Add product" });
}

async function fillSeat(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.type(within(dialog).getByLabelText("SKU"), "SEC-SEAT");
  await user.type(within(dialog).getByLabelText("Name"), "Tandem Secure seat");
  await user.selectOptions(within(dialog).getByLabelText("Unit"), "seat");
  await user.selectOptions(within(dialog).getByLabelText("Billing"), "monthly");
}

describe("Product dialog", () => {
  it("creates a product priced in two currencies with a tax, sending exactly the product input", async () => {
    const backend = catalogBackend({ products: [] }, { save_product: () => seat });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    const dialog = await openNewProduct(user);

    await fillSeat(user, dialog);
    // A new product starts priced in the base currency; the next price offers a currency with a rate.
    expect(within(dialog).getByLabelText("Currency of price 1")).toHaveValue("EUR");
    await user.type(within(dialog).getByLabelText("Amount of price 1"), "40.00");
    await user.click(within(dialog).getByRole("button", { name: "Add a price" }));
    expect(within(dialog).getByLabelText("Currency of price 2")).toHaveValue("JPY");
    await user.type(within(dialog).getByLabelText("Amount of price 2"), "6500");
    // Only active rates are offered.
    expect(within(dialog).queryByRole("checkbox", { name: /VAT 19.6%/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("checkbox", { name: "VAT 20% (20%)" }));
    await user.type(within(dialog).getByLabelText("Cost per unit (EUR)"), "4.10");
    await user.type(within(dialog).getByLabelText("Max discount without approval (%)"), "15");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const sent: ProductInput = {
      sku: "SEC-SEAT",
      name: "Tandem Secure seat",
      description: "",
      unit: "seat",
      billing: "monthly",
      tax_rate_ids: ["vat20"],
      cost: "4.10",
      max_discount: "15",
      active: true,
      prices: [
        { currency: "EUR", unit_price: "40.00" },
        { currency: "JPY", unit_price: "6500" },
      ],
      parts: [],
    };
    expect(backend.callsTo("save_product")).toEqual([{ id: null, input: sent }]);
  });

  it("shows a price's error on its own row, and clears it once that row is fixed", async () => {
    catalogBackend(
      { products: [] },
      {
        save_product: () =>
          Promise.reject({ code: "validation", message: "Check the prices.", fields: [{ field: "prices.1", message: "JPY has no decimals; type 6500." }] }),
      },
    );
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    const dialog = await openNewProduct(user);
    await fillSeat(user, dialog);
    await user.type(within(dialog).getByLabelText("Amount of price 1"), "40");
    await user.click(within(dialog).getByRole("button", { name: "Add a price" }));
    await user.type(within(dialog).getByLabelText("Amount of price 2"), "6500.5");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    const yen = within(dialog).getByLabelText("Amount of price 2");
    await waitFor(() => expect(yen).toHaveAttribute("aria-invalid", "true"));
    expect(yen).toHaveAccessibleDescription("JPY has no decimals; type 6500.");
    expect(within(dialog).getByLabelText("Currency of price 2")).toHaveAttribute("aria-invalid", "true");
    expect(within(dialog).getByLabelText("Amount of price 1")).not.toHaveAttribute("aria-invalid");
    expect(within(dialog).getAllByRole("alert")).toHaveLength(1);

    await user.type(yen, "{Backspace}{Backspace}");
    expect(yen).not.toHaveAttribute("aria-invalid");
    expect(within(dialog).queryByText("JPY has no decimals; type 6500.")).not.toBeInTheDocument();
  });

  it("shows a SKU already in use on the SKU field", async () => {
    catalogBackend(
      { products: [] },
      {
        save_product: () =>
          Promise.reject({
            code: "validation",
            message: "sku: SKU SEC-SEAT is already used by “Tandem Secure seat”.",
            fields: [{ field: "sku", message: "SKU SEC-SEAT is already used by “Tandem Secure seat”." }],
          }),
      },
    );
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    const dialog = await openNewProduct(user);
    await fillSeat(user, dialog);
    await user.type(within(dialog).getByLabelText("Amount of price 1"), "40");
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    const sku = within(dialog).getByLabelText("SKU");
    await waitFor(() => expect(sku).toHaveAccessibleDescription("SKU SEC-SEAT is already used by “Tandem Secure seat”."));
  });

  it("makes a bundle of single products picked by SKU or name, in order, with their quantities", async () => {
    const backend = catalogBackend({ products: [seat, onboarding, starterPack] }, { save_product: () => starterPack });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    const dialog = await openNewProduct(user);
    await user.type(within(dialog).getByLabelText("SKU"), "PACK-PRO");
    await user.type(within(dialog).getByLabelText("Name"), "Pro pack");
    await user.type(within(dialog).getByLabelText("Amount of price 1"), "2500.00");

    const picker = within(dialog).getByRole("combobox", { name: "Add a part" });
    await user.type(picker, "a");
    const matches = await within(dialog).findByRole("listbox", { name: "Add a part matches" });
    // A bundle is never offered as a part.
    expect(within(matches).getAllByRole("option").map((o) => o.textContent)).toEqual(["Tandem Secure seatSEC-SEAT", "Onboarding dayONB-DAY"]);
    await user.click(within(matches).getByRole("option", { name: /Tandem Secure seat/ }));
    const seats = within(dialog).getByLabelText("Quantity of Tandem Secure seat");
    expect(seats).toHaveValue("1");
    await user.clear(seats);
    await user.type(seats, "10");

    // A part already in the bundle is not offered again.
    await user.type(within(dialog).getByRole("combobox", { name: "Add a part" }), "a");
    const next = await within(dialog).findByRole("listbox", { name: "Add a part matches" });
    expect(within(next).getAllByRole("option")).toHaveLength(1);
    await user.click(within(next).getByRole("option", { name: /Onboarding day/ }));
    await user.click(within(dialog).getByRole("button", { name: "Move Onboarding day up" }));
    expect(within(dialog).getByRole("list", { name: "Parts in order" })).toHaveTextContent(/Onboarding day.*Tandem Secure seat/);

    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("save_product")).toHaveLength(1));
    const [{ input }] = backend.callsTo("save_product") as [{ input: ProductInput }];
    expect(input.parts).toEqual([
      { product_id: "onboarding", quantity: "1" },
      { product_id: "seat", quantity: "10" },
    ]);
  });

  it("edits a product under its id, keeping what it had, and never offers it as its own part", async () => {
    const backend = catalogBackend({}, { save_product: () => seat, list_products: searching([seat, onboarding]) });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    await user.click(await screen.findByRole("button", { name: "Tandem Secure seat" }));
    const dialog = screen.getByRole("dialog", { name: "Edit “Tandem Secure seat”" });
    expect(within(dialog).getByRole("checkbox", { name: "VAT 20% (20%)" })).toBeChecked();
    expect(within(dialog).getByLabelText("Amount of price 2")).toHaveValue("6500");

    await user.type(within(dialog).getByRole("combobox", { name: "Add a part" }), "o");
    const matches = await within(dialog).findByRole("listbox", { name: "Add a part matches" });
    expect(within(matches).getAllByRole("option").map((o) => o.textContent)).toEqual(["Onboarding dayONB-DAY"]);
    // Esc closes the list of matches, not the dialog.
    await user.keyboard("{Escape}");
    expect(within(dialog).queryByRole("listbox")).not.toBeInTheDocument();
    expect(screen.getByRole("dialog", { name: "Edit “Tandem Secure seat”" })).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Remove price 2 (JPY)" }));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("save_product")).toHaveLength(1));
    expect(backend.callsTo("save_product")[0]).toEqual({
      id: "seat",
      input: {
        sku: "SEC-SEAT",
        name: "Tandem Secure seat",
        description: "One user of Tandem Secure.",
        unit: "seat",
        billing: "monthly",
        tax_rate_ids: ["vat20"],
        cost: "4.10",
        max_discount: "15",
        active: true,
        prices: [{ currency: "EUR", unit_price: "40.00" }],
        parts: [],
      },
    });
  });
});
