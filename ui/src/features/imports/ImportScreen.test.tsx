import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { ImportPlan, ImportRecord, ImportRequest, StagedFile } from "../../ipc/bindings";
import { emitImportProgress, mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { ImportScreen } from "./ImportScreen";

const hubspotFile: StagedFile = {
  file_id: "f1",
  file_name: "hubspot-contacts.csv",
  format: "csv",
  encoding: "UTF-8 with BOM",
  delimiter: ";",
  headers: ["First Name", "Last Name", "Email", "Favourite colour"],
  sample_rows: [
    ["Ana", "García", "ana@example.com", "blue"],
    ["Bo", "Li", "bo@example.com", ""],
    ["Cy", "Ng", "cy@example.com", "green"],
    ["Di", "Oz", "di@example.com", "red"],
  ],
  record_count: 2400,
  mapping: { preset: "hub_spot", columns: ["first_name", "last_name", "email", "skip"] },
};

const plan: ImportPlan = {
  create: 2,
  update: 0,
  skip: 1,
  problems: [{ line: 14, message: "The line has no name and no email." }],
  problem_count: 1,
  warnings: [{ line: 7, message: "The phone “call me” is not a number; it went to the notes." }],
  warning_count: 1,
  matches: [{ line: 3, name: "Bo Li", matched_by: "email", existing: "Bo Li (bo@example.com)" }],
  match_count: 1,
};

const record: ImportRecord = {
  id: "imp1",
  file_name: "hubspot-contacts.csv",
  created_at: "2024-05-01T10:00:00Z",
  created: 2,
  updated: 0,
  skipped: 1,
  undone_at: "",
};

function csvFile(name = "hubspot-contacts.csv") {
  return new File(["First Name;Last Name;Email\nAna;García;ana@example.com\n"], name, { type: "text/csv" });
}

type Handlers = Parameters<typeof mockBackend>[0];

function setup(handlers: Handlers = {}) {
  const backend = mockBackend({
    list_imports: () => [],
    stage_import: () => hubspotFile,
    preview_import: () => plan,
    ...handlers,
  });
  const user = userEvent.setup();
  renderWithApp(<ImportScreen />, { screen: "imports" });
  return { backend, user };
}

async function chooseFile(user: ReturnType<typeof userEvent.setup>, file = csvFile()) {
  await user.upload(screen.getByLabelText("Choose a file to import"), file);
}

const previews = (backend: ReturnType<typeof mockBackend>) =>
  backend.callsTo("preview_import").map((args) => args.request as ImportRequest);

describe("ImportScreen", () => {
  it("stages the chosen file and shows what was detected, the preset and sample values", async () => {
    const { backend, user } = setup();
    expect(await screen.findByText(/No imports yet/)).toBeInTheDocument();

    await chooseFile(user);

    expect(await screen.findByRole("heading", { name: "Map columns" })).toHaveFocus();
    const [bytes] = backend.callsTo("stage_import");
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect((bytes as unknown as Uint8Array).length).toBeGreaterThan(10);

    const file = screen.getByRole("group", { name: "Chosen file" });
    expect(file).toHaveTextContent("hubspot-contacts.csv");
    expect(file).toHaveTextContent("UTF-8 with BOM");
    expect(file).toHaveTextContent("Semicolon");
    expect(file).toHaveTextContent("Records2,400");

    expect(screen.getByTestId("preset")).toHaveTextContent("Recognized a HubSpot export");
    const emailRow = screen.getByRole("row", { name: /^Email/ });
    expect(within(emailRow).getByText("ana@example.com")).toBeInTheDocument();
    expect(within(emailRow).getByText("cy@example.com")).toBeInTheDocument();
    // Three samples per column at most.
    expect(within(emailRow).queryByText("di@example.com")).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Import “Email” as" })).toHaveValue("email");
    expect(screen.getByRole("combobox", { name: "Import “Favourite colour” as" })).toHaveValue("skip");
  });

  it("warns, without blocking, when neither a name nor an email is mapped", async () => {
    const { user } = setup();
    await chooseFile(user);
    await screen.findByRole("heading", { name: "Map columns" });
    expect(screen.queryByText(/No column is imported as a name or an email/)).not.toBeInTheDocument();

    for (const column of ["First Name", "Last Name", "Email"]) {
      await user.selectOptions(screen.getByRole("combobox", { name: `Import “${column}” as` }), "skip");
    }
    expect(screen.getByText(/No column is imported as a name or an email/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Continue to review" })).toBeEnabled();
  });

  it("previews with the mapping and duplicate policy the user chose, again after each change", async () => {
    const { backend, user } = setup();
    await chooseFile(user);
    await user.selectOptions(await screen.findByRole("combobox", { name: "Import “Favourite colour” as" }), "notes");
    await user.click(screen.getByRole("button", { name: "Continue to review" }));

    expect(await screen.findByRole("heading", { name: "Review before importing" })).toHaveFocus();
    await waitFor(() => expect(previews(backend)).toHaveLength(1));
    expect(previews(backend)[0]).toEqual({
      file_id: "f1",
      mapping: { preset: "hub_spot", columns: ["first_name", "last_name", "email", "notes"] },
      duplicates: "skip",
    });

    await user.click(screen.getByRole("radio", { name: /Update them with the file’s values/ }));
    await waitFor(() => expect(previews(backend).at(-1)?.duplicates).toBe("update"));

    await user.click(screen.getByRole("button", { name: "Back to columns" }));
    await user.selectOptions(await screen.findByRole("combobox", { name: "Import “Last Name” as" }), "skip");
    await user.click(screen.getByRole("button", { name: "Continue to review" }));
    await waitFor(() =>
      expect(previews(backend).at(-1)).toEqual({
        file_id: "f1",
        mapping: { preset: "hub_spot", columns: ["first_name", "skip", "email", "notes"] },
        duplicates: "update",
      }),
    );
  });

  it("shows the dry run: totals, problems by line, matches and notes, with how many more there are", async () => {
    const { backend, user } = setup({
      preview_import: () => ({ ...plan, problem_count: 501 }),
    });
    await chooseFile(user);
    await user.click(await screen.findByRole("button", { name: "Continue to review" }));

    expect(await screen.findByTestId("plan-totals")).toHaveTextContent("Will create 2 · update 0 · skip 1");
    const problems = screen.getByRole("list", { name: "Problems" });
    expect(problems).toHaveTextContent("Line 14: The line has no name and no email.");
    expect(screen.getByText("and 500 more")).toBeInTheDocument();

    const matches = screen.getByRole("button", { name: "Matches existing contacts (1)" });
    expect(matches).toHaveAttribute("aria-expanded", "false");
    await user.click(matches);
    const table = screen.getByRole("table", { name: "Matches existing contacts" });
    expect(within(table).getByRole("row", { name: /Bo Li E-mail Bo Li \(bo@example.com\)/ })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Notes (1)" }));
    expect(screen.getByRole("list", { name: "Notes" })).toHaveTextContent("Line 7:");

    // Nothing has been written: only the dry run ran.
    expect(backend.callsTo("run_import")).toHaveLength(0);
    expect(screen.getByRole("button", { name: /^Import \d+ contacts?$/ })).toHaveTextContent("Import 2 contacts");
  });

  it("skips the mapping for a vCard file", async () => {
    const { backend, user } = setup({
      stage_import: () => ({
        ...hubspotFile,
        file_name: "people.vcf",
        format: "v_card",
        encoding: "UTF-8",
        delimiter: "",
        headers: [],
        sample_rows: [],
        mapping: { preset: "generic", columns: [] },
      }),
    });
    await chooseFile(user, new File(["BEGIN:VCARD\nEND:VCARD\n"], "people.vcf", { type: "text/vcard" }));
    expect(await screen.findByRole("heading", { name: "Review before importing" })).toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Map columns" })).not.toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Chosen file" })).toHaveTextContent("vCard");
    await waitFor(() => expect(backend.callsTo("preview_import")).toHaveLength(1));
  });

  it("shows a file the backend can't read, with a way to choose another", async () => {
    const { user } = setup({
      stage_import: () =>
        Promise.reject({ code: "validation", message: "Line 3 has a quote that is never closed.", fields: [] }),
    });
    await chooseFile(user, csvFile("broken.csv"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Couldn’t read broken.csv");
    expect(alert).toHaveTextContent("Line 3 has a quote that is never closed.");
    await user.click(within(alert).getByRole("button", { name: "Choose another file" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByLabelText("Choose a file to import")).toBeInTheDocument();
  });

  it("imports with progress, and cancelling leaves nothing imported", async () => {
    let rejectRun: (reason: unknown) => void = () => {};
    const { backend, user } = setup({
      run_import: () =>
        new Promise((_, reject) => {
          rejectRun = reject;
        }),
      cancel_import: () => {
        rejectRun({ code: "cancelled", message: "The import was cancelled; nothing was imported.", fields: [] });
        return null;
      },
    });
    await chooseFile(user);
    await user.click(await screen.findByRole("button", { name: "Continue to review" }));
    const importButton = await screen.findByRole("button", { name: "Import 2 contacts" });
    await waitFor(() => expect(importButton).toBeEnabled());
    await user.click(importButton);

    expect(await screen.findByRole("heading", { name: "Importing contacts…" })).toHaveFocus();
    await waitFor(() => expect(backend.callsTo("run_import")).toHaveLength(1));
    expect(backend.callsTo("run_import")[0]).toEqual({
      request: { file_id: "f1", mapping: hubspotFile.mapping, duplicates: "skip" },
    });
    const bar = screen.getByRole("progressbar", { name: "Importing" });
    await emitImportProgress({ file_id: "f1", done: 1000, total: 2400 });
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuenow", "1000"));
    expect(bar).toHaveAttribute("aria-valuemax", "2400");
    expect(screen.getByText("1,000 of 2,400 lines")).toBeInTheDocument();
    // Another file's progress is not this import's.
    await emitImportProgress({ file_id: "other", done: 2400, total: 2400 });
    expect(bar).toHaveAttribute("aria-valuenow", "1000");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByRole("heading", { name: "Import cancelled — nothing was imported." })).toHaveFocus();
    expect(backend.callsTo("cancel_import")).toEqual([{ fileId: "f1" }]);
    expect(screen.queryByText("Import complete")).not.toBeInTheDocument();
  });

  it("reports the finished import and undoes it, naming contacts whose newer changes were kept", async () => {
    const { backend, user } = setup({
      run_import: () => record,
      undo_import: () => ({ reverted: 3, kept_newer: ["Ana García", "Bo Li"] }),
    });
    await chooseFile(user);
    await user.click(await screen.findByRole("button", { name: "Continue to review" }));
    const importButton = await screen.findByRole("button", { name: /^Import \d+ contacts?$/ });
    await waitFor(() => expect(importButton).toBeEnabled());
    await user.click(importButton);

    expect(await screen.findByRole("heading", { name: "Import complete" })).toHaveFocus();
    expect(screen.getByTestId("import-summary")).toHaveTextContent(/Created 2\W*updated 0\W*skipped 1/);

    await user.click(screen.getByRole("button", { name: "Undo this import" }));
    const report = await screen.findByTestId("undo-report");
    expect(report).toHaveTextContent("Put back 3 records");
    expect(report).toHaveTextContent("Kept newer changes to: Ana García, Bo Li");
    expect(backend.callsTo("undo_import")).toEqual([{ id: "imp1" }]);
    expect(screen.queryByRole("button", { name: "Undo this import" })).not.toBeInTheDocument();
  });

  it("lists past imports and undoes one after confirming", async () => {
    const { backend, user } = setup({
      list_imports: () => [
        record,
        { ...record, id: "imp0", file_name: "old.csv", undone_at: "2024-04-02T09:30:00Z" },
      ],
      undo_import: () => ({ reverted: 2, kept_newer: [] }),
    });
    const latest = await screen.findByRole("row", { name: /^hubspot-contacts\.csv/ });
    expect(latest).toHaveTextContent("2 created · 0 updated · 1 skipped");
    const undone = screen.getByRole("row", { name: /^old\.csv/ });
    expect(within(undone).getByText(/^Undone on Apr 2, 2024/)).toBeInTheDocument();
    expect(within(undone).queryByRole("button")).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Undo the import of hubspot-contacts.csv" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Undo the import of hubspot-contacts.csv?" });
    expect(dialog).toHaveTextContent("The 2 contacts it created go to the Trash");
    expect(dialog).toHaveTextContent("unless");
    await user.click(within(dialog).getByRole("button", { name: "Undo import" }));

    await waitFor(() => expect(backend.callsTo("undo_import")).toEqual([{ id: "imp1" }]));
    expect(await screen.findByTestId("undo-report")).toHaveTextContent("Put back 2 records");
    expect(screen.getByTestId("undo-report")).not.toHaveTextContent("Kept newer");
  });
});
