import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { emptyContactInput } from "./contact-input-checks";
import { ContactForm } from "./ContactForm";

describe("ContactForm", () => {
  it("shows the backend's field errors under their inputs and stays open", async () => {
    const backend = mockBackend({
      create_contact: () =>
        Promise.reject({
          code: "validation",
          message: "The contact has invalid fields.",
          fields: [{ field: "email", message: "Another contact already uses ana@example.com." }],
        }),
      company_names: () => [],
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<ContactForm contactId={null} initial={emptyContactInput} onSaved={onSaved} onCancel={vi.fn()} />);

    await user.type(screen.getByLabelText("First name"), "Ana");
    await user.type(screen.getByLabelText("Email"), "ana@example.com");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const message = await screen.findByRole("alert");
    expect(message).toHaveTextContent("Another contact already uses ana@example.com.");
    const email = screen.getByLabelText("Email");
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email.getAttribute("aria-describedby")).toContain(message.id);
    expect(screen.getByLabelText("First name")).not.toHaveAttribute("aria-invalid");
    expect(backend.callsTo("create_contact")).toEqual([
      { input: { ...emptyContactInput, first_name: "Ana", email: "ana@example.com" } },
    ]);
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole("form", { name: "New contact" })).toBeInTheDocument();
  });

  it("checks for a name before asking the backend", async () => {
    const backend = mockBackend({ create_contact: () => ({}) });
    const user = userEvent.setup();
    renderWithApp(<ContactForm contactId={null} initial={emptyContactInput} onSaved={vi.fn()} onCancel={vi.fn()} />);

    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.getByLabelText("First name")).toHaveAttribute("aria-invalid", "true"));
    expect(backend.callsTo("create_contact")).toEqual([]);
  });
});
