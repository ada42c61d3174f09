import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { ExportTasksButton } from "./ExportTasksButton";

describe("ExportTasksButton", () => {
  it("exports the tasks it is given and says where the file went", async () => {
    const backend = mockBackend({ export_tasks: () => ({ path: "/home/ana/Documents/Tandem tasks.ics" }) });
    const user = userEvent.setup();
    renderWithApp(<ExportTasksButton scope={{ type: "record", id: "c1" }} label="Export to calendar" />);

    await user.click(screen.getByRole("button", { name: "Export to calendar" }));
    expect(await screen.findByText("Exported tasks to /home/ana/Documents/Tandem tasks.ics")).toBeInTheDocument();
    expect(backend.callsTo("export_tasks")).toEqual([{ scope: { type: "record", id: "c1" } }]);
  });

  it("says what went wrong when the file cannot be written", async () => {
    mockBackend({
      export_tasks: () => Promise.reject({ code: "io", message: "Could not write the export folder: disk full.", fields: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<ExportTasksButton scope={{ type: "all" }} label="Export all tasks (.ics)" />);

    await user.click(screen.getByRole("button", { name: "Export all tasks (.ics)" }));
    expect(await screen.findByText("Could not write the export folder: disk full.")).toBeInTheDocument();
  });
});
