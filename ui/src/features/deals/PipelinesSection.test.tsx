import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { pipeline } from "./deal-fixtures";
import { PipelinesSection } from "./PipelinesSection";

describe("PipelinesSection", () => {
  it("reorders, renames and removes stages, and shows the backend's conflict message", async () => {
    const backend = mockBackend({
      list_pipelines: () => [pipeline],
      save_pipeline: () =>
        Promise.reject({ code: "conflict", message: "Stage 'Proposal' still holds 3 deals; move them first.", fields: [] }),
    });
    const user = userEvent.setup();
    renderWithApp(<PipelinesSection />, { screen: "settings" });
    const form = await screen.findByRole("form", { name: "Pipeline Sales" });

    await user.click(within(form).getByRole("button", { name: "Move Won up" }));
    await user.clear(within(form).getByLabelText("Name of stage 1"));
    await user.type(within(form).getByLabelText("Name of stage 1"), "Inbound");
    await user.click(within(form).getByRole("button", { name: "Remove Proposal" }));
    await user.click(within(form).getByRole("button", { name: "Save pipeline" }));

    expect(await within(form).findByRole("alert")).toHaveTextContent("Stage 'Proposal' still holds 3 deals; move them first.");
    expect(backend.callsTo("save_pipeline")).toEqual([
      {
        id: "p1",
        input: {
          name: "Sales",
          stages: [
            { id: "s-lead", name: "Inbound", kind: "open", probability: 10, rot_days: 14 },
            { id: "s-won", name: "Won", kind: "won", probability: 100, rot_days: 0 },
            { id: "s-lost", name: "Lost", kind: "lost", probability: 0, rot_days: 0 },
          ],
        },
      },
    ]);
  });

  it("puts a stage's validation message beside it", async () => {
    mockBackend({
      list_pipelines: () => [pipeline],
      save_pipeline: () =>
        Promise.reject({
          code: "validation",
          message: "The pipeline has invalid fields.",
          fields: [{ field: "stages.1", message: "Stage 2 needs a name." }],
        }),
    });
    const user = userEvent.setup();
    renderWithApp(<PipelinesSection />, { screen: "settings" });
    const form = await screen.findByRole("form", { name: "Pipeline Sales" });
    await user.clear(within(form).getByLabelText("Name of stage 2"));
    await user.click(within(form).getByRole("button", { name: "Save pipeline" }));
    await waitFor(() => expect(within(form).getByLabelText("Name of stage 2")).toHaveAttribute("aria-invalid", "true"));
    expect(within(form).getByRole("alert")).toHaveTextContent("Stage 2 needs a name.");
  });
});
