import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { ContentPane } from "./ContentPane";
import { aDetail, anItem, marketer } from "./library-fixtures";

describe("Editing a library item", () => {
  it("adds a tag from the suggestions and shows field errors from the backend on the fields", async () => {
    const backend = mockBackend({
      get_content: () => aDetail(),
      list_members: () => [marketer],
      content_terms: ({ facet }) => (facet === "persona" ? [{ name: "CFO", count: 3 }, { name: "CISO", count: 1 }] : []),
      tags_in_use: () => [{ name: "security", count: 4 }],
      update_content: ({ input }) =>
        (input as { language: string }).language === "english"
          ? Promise.reject({ code: "validation", message: "invalid", fields: [{ field: "language", message: "'english' is not a language tag; use e.g. 'en' or 'de-CH'." }] })
          : anItem(input as object),
    });
    const user = userEvent.setup();
    renderWithApp(<ContentPane pane={{ mode: "edit", id: "i1" }} />, { screen: "library" });

    const tags = await screen.findByRole("combobox", { name: "Tags" });
    await user.type(tags, "sec");
    await user.click(await screen.findByRole("option", { name: "security" }));
    const language = screen.getByRole("textbox", { name: "Language" });
    await user.clear(language);
    await user.type(language, "english");
    await user.click(screen.getByRole("button", { name: "Save" }));

    expect(await screen.findByText("'english' is not a language tag; use e.g. 'en' or 'de-CH'.")).toBeInTheDocument();
    expect(language).toHaveAttribute("aria-invalid", "true");

    await user.clear(language);
    await user.type(language, "en");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("update_content")).toHaveLength(2));
    expect(backend.callsTo("update_content")[1]).toMatchObject({ id: "i1", input: { tags: ["security"], language: "en", personas: ["CFO"] } });
  });
});
