import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderWithApp } from "../../test/render-with-app";
import { catalogBackend, seat, starterPack } from "./catalog-fixtures";
import { CatalogSection } from "./CatalogSection";

const productsPart = () => screen.getByRole("group", { name: "Products" });
const csvFile = (text: string, name = "catalog.csv") => new File([text], name, { type: "text/csv" });

describe("Catalog products", () => {
  it("lists each product with its unit and billing, its prices as the backend wrote them, taxes and status", async () => {
    catalogBackend({ products: [seat, starterPack] });
    renderWithApp(<CatalogSection />, { screen: "settings" });
    const seatRow = (await within(productsPart()).findByRole("button", { name: "Tandem Secure seat" })).closest("tr")!;
    const cells = within(seatRow).getAllByRole("cell").map((c) => c.textContent);
    expect(cells).toEqual(["SEC-SEAT", "Tandem Secure seat", "per seat · monthly", "€40.00 · ¥6,500", "VAT 20%", "Active", "Delete"]);
    const packRow = within(productsPart()).getByRole("button", { name: "Starter pack" }).closest("tr")!;
    expect(packRow).toHaveTextContent("Bundle of 1");
    expect(packRow).toHaveTextContent("per item · one-time");
  });

  it("searches by SKU or name", async () => {
    const backend = catalogBackend();
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    await within(productsPart()).findByRole("button", { name: "Onboarding day" });
    await user.type(screen.getByRole("searchbox", { name: "Search products" }), "sec-");
    await waitFor(() => expect(within(productsPart()).queryByRole("button", { name: "Onboarding day" })).not.toBeInTheDocument());
    expect(within(productsPart()).getByRole("button", { name: "Tandem Secure seat" })).toBeInTheDocument();
    expect(backend.callsTo("list_products").at(-1)).toEqual({ search: "sec-" });

    await user.clear(screen.getByRole("searchbox", { name: "Search products" }));
    await user.type(screen.getByRole("searchbox", { name: "Search products" }), "zzz");
    expect(await screen.findByText("No product’s SKU or name contains “zzz”.")).toBeInTheDocument();
  });

  it("teaches what to do when the catalog is empty", async () => {
    catalogBackend({ products: [] });
    renderWithApp(<CatalogSection />, { screen: "settings" });
    expect(await screen.findByRole("heading", { name: "No products yet" })).toBeInTheDocument();
    expect(screen.getByText(/Add the products and services you sell/)).toBeInTheDocument();
  });

  it("lets a seller read the catalog but offers no way to change it", async () => {
    const backend = catalogBackend({ role: "seller" });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    await user.click(await within(productsPart()).findByRole("button", { name: "Tandem Secure seat" }));

    const facts = screen.getByRole("dialog", { name: "Tandem Secure seat" });
    expect(facts).toHaveTextContent("€40.00 · ¥6,500");
    expect(facts).toHaveTextContent("VAT 20% (20%)");
    expect(facts).toHaveTextContent("€4.10");
    expect(within(facts).queryByRole("button", { name: "Save" })).not.toBeInTheDocument();
    expect(within(facts).queryByRole("textbox")).not.toBeInTheDocument();
    await user.click(within(facts).getByRole("button", { name: "Close" }));

    expect(screen.getByText(/Only admins and sales managers change it/)).toBeInTheDocument();
    for (const name of ["Add tax rate", "Add product", /^Edit /, /^Delete /]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByLabelText("Import catalog CSV")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Export CSV" })).toBeInTheDocument();
    expect(backend.callsTo("save_product")).toEqual([]);
  });

  it("imports a CSV picked in the window, sending its bytes, and says what it added and updated", async () => {
    const backend = catalogBackend({}, { import_catalog: () => ({ created: 3, updated: 1 }) });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    const text = "sku,name,price_EUR\nSEC-SEAT,Tandem Secure seat,40.00\n";
    await user.upload(await screen.findByLabelText("Import catalog CSV"), csvFile(text));

    expect(await screen.findByText("Catalog imported: 3 added, 1 updated")).toBeInTheDocument();
    const [bytes] = backend.callsTo("import_catalog");
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(bytes as unknown as Uint8Array)).toBe(text);
  });

  it("lists every problem by its line when a file is refused, and nothing else changes", async () => {
    const refusal = {
      code: "validation",
      message: "Nothing was imported: 2 problems in the file. Line 4: The name is empty. Line 7: No tax rate is named “VAT 7%”; add it in Settings → Catalog first.",
      fields: [
        { field: "line 4", message: "The name is empty." },
        { field: "line 7", message: "No tax rate is named “VAT 7%”; add it in Settings → Catalog first." },
      ],
    };
    catalogBackend({}, { import_catalog: () => Promise.reject(refusal) });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    await user.upload(await screen.findByLabelText("Import catalog CSV"), csvFile("sku,name\n", "prices 2025.csv"));

    const panel = await screen.findByRole("alert");
    expect(panel).toHaveTextContent("prices 2025.csv was not imported");
    expect(panel).toHaveTextContent(refusal.message);
    const lines = within(within(panel).getByRole("list", { name: "Problems by line" })).getAllByRole("listitem");
    expect(lines.map((l) => l.textContent)).toEqual([
      "line 4The name is empty.",
      "line 7No tax rate is named “VAT 7%”; add it in Settings → Catalog first.",
    ]);
    expect(screen.queryByText(/Catalog imported/)).not.toBeInTheDocument();

    await user.click(within(panel).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("exports the catalog and says where the file went", async () => {
    const backend = catalogBackend({}, { export_catalog: () => ({ path: "/home/ana/Documents/Tandem catalog.csv" }) });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    await user.click(await screen.findByRole("button", { name: "Export CSV" }));
    expect(await screen.findByText("Catalog exported to /home/ana/Documents/Tandem catalog.csv")).toBeInTheDocument();
    expect(backend.callsTo("export_catalog")).toHaveLength(1);
  });

  it("deletes a product after asking", async () => {
    const backend = catalogBackend({}, { delete_product: () => null });
    const user = userEvent.setup();
    renderWithApp(<CatalogSection />, { screen: "settings" });
    await user.click(await screen.findByRole("button", { name: "Delete Onboarding day" }));
    // Deleting does not open the product.
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const confirm = screen.getByRole("alertdialog", { name: "Delete “Onboarding day”?" });
    await user.click(within(confirm).getByRole("button", { name: "Delete" }));
    await waitFor(() => expect(backend.callsTo("delete_product")).toEqual([{ id: "onboarding" }]));
  });
});
