import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useNavigation } from "../../app/navigation-context";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { DealQuotes } from "./DealQuotes";
import { aDetail, summary } from "./quote-fixtures";

function OpenQuote() {
  const { screen: current, quoteId } = useNavigation();
  return <output aria-label="Where">{`${current} ${quoteId ?? ""}`}</output>;
}

describe("A deal's quotes", () => {
  it("lists each quote's current revision with the earlier ones folded under it", async () => {
    mockBackend({
      quotes_of_deal: () => [
        summary({ id: "q1", revision: 1, current: false, status: "declined", display_number: "Q-7K3FD-0042 v1", total: "12340.00" }),
        summary({ id: "q2", revision: 2, display_number: "Draft", total: "11000.00" }),
      ],
    });
    renderWithApp(<DealQuotes dealId="d1" headingClassName="h" />, { screen: "deals" });

    const [current, earlier] = await screen.findAllByTestId("deal-quote");
    expect(current).toHaveTextContent("Draft");
    expect(current).toHaveTextContent("€11,000.00");
    expect(within(current!).getByTestId("quote-status")).toHaveTextContent("Draft");
    expect(earlier).toHaveTextContent("Q-7K3FD-0042 v1");
    expect(earlier).toHaveTextContent("€12,340.00");
    expect(screen.getByText("1 earlier revision")).toBeInTheDocument();
  });

  it("starts a new quote and opens it", async () => {
    const backend = mockBackend({ quotes_of_deal: () => [], create_quote: () => aDetail({}, { id: "q9" }) });
    const user = userEvent.setup();
    renderWithApp(
      <>
        <DealQuotes dealId="d1" headingClassName="h" />
        <OpenQuote />
      </>,
      { screen: "deals" },
    );

    expect(await screen.findByText(/No quotes yet/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "New quote" }));
    await waitFor(() => expect(screen.getByRole("status", { name: "Where" })).toHaveTextContent("quote q9"));
    expect(backend.callsTo("create_quote")).toEqual([{ dealId: "d1" }]);
  });
});
