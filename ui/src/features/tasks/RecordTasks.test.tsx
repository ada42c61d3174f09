import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useNavigation } from "../../app/navigation-context";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { RecordTasks } from "./RecordTasks";
import { aTask } from "./task-fixtures";

/** Shows where "+ Task" and a click on a task take the user. */
function CompanyTasks() {
  const { screen: current, taskPane } = useNavigation();
  return (
    <>
      <RecordTasks table="companies" id="co1" name="Acme" headingClassName="contact-detail__section" />
      <output data-testid="place">{JSON.stringify({ current, taskPane })}</output>
    </>
  );
}

describe("RecordTasks", () => {
  it("lists a company's open tasks, folds the done ones, and starts a task linked to the company", async () => {
    const backend = mockBackend({
      record_tasks: () => [
        aTask({ id: "t1", title: "Renewal call" }),
        aTask({ id: "t2", title: "Send the contract", status: "done", completed_at: "2026-12-01T10:00:00Z" }),
      ],
    });
    const user = userEvent.setup();
    renderWithApp(<CompanyTasks />, { screen: "companies" });

    const open = await screen.findByRole("list", { name: "Open tasks" });
    expect(within(open).getByText("Renewal call")).toBeInTheDocument();
    expect(backend.callsTo("record_tasks")).toEqual([{ recordId: "co1" }]);
    expect(screen.queryByText("Send the contract")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "1 done" }));
    expect(within(screen.getByRole("list", { name: "Done tasks" })).getByText("Send the contract")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Task" }));
    expect(JSON.parse(screen.getByTestId("place").textContent!)).toEqual({
      current: "today",
      taskPane: { mode: "new", links: [{ record_table: "companies", record_id: "co1", name: "Acme" }] },
    });

    await user.click(screen.getByRole("button", { name: "Renewal call" }));
    expect(JSON.parse(screen.getByTestId("place").textContent!).taskPane).toEqual({ mode: "view", id: "t1" });
  });
});
