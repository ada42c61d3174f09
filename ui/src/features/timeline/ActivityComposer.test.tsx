import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ActivityInput } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { ActivityComposer } from "./ActivityComposer";

const links = { contact_id: "c1", company_id: "co1", deal_id: null };

describe("ActivityComposer", () => {
  it("logs a call with Ctrl+Enter, then clears itself for the next one", async () => {
    const backend = mockBackend({ log_activity: () => "a1" });
    const user = userEvent.setup();
    renderWithApp(<ActivityComposer links={links} />);

    await user.type(screen.getByLabelText("Subject"), "Intro call");
    await user.type(screen.getByLabelText("Notes"), "Wants a demo.");
    fireEvent.change(screen.getByLabelText("When"), { target: { value: "2026-03-02T09:30" } });
    await user.selectOptions(screen.getByLabelText("Direction"), "inbound");
    await user.type(screen.getByLabelText("Minutes"), "25");
    await user.keyboard("{Control>}{Enter}{/Control}");

    await waitFor(() => expect(backend.callsTo("log_activity")).toHaveLength(1));
    const expected: ActivityInput = {
      kind: "call",
      subject: "Intro call",
      body: "Wants a demo.",
      direction: "inbound",
      occurred_at: "2026-03-02T09:30:00.000Z",
      duration_minutes: 25,
      contact_id: "c1",
      company_id: "co1",
      deal_id: null,
    };
    expect(backend.callsTo("log_activity")[0]).toEqual({ input: expected });
    await waitFor(() => expect(screen.getByLabelText("Subject")).toHaveValue(""));
  });

  it("switches kind with Alt+number, dropping fields that kind has no use for", async () => {
    const backend = mockBackend({ log_activity: () => "a2" });
    const user = userEvent.setup();
    renderWithApp(<ActivityComposer links={links} />);

    await user.click(screen.getByLabelText("Subject"));
    await user.keyboard("{Alt>}4{/Alt}");
    expect(screen.getByRole("radio", { name: "Note" })).toHaveAttribute("aria-checked", "true");
    expect(screen.queryByLabelText("Direction")).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Minutes")).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Subject"), "Budget is approved");
    const before = Date.now();
    await user.keyboard("{Control>}{Enter}{/Control}");

    await waitFor(() => expect(backend.callsTo("log_activity")).toHaveLength(1));
    const input = backend.callsTo("log_activity")[0]!.input as ActivityInput;
    expect(input).toMatchObject({ kind: "note", direction: "", duration_minutes: 0, subject: "Budget is approved" });
    // "When" left empty means now.
    expect(Date.parse(input.occurred_at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("shows the backend's field errors inline, and errors about the record in a banner", async () => {
    mockBackend({
      log_activity: () =>
        Promise.reject({
          code: "validation",
          message: "The activity has invalid fields.",
          fields: [
            { field: "duration_minutes", message: "A duration is at most 24 hours (1440 minutes)." },
            { field: "contact_id", message: "Log the activity on a contact, a company or a deal." },
          ],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<ActivityComposer links={links} />);

    await user.type(screen.getByLabelText("Subject"), "Workshop");
    await user.type(screen.getByLabelText("Minutes"), "2000");
    await user.click(screen.getByRole("button", { name: "Log call" }));

    const minutes = screen.getByLabelText("Minutes");
    await waitFor(() => expect(minutes).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByText("A duration is at most 24 hours (1440 minutes).")).toBeInTheDocument();
    expect(screen.getByText("Log the activity on a contact, a company or a deal.")).toHaveClass("banner");
    expect(screen.getByLabelText("Subject")).toHaveValue("Workshop");
  });

  it("asks for a subject or notes before calling the backend", async () => {
    const backend = mockBackend({ log_activity: () => "a3" });
    const user = userEvent.setup();
    renderWithApp(<ActivityComposer links={links} />);
    await user.click(screen.getByRole("button", { name: "Log call" }));
    expect(screen.getByLabelText("Subject")).toHaveAttribute("aria-invalid", "true");
    expect(backend.callsTo("log_activity")).toEqual([]);
  });
});
