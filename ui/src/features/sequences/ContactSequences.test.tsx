import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useNavigation } from "../../app/navigation-context";
import type { Enrollment, Sequence } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { dayKeyIn } from "../../components/zoned-time";
import { ContactSequences } from "./ContactSequences";

const sequence = (id: string, name: string): Sequence => ({ id, name, active: 0, steps: [] });
const outreach = sequence("s1", "New lead outreach");
const webinar = sequence("s2", "Webinar follow-up");

function anEnrollment(change: Partial<Enrollment> & { id: string }): Enrollment {
  return {
    sequence_id: "s1",
    sequence_name: "New lead outreach",
    contact_id: "c1",
    contact_name: "Ana García",
    started_on: "2026-12-01",
    status: "active",
    ended_at: null,
    open_tasks: 1,
    done_tasks: 2,
    ...change,
  };
}

function AnaSequences() {
  return (
    <>
      <ContactSequences contactId="c1" headingClassName="contact-detail__section" />
      <output data-testid="screen">{useNavigation().screen}</output>
    </>
  );
}

describe("ContactSequences", () => {
  it("points to Settings while the workspace has no sequences", async () => {
    mockBackend({ contact_enrollments: () => [], list_sequences: () => [] });
    const user = userEvent.setup();
    renderWithApp(<AnaSequences />);
    expect(await screen.findByText(/No sequences yet/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start a sequence" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Open Settings" }));
    expect(screen.getByTestId("screen")).toHaveTextContent("settings");
  });

  it("shows where each sequence stands", async () => {
    mockBackend({
      contact_enrollments: () => [
        anEnrollment({ id: "e1" }),
        anEnrollment({ id: "e2", sequence_id: "s2", sequence_name: "Webinar follow-up", status: "replied", open_tasks: 0, done_tasks: 1 }),
      ],
      list_sequences: () => [outreach, webinar],
    });
    renderWithApp(<AnaSequences />);
    const list = await screen.findByRole("list", { name: "Sequences" });
    const [active, replied] = within(list).getAllByRole("listitem");
    expect(active).toHaveTextContent("New lead outreach");
    expect(active).toHaveTextContent("Started Dec 1, 2026 · 2 of 3 done");
    expect(within(active!).getByText("Active")).toBeInTheDocument();
    expect(replied).toHaveTextContent("1 done");
    expect(within(replied!).getByText("Replied")).toBeInTheDocument();
    expect(within(replied!).queryByRole("button")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Sequences 1 active" })).toBeInTheDocument();
  });

  it("starts a sequence from today unless another day is chosen, offering only those the contact is not in", async () => {
    const backend = mockBackend({
      contact_enrollments: () => [anEnrollment({ id: "e1" })],
      list_sequences: () => [outreach, webinar],
      enroll_contact: () => anEnrollment({ id: "e2", sequence_id: "s2", sequence_name: "Webinar follow-up", open_tasks: 3, done_tasks: 0 }),
    });
    const user = userEvent.setup();
    renderWithApp(<AnaSequences />);
    await user.click(await screen.findByRole("button", { name: "Start a sequence" }));

    const form = screen.getByRole("form", { name: "Start a sequence" });
    const picker = within(form).getByLabelText("Sequence");
    expect(within(picker).getAllByRole("option").map((o) => o.textContent)).toEqual(["Webinar follow-up"]);
    expect(within(form).getByLabelText("Starts on")).toHaveValue(dayKeyIn(new Date(), "UTC"));
    await user.clear(within(form).getByLabelText("Starts on"));
    await user.type(within(form).getByLabelText("Starts on"), "2026-12-07");
    await user.click(within(form).getByRole("button", { name: "Start" }));

    expect(await screen.findByText("Started “Webinar follow-up”: 3 tasks planned")).toBeInTheDocument();
    expect(backend.callsTo("enroll_contact")).toEqual([{ sequenceId: "s2", contactId: "c1", startDate: "2026-12-07" }]);
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    expect(within(screen.getByRole("list", { name: "Sequences" })).getAllByRole("listitem")).toHaveLength(2);
  });

  it("keeps the form open with the backend's reason when starting fails", async () => {
    mockBackend({
      contact_enrollments: () => [],
      list_sequences: () => [outreach],
      enroll_contact: () => Promise.reject({ code: "conflict", message: "This contact is already in that sequence.", fields: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<AnaSequences />);
    expect(await screen.findByText(/Not in any sequence/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start a sequence" }));
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("This contact is already in that sequence.");
    expect(screen.getByRole("form", { name: "Start a sequence" })).toBeInTheDocument();
  });

  it.each([
    ["Mark as replied: New lead outreach", "Mark as replied", "replied", "“New lead outreach” ended: the contact replied"],
    ["Stop New lead outreach", "Stop sequence", "stopped", "“New lead outreach” stopped"],
  ])("ends an active sequence with %j after saying what happens to its tasks", async (action, confirm, status, toast) => {
    const backend = mockBackend({
      contact_enrollments: () => [anEnrollment({ id: "e1", open_tasks: 2 })],
      list_sequences: () => [outreach],
      end_enrollment: () => anEnrollment({ id: "e1", status: status as Enrollment["status"], open_tasks: 0 }),
    });
    const user = userEvent.setup();
    renderWithApp(<AnaSequences />);
    await user.click(await screen.findByRole("button", { name: action }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog).toHaveTextContent("Its 2 open tasks are cancelled.");
    await user.click(within(dialog).getByRole("button", { name: confirm }));

    expect(await screen.findByText(toast)).toBeInTheDocument();
    expect(backend.callsTo("end_enrollment")).toEqual([{ id: "e1", status }]);
    await waitFor(() => expect(screen.queryByRole("button", { name: action })).not.toBeInTheDocument());
  });
});
