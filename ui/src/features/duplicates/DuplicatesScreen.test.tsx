import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useChangeInvalidation } from "../../app/use-change-invalidation";
import { emitChanged, mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { anaNew, anaOld, scan } from "./duplicate-fixtures";
import { DuplicatesScreen } from "./DuplicatesScreen";

describe("DuplicatesScreen", () => {
  it("lists each group with its reason in words", async () => {
    mockBackend({ duplicate_groups: () => scan });
    renderWithApp(<DuplicatesScreen />, { screen: "duplicates" });

    expect(await screen.findByRole("group", { name: "Same e-mail ana@acme.com" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Same phone +44 20 7946 0958" })).toBeInTheDocument();
    const names = screen.getByRole("group", { name: "Similar names at Initech" });
    expect(within(names).getByText("Peter Gibons")).toBeInTheDocument();
    expect(screen.getByText("3 groups")).toBeInTheDocument();
  });

  it("“Not duplicates” remembers the pair, and for a larger group the two the user ticked", async () => {
    const backend = mockBackend({ duplicate_groups: () => scan, dismiss_duplicate: () => null });
    const user = userEvent.setup();
    renderWithApp(<DuplicatesScreen />, { screen: "duplicates" });

    const email = await screen.findByRole("group", { name: "Same e-mail ana@acme.com" });
    await user.click(within(email).getByRole("button", { name: "Not duplicates" }));
    await waitFor(() => expect(backend.callsTo("dismiss_duplicate")).toEqual([{ contactA: "c1", contactB: "c2" }]));
    expect(await screen.findByRole("status")).toHaveTextContent("Marked as not duplicates");

    const names = screen.getByRole("group", { name: "Similar names at Initech" });
    await user.click(within(names).getByRole("checkbox", { name: "Compare Peter Gibons" }));
    expect(within(names).getByRole("button", { name: "Not duplicates" })).toBeDisabled();
    await user.click(within(names).getByRole("checkbox", { name: "Compare Pete Gibbons" }));
    await user.click(within(names).getByRole("button", { name: "Not duplicates" }));
    await waitFor(() => expect(backend.callsTo("dismiss_duplicate")[1]).toEqual({ contactA: "c5", contactB: "c7" }));
  });

  it("merges with values chosen from either side, then offers Undo", async () => {
    const backend = mockBackend({
      duplicate_groups: () => scan,
      get_contact: ({ id }) => (id === "c1" ? anaOld : anaNew),
      list_custom_fields: () => [
        { id: "f1", record_table: "contacts", label: "Tier", kind: "choice", options: [{ id: "opt-gold", label: "Gold" }] },
      ],
      merge_contacts: () => ({ ...anaNew, title: "Head of Sales" }),
    });
    const user = userEvent.setup();
    renderWithApp(<DuplicatesScreen />, { screen: "duplicates" });

    const email = await screen.findByRole("group", { name: "Same e-mail ana@acme.com" });
    await user.click(within(email).getByRole("button", { name: "Review & merge" }));
    const dialog = await screen.findByRole("dialog", { name: "Review & merge" });
    await within(dialog).findByRole("radiogroup", { name: "Title" });

    // The newer record is kept by default; its title wins until the user picks the older one.
    const keep = within(dialog).getByRole("group", { name: "Keep" });
    expect(within(keep).getByRole("radio", { name: /Ana Garcia/ })).toBeChecked();
    const title = within(dialog).getByRole("radiogroup", { name: "Title" });
    expect(within(title).getByRole("radio", { name: /VP Sales/ })).toBeChecked();
    await user.click(within(title).getByRole("radio", { name: /Head of Sales/ }));
    const tier = within(dialog).getByRole("radiogroup", { name: "Tier" });
    expect(within(tier).getByRole("radio", { name: /Gold/ })).toBeChecked();
    expect(within(dialog).getByText("Tags, e-mails, phones, activities, deals of both are kept.", { exact: false })).toBeInTheDocument();

    await user.click(within(dialog).getByRole("button", { name: "Merge contacts" }));

    await waitFor(() => expect(backend.callsTo("merge_contacts")).toHaveLength(1));
    const { input } = backend.callsTo("merge_contacts")[0] as { input: { keep_id: string; merge_id: string; values: Record<string, unknown> } };
    expect(input.keep_id).toBe("c2");
    expect(input.merge_id).toBe("c1");
    expect(input.values).toMatchObject({
      first_name: "Ana",
      last_name: "Garcia",
      phone: "+442079460958",
      title: "Head of Sales",
      notes: "Met at SaaStr.",
      owner_id: "m1",
      lifecycle_stage: "opportunity",
      tags: ["Spain"],
      other_emails: [],
      custom: [{ field_id: "f1", value: "opt-gold" }],
    });
    const toast = await screen.findByRole("status");
    expect(toast).toHaveTextContent("Merged into Ana Garcia");
    expect(within(toast).getByRole("button", { name: "Undo" })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
  });

  it("closes on the merge's answer even when the contact it trashed fails to load first", async () => {
    // The app's order of events: the merge commits, its change refetches both contacts (the merged
    // one is gone), and only then does the merge's own answer arrive.
    let merged = false;
    const backend = mockBackend({
      duplicate_groups: () => scan,
      get_contact: ({ id }) =>
        merged && id === "c1" ? Promise.reject({ code: "not_found", message: "Contact was not found; it may have been deleted.", fields: [] }) : id === "c1" ? anaOld : anaNew,
      list_custom_fields: () => [],
      merge_contacts: async () => {
        merged = true;
        const asked = backend.callsTo("get_contact").length;
        await waitFor(async () => {
          await emitChanged({ tables: ["contacts"], ids: ["c1", "c2"] });
          expect(backend.callsTo("get_contact").length).toBeGreaterThan(asked + 1);
        });
        return anaNew;
      },
    });
    function LiveDuplicates() {
      useChangeInvalidation();
      return <DuplicatesScreen />;
    }
    const user = userEvent.setup();
    renderWithApp(<LiveDuplicates />, { screen: "duplicates" });

    const email = await screen.findByRole("group", { name: "Same e-mail ana@acme.com" });
    await user.click(within(email).getByRole("button", { name: "Review & merge" }));
    const dialog = await screen.findByRole("dialog", { name: "Review & merge" });
    await user.click(await within(dialog).findByRole("button", { name: "Merge contacts" }));

    expect(await screen.findByRole("status")).toHaveTextContent("Merged into Ana Garcia");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(screen.queryByText("Couldn’t load both contacts")).not.toBeInTheDocument();
  });

  it("teaches what it checks when there is nothing to review", async () => {
    mockBackend({ duplicate_groups: () => ({ total: 0, groups: [] }) });
    renderWithApp(<DuplicatesScreen />, { screen: "duplicates" });
    expect(await screen.findByRole("heading", { name: "No possible duplicates" })).toBeInTheDocument();
    expect(screen.getByText(/Tandem checks e-mails, phones and similar names at the same company/)).toBeInTheDocument();
  });

  it("says what went wrong and offers a retry when the scan fails", async () => {
    mockBackend({ duplicate_groups: () => Promise.reject({ code: "database_locked", message: "The workspace is busy.", fields: [] }) });
    renderWithApp(<DuplicatesScreen />, { screen: "duplicates" });
    expect(await screen.findByRole("heading", { name: "Couldn’t look for duplicates" })).toBeInTheDocument();
    expect(screen.getByText("The workspace is busy.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
