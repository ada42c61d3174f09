import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ContentDetail, ContentVersion } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { ContentPane } from "./ContentPane";
import { aDetail, anItem } from "./library-fixtures";

const versions: ContentVersion[] = [
  {
    id: "v1",
    number: 1,
    file_name: "acme-case-study-draft.pptx",
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    size: 1_200_000,
    blob_hash: "h1",
    note: "",
    author_name: "Mia Marketer",
    created_at: "2026-11-01T10:00:00Z",
    changes: [{ field: "Title", from: "Acme story", to: "Acme case study" }],
  },
  {
    id: "v2",
    number: 2,
    file_name: "acme-case-study.pptx",
    mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    size: 2_400_000,
    blob_hash: "h2",
    note: "2026 numbers",
    author_name: "Mia Marketer",
    created_at: "2026-11-20T10:00:00Z",
    changes: [],
  },
];

function renderItem(detail: ContentDetail, more: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  const backend = mockBackend({
    get_content: () => detail,
    content_versions: () => versions,
    list_collections: () => [],
    ...more,
  });
  renderWithApp(<ContentPane pane={{ mode: "view", id: detail.item.id }} />, { screen: "library" });
  return backend;
}

describe("A library item's pane", () => {
  it("offers a seller sharing but no status changes or edits on approved content", async () => {
    renderItem(aDetail({ may_edit: false, may_curate: false }));
    expect(await screen.findByRole("heading", { name: "Acme case study" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Share with contact/ })).toBeInTheDocument();
    for (const name of ["Approve", "Archive", "Back to draft", "Edit", "Delete", "Add to collection", "Restore version 1"]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
  });

  it("shows the backend's refusal when a status change is forbidden", async () => {
    const backend = renderItem(aDetail({ item: anItem({ status: "draft" }) }), {
      set_content_status: () =>
        Promise.reject({ code: "forbidden", message: "Only marketers and admins can approve library content.", fields: [] }),
    });
    const user = userEvent.setup();
    // A draft can be approved or archived, not sent back to draft.
    await user.click(await screen.findByRole("button", { name: "Approve" }));
    expect(screen.queryByRole("button", { name: "Back to draft" })).not.toBeInTheDocument();
    expect(backend.callsTo("set_content_status")).toEqual([{ id: "i1", status: "approved" }]);
    expect(await screen.findByText("Only marketers and admins can approve library content.")).toBeInTheDocument();
  });

  it("lists versions with what changed and restores an older one", async () => {
    const backend = renderItem(aDetail(), {
      restore_content_version: () => anItem({ file: { ...anItem().file!, version_id: "v3", number: 3 } }),
    });
    const user = userEvent.setup();
    const older = await screen.findByRole("listitem", { name: "Version 1" });
    expect(older).toHaveTextContent("Title: Acme story → Acme case study");
    expect(within(screen.getByRole("listitem", { name: "Version 2" })).getByText("Current")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Restore version 2" })).not.toBeInTheDocument();

    await user.click(within(older).getByRole("button", { name: "Restore version 1" }));
    await waitFor(() => expect(backend.callsTo("restore_content_version")).toEqual([{ itemId: "i1", versionId: "v1" }]));
    expect(await screen.findByText("Version 1 restored as version 3")).toBeInTheDocument();
    // The list is read again for the new version.
    await waitFor(() => expect(backend.callsTo("content_versions")).toHaveLength(2));
  });

  it("says how deals went with and without the item, and what its text in search is", async () => {
    renderItem(
      aDetail({
        win_rates: { with_item: { won: 7, closed: 10 }, without_item: { won: 7, closed: 20 } },
        uses: [
          {
            id: "u1",
            item_id: "i1",
            item_title: "Acme case study",
            kind: "shared",
            contact_id: "c1",
            contact_name: "Ada Lovelace",
            deal_id: "d1",
            deal_name: "Acme renewal",
            note: "",
            author_name: "Sam",
            used_at: "2026-12-03T10:00:00Z",
          },
        ],
      }),
    );
    expect(await screen.findByText("Won 7 of 10 closed deals where used (70%) vs 35% where not.")).toBeInTheDocument();
    const use = screen.getByRole("button", { name: "Ada Lovelace" }).closest("li")!;
    expect(use).toHaveTextContent("Shared with Ada Lovelace · Acme renewal · by Sam · Dec 3");
    expect(screen.getByText("Searchable: 12,345 characters of text.")).toBeInTheDocument();
  });

  it("says an item not yet used on a closed deal has no win rate", async () => {
    renderItem(aDetail({ item: anItem({ text: { status: "failed", message: "The PDF is password-protected.", chars: 0 } }) }));
    expect(await screen.findByText("Not used on a closed deal yet.")).toBeInTheDocument();
    expect(screen.getByText(/Couldn’t read its text: The PDF is password-protected\./)).toBeInTheDocument();
  });

  it("sends feedback, asking what to fix when it is outdated", async () => {
    const backend = renderItem(aDetail(), {
      add_content_feedback: ({ input }) =>
        (input as { comment: string }).comment
          ? [{ id: "f1", item_id: "i1", item_title: "Acme case study", rating: "outdated", comment: "2024 prices", author_name: "Sam", status: "open", created_at: "2026-12-03T10:00:00Z" }]
          : Promise.reject({ code: "validation", message: "invalid", fields: [{ field: "comment", message: "Say what is outdated or missing, so marketing can fix it." }] }),
    });
    const user = userEvent.setup();
    const form = await screen.findByRole("form", { name: "Give feedback" });
    await user.click(within(form).getByRole("radio", { name: "Outdated" }));
    await user.click(within(form).getByRole("button", { name: "Send feedback" }));
    expect(await within(form).findByText("Say what is outdated or missing, so marketing can fix it.")).toBeInTheDocument();

    await user.type(within(form).getByRole("textbox", { name: "What should change?" }), "2024 prices");
    await user.click(within(form).getByRole("button", { name: "Send feedback" }));
    await waitFor(() => expect(backend.callsTo("add_content_feedback")).toHaveLength(2));
    expect(await screen.findByText("2024 prices", { selector: "p" })).toBeInTheDocument();
  });
});
