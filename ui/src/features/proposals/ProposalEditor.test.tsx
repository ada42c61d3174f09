import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { ProposalSection } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { aHit, results } from "../library/library-fixtures";
import { sentState } from "../quotes/quote-fixtures";
import "./editor-test-setup";
import { ProposalEditor } from "./ProposalEditor";
import { aQuoteDetail, aSection, paragraphs, savedAs, templates, threeSections } from "./proposal-fixtures";

// pdf.js has its own tests (library/preview); here the pane only needs to get the bytes.
vi.mock("../library/preview/PdfPreview", () => ({
  PdfPreview: ({ bytes }: { bytes: ArrayBuffer }) => <p>PDF of {bytes.byteLength} bytes</p>,
}));

const mergeFields = [
  { name: "contact.first_name", label: "Contact's first name" },
  { name: "quote.total", label: "Quote total" },
];

function backendWith(handlers: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return mockBackend({
    proposal_templates: () => templates,
    merge_fields: () => mergeFields,
    save_proposal: ({ sections }) => savedAs(sections as ProposalSection[]),
    ...handlers,
  });
}

const savedSections = (backend: ReturnType<typeof backendWith>) =>
  backend.callsTo("save_proposal").map((call) => call.sections as ProposalSection[]);
const titlesOf = (sections: ProposalSection[] | undefined) => sections?.map((s) => s.title);
const wait = { timeout: 3000 };

