import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderWithApp } from "../../test/render-with-app";
import { aDetail, draftState, quoteBackend, seatLine, sentState, totalsOf } from "./quote-fixtures";
import { QuoteScreen } from "./QuoteScreen";

// jsdom has no canvas to draw on: the pad is faked, signed or not as each test says.
const pad = vi.hoisted(() => ({ signed: false }));
vi.mock("signature_pad", () => ({
  default: class {
    isEmpty = () => !pad.signed;
    toDataURL = () => "data:image/png;base64,iVBORw0KGgo=";
    clear = () => {
      pad.signed = false;
    };
    addEventListener() {}
    removeEventListener() {}
    off() {}
  },
}));

beforeEach(() => {
  pad.signed = false;
});

const withLine = { draft: { ...aDetail().quote.draft, lines: [seatLine] } };
const renderQuote = () => renderWithApp(<QuoteScreen id="q1" />, { screen: "quote" });

describe("Quote actions", () => {
  it("keeps Mark as sent disabled with the backend's reason until the discount is approved", async () => {
    const refusal = "A discount on this quote needs a sales manager's approval first.";
    const detail = aDetail(
      {
        state: { ...draftState, approval: "needed", send_refusal: refusal, can_request_approval: true },
        approval_reasons: ["Line 1 has a 25% discount; more than 15% needs approval."],
      },
      withLine,
    );
    const requested = aDetail({ state: { ...detail.state, approval: "requested", can_request_approval: false }, requested_by_name: "Ana García" }, withLine);
    const backend = quoteBackend(detail, { request_quote_approval: () => requested });
    const user = userEvent.setup();
    renderQuote();

    const send = await screen.findByRole("button", { name: "Mark as sent" });
    expect(send).toBeDisabled();
    expect(send).toHaveAccessibleDescription(refusal);
    expect(screen.getByRole("button", { name: "Capture acceptance" })).toBeDisabled();
    expect(screen.getByText("Line 1 has a 25% discount; more than 15% needs approval.")).toBeInTheDocument();
    expect(screen.getByTestId("quote-approval")).toHaveTextContent("Needs approval");
    // Only a manager other than the owner decides.
    expect(screen.queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Request approval" }));
    await waitFor(() => expect(screen.getByTestId("quote-approval")).toHaveTextContent("Approval requested"));
    expect(backend.callsTo("request_quote_approval")).toEqual([{ id: "q1" }]);
    expect(screen.queryByRole("button", { name: "Request approval" })).not.toBeInTheDocument();
  });

  it("lets a manager approve, and asks why before rejecting", async () => {
    const detail = aDetail(
      { state: { ...draftState, approval: "requested", send_refusal: "Needs approval.", can_decide_approval: true }, requested_by_name: "Sam Lee" },
      withLine,
    );
    const backend = quoteBackend(detail, { decide_quote_approval: () => aDetail({ state: { ...draftState, approval: "rejected" } }, withLine) });
    const user = userEvent.setup();
    renderQuote();

    expect(await screen.findByRole("button", { name: "Approve" })).toBeEnabled();
    await user.click(screen.getByRole("button", { name: "Reject" }));
    const dialog = screen.getByRole("dialog", { name: /Reject/ });
    await user.click(within(dialog).getByRole("button", { name: "Reject" }));
    expect(within(dialog).getByLabelText("Why not")).toHaveAccessibleDescription("Say why, so the seller knows what to change.");
    expect(backend.callsTo("decide_quote_approval")).toEqual([]);

    await user.type(within(dialog).getByLabelText("Why not"), "Keep it under 15%");
    await user.click(within(dialog).getByRole("button", { name: "Reject" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("decide_quote_approval")).toEqual([{ id: "q1", approve: false, comment: "Keep it under 15%" }]);
    expect(screen.getByTestId("quote-approval")).toHaveTextContent("Approval rejected");
  });

  it("offers the answers a sent quote can get, and starts a new revision", async () => {
    const sent = aDetail({ state: sentState, display_number: "Q-7K3FD-0042" }, { ...withLine, status: "sent", number: "Q-7K3FD-0042" });
    const next = aDetail({}, { id: "q2", revision: 2, series_id: "q1" });
    const backend = quoteBackend(sent, { revise_quote: () => next, get_quote: ({ id }) => (id === "q2" ? next : sent), quote_changes: () => [] });
    const user = userEvent.setup();
    renderWithApp(<QuoteScreen id="q1" />, { screen: "quote" });

    expect(await screen.findByRole("button", { name: "Capture acceptance" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Decline" })).toBeEnabled();
    expect(screen.queryByRole("button", { name: "Mark as sent" })).not.toBeInTheDocument();
    // A sent quote is read-only: no inputs to type in, no lines to add.
    expect(screen.getByLabelText("Quantity of line 1")).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Add free line" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "New revision" }));
    await waitFor(() => expect(backend.callsTo("revise_quote")).toEqual([{ id: "q1" }]));
  });
});

describe("Acceptance dialog", () => {
  const totals = totalsOf([{ name: "Seats", figures: ["400.00", "80.00", "480.00"] }], ["400.00", "80.00", "480.00"]);
  const sent = aDetail({ state: sentState, display_number: "Q-7K3FD-0042", contact_name: "Grace Hopper", totals }, { ...withLine, status: "sent" });

  it("refuses an acceptance without a signature", async () => {
    const backend = quoteBackend(sent, { accept_quote: () => sent });
    const user = userEvent.setup();
    renderQuote();

    await user.click(await screen.findByRole("button", { name: "Capture acceptance" }));
    const dialog = screen.getByRole("dialog", { name: "Accept “Acme — security rollout”" });
    expect(within(dialog).getByLabelText("Name")).toHaveValue("Grace Hopper");
    expect(within(dialog).getByRole("checkbox", { name: "Move the deal to Won" })).toBeChecked();
    await user.click(within(dialog).getByRole("button", { name: "Accept quote" }));

    expect(within(dialog).getByText("Ask the customer to sign in the box.")).toBeInTheDocument();
    expect(backend.callsTo("accept_quote")).toEqual([]);
  });

  it("sends the signed acceptance as a PNG without its data-URL prefix", async () => {
    const backend = quoteBackend(sent, { accept_quote: () => aDetail({ state: { ...sentState, status: "accepted", can_decline: false } }, { status: "accepted" }) });
    const user = userEvent.setup();
    renderQuote();

    await user.click(await screen.findByRole("button", { name: "Capture acceptance" }));
    const dialog = screen.getByRole("dialog", { name: "Accept “Acme — security rollout”" });
    await user.type(within(dialog).getByLabelText("Title"), "CTO");
    await user.clear(within(dialog).getByLabelText("Signed on"));
    await user.type(within(dialog).getByLabelText("Signed on"), "2031-06-15");
    await user.click(within(dialog).getByRole("checkbox", { name: "Move the deal to Won" }));
    expect(within(dialog).getByRole("checkbox", { name: "Make the deal’s amount €400.00, the contract value before tax" })).toBeChecked();
    pad.signed = true;
    await user.click(within(dialog).getByRole("button", { name: "Accept quote" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("accept_quote")).toEqual([
      {
        id: "q1",
        input: { name: "Grace Hopper", title: "CTO", signed_on: "2031-06-15", signature_png: "iVBORw0KGgo=", mark_deal_won: false, set_deal_amount: true },
      },
    ]);
  });
});
