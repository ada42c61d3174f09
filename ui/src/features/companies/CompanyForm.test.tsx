import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { emptyCompanyInput } from "./company-input-checks";
import { CompanyForm } from "./CompanyForm";

const choices = { list_members: () => [], tags_in_use: () => [] };

describe("CompanyForm", () => {
  it("checks the name and the domain's shape before asking the backend", async () => {
    const backend = mockBackend({ ...choices, create_company: () => ({}) });
    const user = userEvent.setup();
    renderWithApp(<CompanyForm companyId={null} initial={emptyCompanyInput} onSaved={vi.fn()} onCancel={vi.fn()} />);

    await user.type(screen.getByLabelText("Domain"), "acme");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.getByLabelText("Name")).toHaveAttribute("aria-invalid", "true"));
    expect(screen.getByText("Enter the company's name.")).toBeInTheDocument();
    expect(screen.getByLabelText("Domain")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByText("'acme' is not a web domain such as acme.com.")).toBeInTheDocument();
    expect(backend.callsTo("create_company")).toEqual([]);

    // Fixing a field clears its message at once.
    await user.type(screen.getByLabelText("Name"), "Acme");
    expect(screen.getByLabelText("Name")).not.toHaveAttribute("aria-invalid");
  });

  it("shows the backend's field errors under their inputs and saves the whole input", async () => {
    const backend = mockBackend({
      ...choices,
      create_company: () =>
        Promise.reject({
          code: "validation",
          message: "The company has invalid fields.",
          fields: [{ field: "tags", message: "A tag is at most 50 characters." }],
        }),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithApp(<CompanyForm companyId={null} initial={emptyCompanyInput} onSaved={onSaved} onCancel={vi.fn()} />);

    await user.type(screen.getByLabelText("Name"), "Acme");
    await user.type(screen.getByLabelText("Domain"), "https://www.Acme.com/");
    await user.selectOptions(screen.getByLabelText("Size"), "51-200");
    await user.type(screen.getByRole("combobox", { name: "Tags" }), "Enterprise{Enter}");
    await user.keyboard("{Control>}{Enter}{/Control}");

    expect(await screen.findByText("A tag is at most 50 characters.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Tags" })).toHaveAttribute("aria-invalid", "true");
    expect(backend.callsTo("create_company")).toEqual([
      {
        input: {
          ...emptyCompanyInput,
          name: "Acme",
          domain: "https://www.Acme.com/",
          size: "51-200",
          tags: ["Enterprise"],
        },
      },
    ]);
    expect(onSaved).not.toHaveBeenCalled();
  });
});
