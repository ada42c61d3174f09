import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ContentDetail } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { aDetail, anItem } from "./library-fixtures";
import { ShareDialog } from "./ShareDialog";

const ada = { id: "c1", name: "Ada Lovelace", company_name: "Acme", email: "ada@acme.test" };

function renderShare(detail: ContentDetail, share: (args: Record<string, unknown>) => unknown, more: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  const backend = mockBackend({
    list_contacts: () => ({ total: 1, rows: [ada] }),
    list_deals: () => ({ total: 1, rows: [{ id: "d1", name: "Acme renewal" }] }),
    share_content: share,
    ...more,
  });
  renderWithApp(<ShareDialog detail={detail} onClose={() => {}} />, { screen: "library" });
  return backend;
}

async function pickAda(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole("combobox", { name: "Contact" }), "Ada");
  await user.click(await screen.findByRole("option", { name: /Ada Lovelace/ }));
}

describe("ShareDialog", () => {
  it("warns about an expired item and shares it only with an explicit “Share anyway”", async () => {
    const link = anItem({ form: "link", kind: "link", file: null, url: "https://acme.test/webinar", expires_on: "2026-01-31", title: "Acme webinar" });
    const backend = renderShare(aDetail({ item: link, expired: true }), () => ({ text: "https://acme.test/webinar", file_path: null, email: "ada@acme.test" }));
    const user = userEvent.setup();

    expect(screen.getByRole("note")).toHaveTextContent("This item expired on Jan 31, 2026.");
    expect(screen.queryByRole("button", { name: "Share" })).not.toBeInTheDocument();
    await pickAda(user);
    await user.selectOptions(await screen.findByRole("combobox", { name: "For the deal (optional)" }), "d1");
    await user.click(screen.getByRole("button", { name: "Share anyway" }));

    await waitFor(() =>
      expect(backend.callsTo("share_content")).toEqual([
        { input: { item_id: "i1", contact_id: "c1", deal_id: "d1", note: "", confirm_expired: true } },
      ]),
    );
    expect(await screen.findByRole("heading", { name: "Shared with Ada Lovelace" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Text to send" })).toHaveValue("https://acme.test/webinar");
    expect(screen.getByRole("link", { name: "E-mail ada@acme.test" })).toHaveAttribute(
      "href",
      "mailto:ada@acme.test?subject=Acme%20webinar&body=https%3A%2F%2Facme.test%2Fwebinar",
    );
  });

  it("asks for confirmation when the backend finds the item expired, then hands over the file to attach", async () => {
    let asked = 0;
    const backend = renderShare(
      aDetail(),
      ({ input }) =>
        (input as { confirm_expired: boolean }).confirm_expired
          ? { text: null, file_path: "/data/opened/acme-case-study.pptx", email: "ada@acme.test" }
          : (asked++, Promise.reject({ code: "conflict", message: "“Acme case study” expired on 2026-12-01; confirm to share it anyway.", fields: [] })),
      { show_file: () => null },
    );
    const user = userEvent.setup();
    await pickAda(user);
    await user.click(screen.getByRole("button", { name: "Share" }));

    expect(await screen.findByText("“Acme case study” expired on 2026-12-01; confirm to share it anyway.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Share anyway" }));
    expect(await screen.findByText("/data/opened/acme-case-study.pptx")).toBeInTheDocument();
    expect(asked).toBe(1);
    expect(backend.callsTo("share_content")).toHaveLength(2);

    await user.click(screen.getByRole("button", { name: "Show in folder" }));
    await waitFor(() => expect(backend.callsTo("show_file")).toEqual([{ path: "/data/opened/acme-case-study.pptx" }]));
  });
});