describe("ProposalEditor", () => {
  it("saves the sections a moment after typing, once for a burst of keys, and says so", async () => {
    const backend = backendWith();
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail()} />);

    const title = await screen.findByRole("textbox", { name: "Section title" });
    await user.clear(title);
    await user.type(title, "Why Acme");
    expect(screen.getByRole("status")).toHaveTextContent("Saving…");
    expect(backend.callsTo("save_proposal")).toHaveLength(0);

    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Saved"), wait);
    expect(backend.callsTo("save_proposal")).toHaveLength(1);
    expect(backend.callsTo("save_proposal")[0]!.id).toBe("q1");
    expect(titlesOf(savedSections(backend)[0])).toEqual(["Why Acme", "Investment", "Acceptance"]);

    await user.click(screen.getByRole("textbox", { name: "Section text" }));
    await user.keyboard("Hello");
    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(2), wait);
    expect(savedSections(backend)[1]![0]!.body).not.toBe(threeSections[0]!.body);
    expect(JSON.parse(savedSections(backend)[1]![0]!.body)).toMatchObject({ type: "doc" });
  });

  it("inserts a merge field as plain text from the toolbar", async () => {
    const backend = backendWith();
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail([aSection({ body: paragraphs("") })])} />);

    await user.click(await screen.findByRole("button", { name: /Insert field/ }));
    await user.click(await screen.findByRole("menuitem", { name: /Quote total/ }));

    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(1), wait);
    expect(JSON.parse(savedSections(backend)[0]![0]!.body)).toEqual({
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "{{quote.total}}" }] }],
    });
  });

  it("links only to web and mail addresses", async () => {
    const backend = backendWith();
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail([aSection({ body: paragraphs("") })])} />);

    await user.click(await screen.findByRole("button", { name: "Link" }));
    const address = screen.getByRole("textbox", { name: "Link address" });
    await user.type(address, "javascript:alert(1)");
    await user.click(screen.getByRole("button", { name: "Add link" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Links start with https://, http:// or mailto:.");

    await user.clear(address);
    await user.type(address, "acme.com");
    await user.click(screen.getByRole("button", { name: "Add link" }));
    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(1), wait);
    expect(JSON.parse(savedSections(backend)[0]![0]!.body).content[0].content[0]).toMatchObject({
      type: "text",
      text: "acme.com",
      marks: [{ type: "link", attrs: { href: "https://acme.com" } }],
    });
  });

  it("moves and removes sections, and puts a removed one back", async () => {
    const backend = backendWith();
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail()} />);

    await user.click(await screen.findByRole("button", { name: "Move Investment up" }));
    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(1), wait);
    expect(titlesOf(savedSections(backend)[0])).toEqual(["Investment", "Introduction", "Acceptance"]);
    expect(within(screen.getByRole("navigation", { name: "Sections" })).getAllByRole("listitem")[0]).toHaveTextContent("Investment");

    await user.click(screen.getByRole("button", { name: "Remove Acceptance" }));
    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(2), wait);
    expect(titlesOf(savedSections(backend)[1])).toEqual(["Investment", "Introduction"]);

    await user.click(await screen.findByRole("button", { name: "Undo" }));
    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(3), wait);
    expect(savedSections(backend)[2]!.map((s) => s.id)).toEqual(["s2", "s1", "s3"]);
  });

  it("adds a pricing section, and sends the id its first save gave it afterwards", async () => {
    const backend = backendWith();
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail([aSection()])} />);

    await user.click(await screen.findByRole("button", { name: /Add section/ }));
    await user.click(await screen.findByRole("menuitem", { name: "Pricing (the quote)" }));
    expect(screen.getByText(/The quote’s table and totals print here/)).toBeInTheDocument();
    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(1), wait);
    expect(savedSections(backend)[0]!.map((s) => [s.id, s.kind])).toEqual([
      ["s1", "text"],
      ["", "pricing"],
    ]);

    // A title is one line: Enter breaks nothing, and a pasted line break becomes a space.
    const title = screen.getByRole("textbox", { name: "Section title" });
    expect(fireEvent.keyDown(title, { key: "Enter" }), "Enter is refused").toBe(false);
    await user.type(title, " and{Enter} terms");
    await user.paste("\n(2027)");
    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(2), wait);
    expect(savedSections(backend)[1]!.map((s) => [s.id, s.title])).toEqual([
      ["s1", "Introduction"],
      ["saved-1", "Pricing and terms (2027)"],
    ]);
  });

  it("inserts an expired library item only once the user says to", async () => {
    const block = aSection({ id: "", kind: "content", title: "Acme case study", body: paragraphs("Acme cut onboarding in half."), content_item_id: "i1", content_version_id: "v3" });
    const backend = backendWith({
      search_content: () => results([aHit()]),
      get_content: () => Promise.reject({ code: "forbidden", message: "no", fields: [] }),
      library_block: ({ confirmExpired }) =>
        confirmExpired ? block : Promise.reject({ code: "conflict", message: "“Acme case study” expired on 1 Oct 2026.", fields: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail()} />);

    await user.click(await screen.findByRole("button", { name: /Add section/ }));
    await user.click(await screen.findByRole("menuitem", { name: "From the library…" }));
    const dialog = await screen.findByRole("dialog", { name: "Insert from the library" });
    await user.type(within(dialog).getByRole("combobox", { name: "Library item" }), "Acme");
    await user.click(await within(dialog).findByRole("option", { name: /Acme case study/ }));

    expect(await within(dialog).findByText("“Acme case study” expired on 1 Oct 2026.")).toBeInTheDocument();
    expect(backend.callsTo("save_proposal")).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Insert anyway" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("library_block")).toEqual([
      { itemId: "i1", confirmExpired: false },
      { itemId: "i1", confirmExpired: true },
    ]);
    expect(screen.getByText("From the library: Acme case study")).toBeInTheDocument();
    await waitFor(() => expect(backend.callsTo("save_proposal")).toHaveLength(1), wait);
    // After the section being edited (the first).
    expect(titlesOf(savedSections(backend)[0])).toEqual(["Introduction", "Acme case study", "Investment", "Acceptance"]);
  });

  it("asks before a template replaces edited sections", async () => {
    const applied = aQuoteDetail([aSection({ id: "t1", title: "Scope" })]);
    const backend = backendWith({ apply_proposal_template: () => applied });
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail()} />);

    await user.click(await screen.findByRole("button", { name: /Template/ }));
    await user.click(await screen.findByRole("menuitem", { name: /Professional services/ }));
    const confirm = await screen.findByRole("alertdialog", { name: "Start over from “Professional services”?" });
    await user.click(within(confirm).getByRole("button", { name: "Cancel" }));
    expect(backend.callsTo("apply_proposal_template")).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: /Template/ }));
    await user.click(await screen.findByRole("menuitem", { name: /Professional services/ }));
    await user.click(await screen.findByRole("button", { name: "Replace sections" }));
    await waitFor(() => expect(backend.callsTo("apply_proposal_template")).toEqual([{ id: "q1", key: "services" }]));
    expect(await screen.findByRole("textbox", { name: "Section title" })).toHaveValue("Scope");
    expect(screen.queryByRole("button", { name: "Move Investment up" })).not.toBeInTheDocument();
  });

  it("applies a template straight away to a proposal nobody has written yet", async () => {
    const backend = backendWith({ apply_proposal_template: () => aQuoteDetail(templates[0]!.sections.map((s, i) => ({ ...s, id: `t${i}` }))) });
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail([])} />);

    expect(await screen.findByText(/No sections yet/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Template/ }));
    await user.click(await screen.findByRole("menuitem", { name: /Software subscription/ }));
    await waitFor(() => expect(backend.callsTo("apply_proposal_template")).toEqual([{ id: "q1", key: "software" }]));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(await screen.findByRole("textbox", { name: "Section title" })).toHaveValue("Summary");
  });

  it("shows a sent quote's proposal read-only", async () => {
    backendWith();
    renderWithApp(<ProposalEditor detail={aQuoteDetail(threeSections, { state: sentState })} />);

    expect(await screen.findByRole("heading", { name: "Introduction" })).toBeInTheDocument();
    expect(screen.getByText(/Read-only: this quote is sent/)).toBeInTheDocument();
    expect(screen.queryByRole("textbox", { name: "Section title" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Add section/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Template/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove Acceptance" })).not.toBeInTheDocument();
    expect(screen.queryByRole("toolbar", { name: "Formatting" })).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Section text" })).toHaveAttribute("contenteditable", "false");
  });

  it("previews the PDF after saving, and says calmly when it cannot be made", async () => {
    let failing = true;
    const backend = backendWith({
      proposal_pdf: () => (failing ? Promise.reject({ code: "internal", message: "The logo could not be read.", fields: [] }) : new ArrayBuffer(42)),
    });
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail()} />);

    await user.type(await screen.findByRole("textbox", { name: "Section title" }), "!");
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByText("The preview could not be made")).toBeInTheDocument();
    expect(screen.getByText("The logo could not be read.")).toBeInTheDocument();
    // Saved before the PDF was asked for.
    expect(backend.calls.map((c) => c.cmd).filter((cmd) => cmd === "save_proposal" || cmd === "proposal_pdf").slice(0, 2)).toEqual(["save_proposal", "proposal_pdf"]);

    failing = false;
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("PDF of 42 bytes")).toBeInTheDocument();
  });

  it("exports the PDF and offers to show it in its folder", async () => {
    const backend = backendWith({ export_proposal_pdf: () => ({ path: "/home/ana/Documents/Acme proposal.pdf" }), show_file: () => null });
    const user = userEvent.setup();
    renderWithApp(<ProposalEditor detail={aQuoteDetail()} />);

    await user.click(await screen.findByRole("button", { name: "Export PDF" }));
    expect(await screen.findByText("Exported the proposal to /home/ana/Documents/Acme proposal.pdf")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show in folder" }));
    await waitFor(() => expect(backend.callsTo("show_file")).toEqual([{ path: "/home/ana/Documents/Acme proposal.pdf" }]));
  });
});
