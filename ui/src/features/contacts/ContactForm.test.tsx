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
      list_custom_fields: () => [],
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

  it("renders the workspace's custom fields and sends their values, leaving empty ones unset", async () => {
    const backend = mockBackend({
      company_names: () => [],
      list_custom_fields: () => [
        { id: "f1", record_table: "contacts", label: "Seats", kind: "number", options: [] },
        { id: "f2", record_table: "contacts", label: "Renewal", kind: "date", options: [] },
        {
          id: "f3",
          record_table: "contacts",
          label: "Tier",
          kind: "choice",
          options: [
            { id: "o1", label: "Gold" },
            { id: "o2", label: "Silver" },
          ],
        },
        { id: "f4", record_table: "contacts", label: "Customer number", kind: "text", options: [] },
      ],
      create_contact: () =>
        Promise.reject({
          code: "validation",
          message: "The contact has invalid fields.",
          fields: [{ field: "custom.f1", message: "Seats: '12,5O' is not a number." }],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<ContactForm contactId={null} initial={emptyContactInput} onSaved={vi.fn()} onCancel={vi.fn()} />);

    expect(await screen.findByRole("heading", { name: "More fields" })).toBeInTheDocument();
    await user.type(screen.getByLabelText("First name"), "Ana");
    await user.type(screen.getByLabelText("Seats"), "12,5O");
    expect(screen.getByLabelText("Renewal")).toHaveAttribute("type", "date");
    await user.selectOptions(screen.getByLabelText("Tier"), "Silver");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(backend.callsTo("create_contact")).toHaveLength(1));
    expect(backend.callsTo("create_contact")[0]).toEqual({
      input: {
        ...emptyContactInput,
        first_name: "Ana",
        custom: [
          { field_id: "f1", value: "12,5O" },
          { field_id: "f3", value: "o2" },
        ],
      },
    });
    const seats = screen.getByLabelText("Seats");
    await waitFor(() => expect(seats).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByText("Seats: '12,5O' is not a number.")).toBeInTheDocument();
    await user.type(seats, "{backspace}0");
    expect(seats).not.toHaveAttribute("aria-invalid");
  });

  it("adds and removes other e-mails and phones, and shows the backend's phone errors", async () => {
    const backend = mockBackend({
      company_names: () => [],
      list_custom_fields: () => [],
      create_contact: () =>
        Promise.reject({
          code: "validation",
          message: "The contact has invalid fields.",
          fields: [{ field: "other_phones", message: "'12' is too short for a phone number." }],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<ContactForm contactId={null} initial={emptyContactInput} onSaved={vi.fn()} onCancel={vi.fn()} />);

    await user.type(screen.getByLabelText("First name"), "Ana");
    await user.click(screen.getByRole("button", { name: "Add e-mail" }));
    expect(screen.getByLabelText("Email 2")).toHaveFocus();
    await user.type(screen.getByLabelText("Email 2"), "ana@home.example");
    await user.click(screen.getByRole("button", { name: "Add e-mail" }));
    await user.click(screen.getByRole("button", { name: "Remove Email 3" }));
    await user.click(screen.getByRole("button", { name: "Add phone" }));
    await user.type(screen.getByLabelText("Phone 2"), "12");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(backend.callsTo("create_contact")).toHaveLength(1));
    expect(backend.callsTo("create_contact")[0]).toEqual({
      input: { ...emptyContactInput, first_name: "Ana", other_emails: ["ana@home.example"], other_phones: ["12"] },
    });
    expect(await screen.findByText("'12' is too short for a phone number.")).toBeInTheDocument();
    expect(screen.getByLabelText("Phone 2")).toHaveAttribute("aria-invalid", "true");
  });
});
