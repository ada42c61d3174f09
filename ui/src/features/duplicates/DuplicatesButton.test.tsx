import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useNavigation } from "../../app/navigation-context";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { scan } from "./duplicate-fixtures";
import { DuplicatesButton } from "./DuplicatesButton";

function CurrentScreen() {
  return <output data-testid="screen">{useNavigation().screen}</output>;
}

describe("DuplicatesButton", () => {
  it("shows how many groups there are and opens the duplicates screen", async () => {
    const backend = mockBackend({ duplicate_groups: () => ({ ...scan, total: 12 }) });
    const user = userEvent.setup();
    renderWithApp(
      <>
        <DuplicatesButton ready />
        <CurrentScreen />
      </>,
    );

    const button = await screen.findByRole("button", { name: /Duplicates/ });
    await waitFor(() => expect(button).toHaveTextContent(/Duplicates\s*12 possible/));
    await user.click(button);
    expect(screen.getByTestId("screen")).toHaveTextContent("duplicates");
    expect(backend.callsTo("duplicate_groups")).toHaveLength(1);
  });

  it("waits for the contacts list before scanning", () => {
    const backend = mockBackend({ duplicate_groups: () => scan });
    renderWithApp(<DuplicatesButton ready={false} />);
    const button = screen.getByRole("button", { name: "Duplicates" });
    expect(backend.callsTo("duplicate_groups")).toHaveLength(0);
    // With no scan coming, the badge's place is not held open (an empty gap in the button).
    expect(button.querySelector(".count-badge")).toBeNull();
  });
});
