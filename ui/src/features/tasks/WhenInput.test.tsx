import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { FormatContext } from "../../components/format-context";
import type { WhenPreview } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { WhenInput } from "./WhenInput";

const answers: Record<string, WhenPreview> = {
  "fri 10am": { due_date: "2026-12-04", due_time: "10:00", error: "" },
  "dec 3": { due_date: "2026-12-03", due_time: "", error: "" },
  someday: { due_date: "", due_time: "", error: "“someday” is not a day I know; try “fri 10am” or “in 3 days”." },
};

function renderWhen() {
  const onApply = vi.fn();
  const backend = mockBackend({ parse_when: ({ text }) => answers[text as string] });
  renderWithApp(
    <FormatContext.Provider value={{ locale: "en-GB", timeZone: "UTC" }}>
      <WhenInput id="when" label="When" onApply={onApply} />
    </FormatContext.Provider>,
  );
  return { onApply, backend, user: userEvent.setup() };
}

describe("WhenInput", () => {
  it("shows what the typed text means before applying it, then applies it on Enter", async () => {
    const { onApply, user } = renderWhen();
    await user.type(screen.getByLabelText("When"), "fri 10am");
    expect(await screen.findByText("→ Fri 4 Dec, 10:00")).toBeInTheDocument();
    expect(onApply).not.toHaveBeenCalled();

    await user.keyboard("{Enter}");
    expect(onApply).toHaveBeenCalledWith({ due_date: "2026-12-04", due_time: "10:00" });
    expect(screen.getByLabelText("When")).toHaveValue("");
  });

  it("says a day without a time is all day", async () => {
    const { onApply, user } = renderWhen();
    await user.type(screen.getByLabelText("When"), "dec 3");
    expect(await screen.findByText("→ Thu 3 Dec · all day")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Set" }));
    expect(onApply).toHaveBeenCalledWith({ due_date: "2026-12-03", due_time: "" });
  });

  it("shows why text was not understood, and Enter then changes nothing", async () => {
    const { onApply, user } = renderWhen();
    await user.type(screen.getByLabelText("When"), "someday");
    expect(await screen.findByRole("alert")).toHaveTextContent("“someday” is not a day I know");
    expect(screen.getByRole("button", { name: "Set" })).toBeDisabled();
    await user.keyboard("{Enter}");
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByLabelText("When")).toHaveValue("someday");
  });

  it("reads the text at once when Enter comes before the pause", async () => {
    const { onApply, backend, user } = renderWhen();
    await user.type(screen.getByLabelText("When"), "fri 10am{Enter}");
    await vi.waitFor(() => expect(onApply).toHaveBeenCalledWith({ due_date: "2026-12-04", due_time: "10:00" }));
    // The debounce asked nothing for the half-typed text.
    expect(backend.callsTo("parse_when")).toEqual([{ text: "fri 10am" }]);
  });
});
