import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { newDealDraft } from "./deal-draft";
import { pipeline } from "./deal-fixtures";
import { DealForm } from "./DealForm";

const common = {
  list_members: () => [{ id: "m1", name: "Mia Chen", email: "mia@example.com", role: "seller", is_me: true }],
  tags_in_use: () => [],
  company_names: () => [],
  list_custom_fields: () => [],
};

describe("DealForm", () => {
  it("shows the backend's field errors under their inputs and stays open", async () => {
    const backend = mockBackend({
      ...common,
      create_deal: () =>
        Promise.reject({
          code: "validation",
          message: "The deal has invalid fields.",
          fields: [{ field: "amount", message: "'12,5O' is not an amount; use digits and a dot for decimals, e.g. 12500.50." }],
        }),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithApp(
      <DealForm dealId={null} initial={newDealDraft(pipeline, "USD", "m1")} pipelines={[pipeline]} onSaved={onSaved} onCancel={vi.fn()} />,
      { screen: "deals" },
    );

    await user.type(screen.getByLabelText("Deal name"), "Acme renewal");
    await user.type(screen.getByLabelText("Amount"), "12,5O");
    await user.click(screen.getByRole("button", { name: "Save" }));

    const message = await screen.findByRole("alert");
    expect(message).toHaveTextContent("'12,5O' is not an amount");
    const amount = screen.getByLabelText("Amount");
    expect(amount).toHaveAttribute("aria-invalid", "true");
    expect(amount.getAttribute("aria-describedby")).toContain(message.id);
    expect(screen.getByLabelText("Deal name")).not.toHaveAttribute("aria-invalid");
    expect(backend.callsTo("create_deal")).toEqual([
      {
        input: {
          name: "Acme renewal",
          pipeline_id: "p1",
          stage_id: "s-lead",
          company_name: "",
          primary_contact_id: null,
          amount: "12,5O",
          currency: "USD",
          expected_close: "",
          loss_reason: "",
          source: "",
          first_campaign_id: null,
          last_campaign_id: null,
          owner_id: "m1",
          notes: "",
          tags: [],
          custom: [],
        },
      },
    ]);
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole("form", { name: "New deal" })).toBeInTheDocument();
  });

  it("asks for a loss reason when the stage is a lost one", async () => {
    const backend = mockBackend({ ...common, create_deal: () => ({}) });
    const user = userEvent.setup();
    renderWithApp(
      <DealForm dealId={null} initial={newDealDraft(pipeline, "USD", "")} pipelines={[pipeline]} onSaved={vi.fn()} onCancel={vi.fn()} />,
      { screen: "deals" },
    );
    expect(screen.queryByLabelText("Loss reason")).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Deal name"), "Initech");
    await user.selectOptions(screen.getByLabelText("Stage"), "s-lost");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.getByLabelText("Loss reason")).toHaveAttribute("aria-invalid", "true"));
    expect(backend.callsTo("create_deal")).toEqual([]);
  });

  it("takes tags one by one, suggesting the tags deals already use", async () => {
    const backend = mockBackend({ ...common, tags_in_use: () => [{ name: "Renewal", count: 3 }], create_deal: () => new Promise(() => {}) });
    const user = userEvent.setup();
    renderWithApp(
      <DealForm dealId={null} initial={newDealDraft(pipeline, "USD", "")} pipelines={[pipeline]} onSaved={vi.fn()} onCancel={vi.fn()} />,
      { screen: "deals" },
    );
    await user.type(screen.getByLabelText("Deal name"), "Acme");
    const tags = screen.getByRole("combobox", { name: "Tags" });
    await user.type(tags, "Renew");
    await user.click(await screen.findByRole("option", { name: "Renewal" }));
    await user.type(tags, "Q3 push{Enter}");

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("create_deal")).toHaveLength(1));
    expect((backend.callsTo("create_deal")[0]!.input as { tags: string[] }).tags).toEqual(["Renewal", "Q3 push"]);
    expect(backend.callsTo("tags_in_use")).toContainEqual({ table: "deals" });
  });

  it("picks the primary contact by searching as you type", async () => {
    const backend = mockBackend({
      ...common,
      list_contacts: () => ({
        total: 1,
        rows: [{ id: "c7", name: "Ana García", email: "ana@example.com", title: "", company_name: "Acme", country: "", lifecycle_stage: "lead", updated_at: "" }],
      }),
      create_deal: () => new Promise(() => {}),
    });
    const user = userEvent.setup();
    renderWithApp(
      <DealForm dealId={null} initial={newDealDraft(pipeline, "USD", "")} pipelines={[pipeline]} onSaved={vi.fn()} onCancel={vi.fn()} />,
      { screen: "deals" },
    );
    await user.type(screen.getByLabelText("Deal name"), "Acme");
    await user.type(screen.getByRole("combobox", { name: "Primary contact" }), "ana");
    await user.click(await screen.findByRole("option", { name: /Ana García/ }));
    expect(screen.getByRole("group", { name: "Primary contact" })).toHaveTextContent("Ana García");

    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => expect(backend.callsTo("create_deal")).toHaveLength(1));
    expect((backend.callsTo("create_deal")[0]!.input as { primary_contact_id: string }).primary_contact_id).toBe("c7");
  });
});
