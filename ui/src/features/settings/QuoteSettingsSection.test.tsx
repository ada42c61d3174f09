import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Member, QuoteSettings } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { QuoteSettingsSection } from "./QuoteSettingsSection";

const manager: Member = { id: "m1", name: "Maya Manager", email: "maya@example.com", role: "sales_manager", is_me: true };
const seller: Member = { id: "m2", name: "Sam Seller", email: "sam@example.com", role: "seller", is_me: true };

const stored: QuoteSettings = {
  prices: "tax_excluded",
  rounding: "per_line",
  method: "half_up",
  rules: { validity_days: 30, approval_discount: "15" },
  brand: { name: "Tandem Demo GmbH", primary: "#1F2A44", accent: "#4F46E5", font: "sans", has_logo: false },
};
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).buffer;

function backendWith(me: Member, handlers: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return mockBackend({ get_profile: () => me, quote_settings: () => stored, ...handlers });
}

describe("QuoteSettingsSection", () => {
  it("checks the days itself, puts the backend's field errors next to their fields, and saves", async () => {
    let refuse = true;
    const backend = backendWith(manager, {
      save_quote_settings: ({ input }) =>
        refuse
          ? Promise.reject({
              code: "validation",
              message: "Some settings are not valid.",
              fields: [
                { field: "brand.primary", message: "A colour is written #RRGGBB, like #1F2A44." },
                { field: "rules.approval_discount", message: "A percent between 0 and 100, or empty." },
              ],
            })
          : input,
    });
    const user = userEvent.setup();
    renderWithApp(<QuoteSettingsSection />, { screen: "settings" });

    const days = await screen.findByRole("textbox", { name: "New quotes are valid for (days)" });
    await user.clear(days);
    await user.type(days, "thirty");
    await user.click(screen.getByRole("button", { name: "Save quote settings" }));
    expect(await screen.findByText("Enter a whole number of days.")).toBeInTheDocument();
    expect(days).toHaveAttribute("aria-invalid", "true");
    expect(backend.callsTo("save_quote_settings")).toHaveLength(0);

    await user.clear(days);
    await user.type(days, "45");
    const primary = screen.getByRole("textbox", { name: "Primary colour" });
    await user.clear(primary);
    await user.type(primary, "navy");
    await user.clear(screen.getByRole("textbox", { name: "Overall discount needing approval, above (%)" }));
    await user.type(screen.getByRole("textbox", { name: "Overall discount needing approval, above (%)" }), "150");
    await user.click(screen.getByRole("button", { name: "Save quote settings" }));

    expect(await screen.findByText("A colour is written #RRGGBB, like #1F2A44.")).toBeInTheDocument();
    expect(primary).toHaveAccessibleDescription("A colour is written #RRGGBB, like #1F2A44.");
    expect(screen.getByRole("textbox", { name: "Overall discount needing approval, above (%)" })).toHaveAccessibleDescription(
      "A percent between 0 and 100, or empty.",
    );

    refuse = false;
    await user.clear(primary);
    await user.type(primary, "#102030");
    expect(screen.queryByText("A colour is written #RRGGBB, like #1F2A44.")).not.toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Half even" }));
    expect(screen.getByText(/banker’s rounding/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Serif" }));
    await user.click(screen.getByRole("button", { name: "Save quote settings" }));

    expect(await screen.findByText("Quote settings saved")).toBeInTheDocument();
    expect(backend.callsTo("save_quote_settings").at(-1)).toEqual({
      input: {
        ...stored,
        method: "half_even",
        rules: { validity_days: 45, approval_discount: "150" },
        brand: { ...stored.brand, primary: "#102030", font: "serif" },
      },
    });
  });

  it("shows a seller the settings without letting them change anything", async () => {
    backendWith(seller, { quote_settings: () => ({ ...stored, brand: { ...stored.brand, has_logo: true } }), brand_logo: () => png });
    renderWithApp(<QuoteSettingsSection />, { screen: "settings" });

    expect(await screen.findByText(/Only admins and sales managers change them/)).toBeInTheDocument();
    expect(await screen.findByRole("textbox", { name: "Company name printed on proposals" })).toHaveValue("Tandem Demo GmbH");
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Company name printed on proposals" })).toBeDisabled());
    expect(screen.getByRole("textbox", { name: "New quotes are valid for (days)" })).toBeDisabled();
    expect(screen.getByRole("radio", { name: "Tax included" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save quote settings" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /logo/ })).not.toBeInTheDocument();
    expect(await screen.findByRole("img", { name: "The brand’s logo" })).toBeInTheDocument();
  });

  it("uploads a logo, shows it, and removes it", async () => {
    let settings = stored;
    const backend = backendWith(manager, {
      quote_settings: () => settings,
      set_brand_logo: () => {
        settings = { ...stored, brand: { ...stored.brand, has_logo: true } };
        return settings;
      },
      clear_brand_logo: () => {
        settings = stored;
        return settings;
      },
      brand_logo: () => png,
    });
    const user = userEvent.setup();
    renderWithApp(<QuoteSettingsSection />, { screen: "settings" });

    expect(await screen.findByText("No logo")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Company name printed on proposals" }), " AG");
    await user.upload(screen.getByLabelText("Logo file"), new File([png], "logo.png", { type: "image/png" }));

    expect(await screen.findByRole("img", { name: "The brand’s logo" })).toBeInTheDocument();
    expect(backend.callsTo("set_brand_logo")).toHaveLength(1);
    // The unsaved name is still there: the logo is set apart from the form.
    expect(screen.getByRole("textbox", { name: "Company name printed on proposals" })).toHaveValue("Tandem Demo GmbH AG");

    const logo = screen.getByRole("group", { name: "Logo" });
    await user.click(within(logo).getByRole("button", { name: "Remove logo" }));
    expect(await screen.findByText("No logo")).toBeInTheDocument();
    expect(backend.callsTo("clear_brand_logo")).toHaveLength(1);
  });
});
