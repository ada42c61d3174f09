import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { QuoteDraft, QuoteInput } from "../../ipc/bindings";
import { renderWithApp } from "../../test/render-with-app";
import { aDetail, quoteBackend, seatLine, totalsOf } from "./quote-fixtures";
import { QuoteScreen } from "./QuoteScreen";

const firstQuantity = (draft: unknown) => {
  const first = (draft as QuoteDraft).lines[0];
  return first?.kind === "item" ? first.sale.quantity : "";
};

/** The engine as the tests need it: figures given per seat quantity, a negative one refused. */
function engine({ draft }: Record<string, unknown>) {
  const lines = (draft as QuoteDraft).lines;
  const quantity = firstQuantity(draft);
  if (quantity.startsWith("-")) {
    return Promise.reject({
      code: "validation",
      message: "Line 1: the quantity can't be negative; to take money off, use a discount.",
      fields: [{ field: "lines[0].sale.quantity", message: "Line 1: the quantity can't be negative; to take money off, use a discount." }],
    });
  }
  if (quantity === "12") return totalsOf([{ name: "Tandem Secure seat", figures: ["480.00", "96.00", "576.00"] }], ["480.00", "96.00", "576.00"]);
  return totalsOf(
    lines.map(() => ({ name: "Tandem Secure seat", figures: ["400.00", "80.00", "480.00"] })),
    lines.length ? ["400.00", "80.00", "480.00"] : ["0.00", "0.00", "0.00"],
  );
}

const renderQuote = () => renderWithApp(<QuoteScreen id="q1" />, { screen: "quote" });

describe("Quote builder", () => {
  it("adds a catalog product, prices it with the engine and shows the engine's figures", async () => {
    const backend = quoteBackend(aDetail(), { quote_totals: engine, quote_line_for_product: () => seatLine });
    const user = userEvent.setup();
    renderQuote();

    await user.type(await screen.findByRole("combobox", { name: "Add product" }), "seat");
    await user.click(await screen.findByRole("option", { name: /Tandem Secure seat/ }));

    expect(backend.callsTo("quote_line_for_product")).toEqual([{ productId: "seat", currency: "EUR" }]);
    const line = await screen.findByTestId("quote-line");
    expect(within(line).getByLabelText("Name of line 1")).toHaveValue("Tandem Secure seat");
    await waitFor(() => expect(within(line).getByTestId("line-total")).toHaveTextContent("€480.00"));
    expect(screen.getByTestId("quote-grand-total")).toHaveTextContent("€480.00");
    // The margin is the seller's alone, and says so.
    expect(screen.getByText("Only you see this")).toBeInTheDocument();

    // The draft saves itself once typing pauses, with the line as added.
    await waitFor(() => expect(backend.callsTo("save_quote")).toHaveLength(1), { timeout: 2000 });
    const saved = backend.callsTo("save_quote")[0]!.input as QuoteInput;
    expect(saved.lines).toEqual([seatLine]);
    expect(screen.getByTestId("quote-save-status")).toHaveTextContent("Saved");
  });

  it("recomputes as the quantity is typed and shows the backend's new total", async () => {
    const backend = quoteBackend(aDetail({}, { draft: { ...aDetail().quote.draft, lines: [seatLine] } }), { quote_totals: engine });
    const user = userEvent.setup();
    renderQuote();

    const line = await screen.findByTestId("quote-line");
    await waitFor(() => expect(within(line).getByTestId("line-total")).toHaveTextContent("€480.00"));
    const quantity = within(line).getByLabelText("Quantity of line 1");
    await user.clear(quantity);
    await user.type(quantity, "12");

    await waitFor(() => expect(backend.callsTo("quote_totals").map(({ draft }) => firstQuantity(draft))).toContain("12"));
    await waitFor(() => expect(within(line).getByTestId("line-total")).toHaveTextContent("€576.00"));
    expect(screen.getByTestId("quote-grand-total")).toHaveTextContent("€576.00");
  });

  it("shows the engine's error on the quantity of the line it names", async () => {
    quoteBackend(aDetail({}, { draft: { ...aDetail().quote.draft, lines: [seatLine] } }), { quote_totals: engine });
    const user = userEvent.setup();
    renderQuote();

    const quantity = await screen.findByLabelText("Quantity of line 1");
    await user.clear(quantity);
    await user.type(quantity, "-2");

    await waitFor(() => expect(quantity).toHaveAttribute("aria-invalid", "true"));
    expect(quantity).toHaveAccessibleDescription("Line 1: the quantity can't be negative; to take money off, use a discount.");
    expect(screen.getByText("Fix the lines marked in red to see the totals.")).toBeInTheDocument();
    expect(screen.getByLabelText("Unit price of line 1")).not.toHaveAttribute("aria-invalid");
  });

  it("adds a free line taxed at a workspace rate, and a section heading", async () => {
    const backend = quoteBackend(aDetail(), { quote_totals: engine });
    const user = userEvent.setup();
    renderQuote();

    await user.click(await screen.findByRole("button", { name: "Add free line" }));
    await user.click(screen.getByRole("button", { name: "Add section heading" }));
    // The new heading has the focus, ready to be typed.
    await waitFor(() => expect(screen.getByLabelText("Section title, line 2")).toHaveFocus());
    await user.keyboard("Implementation");
    await user.type(screen.getByLabelText("Name of line 1"), "Workshop");

    await waitFor(() => expect(backend.callsTo("save_quote").length).toBeGreaterThan(0), { timeout: 2000 });
    const saved = backend.callsTo("save_quote").at(-1)!.input as QuoteInput;
    expect(saved.lines.map((l) => l.kind)).toEqual(["item", "section"]);
    expect(saved.lines[0]).toMatchObject({ sale: { name: "Workshop", quantity: "1", product_id: null }, taxes: [{ name: "VAT 20%", rate: "20" }] });
    expect(saved.lines[1]).toMatchObject({ title: "Implementation", show_subtotal: true });
    // Ids are made once, so autosaves keep a line's id.
    expect(saved.lines.every((l) => (l.kind === "section" ? l.id : l.sale.id) !== "")).toBe(true);
  });
});
