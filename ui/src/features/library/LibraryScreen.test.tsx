import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ContentQuery } from "../../ipc/bindings";
import { emitFileDrag, mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { aDetail, aHit, anItem, marketer, results, seller } from "./library-fixtures";
import { LibraryScreen } from "./LibraryScreen";

const onboarding = aHit({ id: "i1", title: "Acme onboarding case study", excerpt: "…cut onboarding from six weeks to three…" });
const battlecard = aHit({ id: "i2", title: "Globex battlecard", kind: "battlecard", stage: null, expires_on: "2020-01-01", excerpt: "Globex onboarding is manual" });

/** The handlers every library screen needs, with the search answered by `search`. */
function libraryBackend(search: (query: ContentQuery) => unknown, more: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return mockBackend({
    search_content: ({ query }) => search(query as ContentQuery),
    list_collections: () => [],
    get_profile: () => marketer,
      library_permissions: () => ({ may_curate: true }),
    ...more,
  });
}

const renderLibrary = () => renderWithApp(<LibraryScreen />, { screen: "library" });

describe("LibraryScreen", () => {
  it("searches the text inside files, highlights what matched and narrows by facets", async () => {
    const backend = libraryBackend(({ text, kinds }) =>
      results(kinds.length > 0 ? [battlecard] : text ? [onboarding, battlecard] : [onboarding, battlecard], [
        { facet: "kind", value: "case_study", count: 1 },
        { facet: "kind", value: "battlecard", count: 1 },
        { facet: "persona", value: "CFO", count: 2 },
      ]),
    );
    const user = userEvent.setup();
    renderLibrary();

    expect(await screen.findByTestId("content-count")).toHaveTextContent("2 items");
    await user.type(screen.getByRole("searchbox", { name: "Search the library" }), '"six weeks"');
    await waitFor(() => expect(backend.callsTo("search_content").at(-1)).toMatchObject({ query: { text: '"six weeks"' } }));

    const row = (await screen.findAllByTestId("content-row")).find((r) => r.getAttribute("data-content-id") === "i1")!;
    // The quoted phrase's words are marked in the passage found inside the file.
    expect([...row.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["six", "weeks"]);
    const expired = screen.getAllByTestId("content-row").find((r) => r.getAttribute("data-content-id") === "i2")!;
    expect(within(expired).getByText("Expired")).toBeInTheDocument();
    expect(within(expired).getByText("Approved")).toBeInTheDocument();

    await user.click(screen.getByRole("checkbox", { name: /Battlecard/ }));
    await waitFor(() => expect(backend.callsTo("search_content").at(-1)).toMatchObject({ query: { kinds: ["battlecard"] } }));
    expect(await screen.findByTestId("content-count")).toHaveTextContent("1 item");

    await user.click(screen.getByRole("button", { name: "Clear all" }));
    // Back to the answer already cached for the phrase alone.
    await waitFor(() => expect(screen.getByTestId("content-count")).toHaveTextContent("2 items"));
    expect(screen.getByRole("checkbox", { name: /Battlecard/ })).not.toBeChecked();
  });

  it("opens the item under the cursor with Enter", async () => {
    libraryBackend(() => results([onboarding, battlecard]), { get_content: () => aDetail(), content_versions: () => [] });
    const user = userEvent.setup();
    renderLibrary();
    await screen.findAllByTestId("content-row");
    screen.getByRole("grid", { name: "Library items" }).focus();
    await user.keyboard("j{Enter}");
    expect(await screen.findByRole("complementary", { name: "Library item" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Acme case study" })).toBeInTheDocument();
  });

  it("teaches an empty library how to fill it", async () => {
    libraryBackend(() => results([]));
    renderLibrary();
    expect(await screen.findByRole("heading", { name: "Your library is empty" })).toBeInTheDocument();
  });

  it("tells a seller with nothing approved to ask marketing", async () => {
    libraryBackend(() => results([]), { get_profile: () => seller,
      library_permissions: () => ({ may_curate: false }), content_requests: () => [] });
    const user = userEvent.setup();
    renderLibrary();
    expect(await screen.findByRole("heading", { name: "No approved content yet" })).toBeInTheDocument();
    expect(screen.queryByRole("radio", { name: "Feedback" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ask marketing for content" }));
    expect(await screen.findByRole("heading", { name: "No requests yet" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: "Requests" })).toBeChecked();
  });

  it("adds chosen files one by one, listing the one refused without stopping the others", async () => {
    const decoder = new TextDecoder();
    const backend = libraryBackend(() => results([]), {
      add_content_bytes: (bytes) => {
        const text = decoder.decode(bytes as unknown as Uint8Array);
        if (text === "huge") return Promise.reject({ code: "validation", message: "huge.pdf is 120 MB; the library takes files up to 100 MB.", fields: [] });
        return anItem({ id: `new-${text}`, title: text });
      },
    });
    const user = userEvent.setup();
    renderLibrary();
    await screen.findByRole("heading", { name: "Your library is empty" });

    const files = ["deck", "huge", "sheet"].map((name) => new File([name], `${name}.pdf`, { type: "application/pdf" }));
    await user.upload(screen.getByLabelText("Add files"), files);

    await waitFor(() => expect(backend.callsTo("add_content_bytes")).toHaveLength(3));
    const refused = await screen.findByRole("alert");
    expect(refused).toHaveTextContent("Added 2 of 3 files. 1 file wasn’t added:");
    expect(refused).toHaveTextContent("huge.pdf — huge.pdf is 120 MB; the library takes files up to 100 MB.");
    expect(await screen.findByText("Added 2 files as drafts")).toBeInTheDocument();
  });

  it("adds files dropped on the window and opens the one added", async () => {
    const backend = libraryBackend(() => results([]), {
      add_content_files: () => ({ added: [anItem({ id: "dropped" })], failed: [] }),
      get_content: () => aDetail({ item: anItem({ id: "dropped", title: "Dropped deck" }) }),
      content_versions: () => [],
    });
    renderLibrary();
    await screen.findByRole("heading", { name: "Your library is empty" });

    await act(() => emitFileDrag({ type: "over" }));
    expect(await screen.findByText("Drop to add to the library")).toBeInTheDocument();
    await act(() => emitFileDrag({ type: "drop", paths: ["/home/ada/Dropped deck.pdf"] }));

    await waitFor(() => expect(backend.callsTo("add_content_files")).toEqual([{ paths: ["/home/ada/Dropped deck.pdf"] }]));
    expect(screen.queryByText("Drop to add to the library")).not.toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Dropped deck" })).toBeInTheDocument();
  });
});
