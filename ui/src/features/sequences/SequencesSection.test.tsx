import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Sequence, SequenceInput } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { SequencesSection } from "./SequencesSection";

const outreach: Sequence = {
  id: "s1",
  name: "New lead outreach",
  active: 2,
  steps: [
    { id: "st1", day_offset: 0, kind: "email", title: "Intro e-mail" },
    { id: "st2", day_offset: 3, kind: "call", title: "Follow-up call" },
    { id: "st3", day_offset: 7, kind: "email", title: "Last nudge" },
  ],
};

describe("SequencesSection", () => {
  it("teaches what a sequence is for when there are none", async () => {
    mockBackend({ list_sequences: () => [] });
    renderWithApp(<SequencesSection />, { screen: "settings" });
    expect(await screen.findByText(/No sequences yet/)).toBeInTheDocument();
  });

  it("lists each sequence with its steps at a glance and how many contacts are in it", async () => {
    mockBackend({ list_sequences: () => [outreach] });
    renderWithApp(<SequencesSection />, { screen: "settings" });
    const row = (await screen.findByRole("cell", { name: "New lead outreach" })).closest("tr")!;
    expect(within(row).getByText("Day 0 email · Day 3 call · Day 7 email")).toBeInTheDocument();
    expect(within(row).getByText("2 active")).toBeInTheDocument();
  });

  it("creates a sequence whose steps fall into day order as they are typed", async () => {
    const backend = mockBackend({
      list_sequences: () => [],
      save_sequence: ({ input }) => ({ id: "s9", active: 0, ...(input as SequenceInput), steps: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<SequencesSection />, { screen: "settings" });
    await screen.findByText(/No sequences yet/);

    await user.click(screen.getByRole("button", { name: "New sequence" }));
    const dialog = await screen.findByRole("dialog", { name: "New sequence" });
    await user.type(within(dialog).getByLabelText("Name"), "Webinar follow-up");
    await user.type(within(dialog).getByLabelText("Title of step 1"), "Thanks for coming");
    await user.click(within(dialog).getByRole("button", { name: "Add step" }));
    // The new step's title takes focus, two days after the last step.
    expect(within(dialog).getByLabelText("Title of step 2")).toHaveFocus();
    expect(within(dialog).getByLabelText("Day of step 2")).toHaveValue(2);
    await user.keyboard("Call to book a demo");
    await user.selectOptions(within(dialog).getByLabelText("Kind of step 2"), "call");
    await user.click(within(dialog).getByRole("button", { name: "Add step" }));
    await user.keyboard("Send the recording");
    const day3 = within(dialog).getByLabelText("Day of step 3");
    await user.clear(day3);
    await user.type(day3, "1");
    await user.tab();
    // Day 1 moved above day 2, and focus went where Tab was going.
    expect(within(dialog).getByLabelText("Title of step 2")).toHaveValue("Send the recording");
    expect(within(dialog).getByLabelText("Kind of step 2")).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(backend.callsTo("save_sequence")).toEqual([
      {
        id: null,
        input: {
          name: "Webinar follow-up",
          steps: [
            { day_offset: 0, kind: "email", title: "Thanks for coming" },
            { day_offset: 1, kind: "email", title: "Send the recording" },
            { day_offset: 2, kind: "call", title: "Call to book a demo" },
          ],
        },
      },
    ]);
  });

  it("shows the backend's errors beside the name and the step they are about", async () => {
    mockBackend({
      list_sequences: () => [outreach],
      save_sequence: () =>
        Promise.reject({
          code: "validation",
          message: "Check the highlighted fields.",
          fields: [
            { field: "name", message: "Name the sequence, e.g. 'New lead outreach'." },
            { field: "steps.1", message: "Step 2 needs a title, e.g. 'Intro e-mail'." },
          ],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<SequencesSection />, { screen: "settings" });
    await user.click(await screen.findByRole("button", { name: "Edit New lead outreach" }));
    const dialog = await screen.findByRole("dialog", { name: "Edit sequence “New lead outreach”" });
    await user.clear(within(dialog).getByLabelText("Name"));
    await user.clear(within(dialog).getByLabelText("Title of step 2"));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByText("Name the sequence, e.g. 'New lead outreach'.")).toBeInTheDocument();
    const step2 = within(dialog).getByLabelText("Title of step 2").closest("li")!;
    expect(within(step2).getByRole("alert")).toHaveTextContent("Step 2 needs a title");
    expect(within(dialog).getByLabelText("Title of step 2")).toHaveAttribute("aria-invalid", "true");

    // Fixing the step clears its error.
    await user.type(within(dialog).getByLabelText("Title of step 2"), "Call");
    expect(within(step2).queryByRole("alert")).not.toBeInTheDocument();
  });

  it("asks for a day before saving a step without one", async () => {
    const backend = mockBackend({ list_sequences: () => [outreach], save_sequence: () => outreach });
    const user = userEvent.setup();
    renderWithApp(<SequencesSection />, { screen: "settings" });
    await user.click(await screen.findByRole("button", { name: "Edit New lead outreach" }));
    const dialog = await screen.findByRole("dialog");
    await user.clear(within(dialog).getByLabelText("Day of step 1"));
    await user.click(within(dialog).getByRole("button", { name: "Save" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("needs a day: 0 is the day the sequence starts.");
    expect(backend.callsTo("save_sequence")).toEqual([]);
  });

  it("removes a step and deletes a sequence after asking", async () => {
    const backend = mockBackend({
      list_sequences: () => [outreach],
      save_sequence: () => outreach,
      delete_sequence: () => null,
    });
    const user = userEvent.setup();
    renderWithApp(<SequencesSection />, { screen: "settings" });
    await user.click(await screen.findByRole("button", { name: "Edit New lead outreach" }));
    const dialog = await screen.findByRole("dialog");
    await user.click(within(dialog).getByRole("button", { name: "Remove step 2" }));
    expect(within(dialog).getByLabelText("Title of step 2")).toHaveValue("Last nudge");
    expect(within(dialog).getByLabelText("Title of step 2")).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("save_sequence")).toHaveLength(1));
    expect((backend.callsTo("save_sequence")[0]!.input as SequenceInput).steps.map((s) => s.title)).toEqual([
      "Intro e-mail",
      "Last nudge",
    ]);

    await user.click(screen.getByRole("button", { name: "Delete New lead outreach" }));
    await user.click(await screen.findByRole("button", { name: "Delete sequence" }));
    await waitFor(() => expect(backend.callsTo("delete_sequence")).toEqual([{ id: "s1" }]));
  });
});
