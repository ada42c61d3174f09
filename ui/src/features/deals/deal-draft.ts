// The deal form's editable copy, and how it becomes the DealInput the backend validates.
import type { Deal, DealInput, Pipeline } from "../../ipc/bindings";

/** DealInput with the picked contact's name kept for display and tags as the typed text. */
export type DealDraft = Omit<DealInput, "tags" | "owner_id"> & {
  primary_contact_name: string;
  /** "" for no owner. */
  owner_id: string;
  /** Comma-separated, as typed. */
  tags: string;
};

export function draftFromDeal(deal: Deal): DealDraft {
  return {
    name: deal.name,
    pipeline_id: deal.pipeline_id,
    stage_id: deal.stage_id,
    company_name: deal.company_name,
    primary_contact_id: deal.primary_contact_id,
    primary_contact_name: deal.primary_contact_name,
    amount: deal.amount,
    currency: deal.currency,
    expected_close: deal.expected_close,
    loss_reason: deal.loss_reason,
    source: deal.source,
    owner_id: deal.owner_id ?? "",
    notes: deal.notes,
    tags: deal.tags.join(", "),
    custom: deal.custom,
  };
}

export function newDealDraft(pipeline: Pipeline, currency: string, ownerId: string): DealDraft {
  const firstOpen = pipeline.stages.find((s) => s.kind === "open") ?? pipeline.stages[0];
  return {
    name: "",
    pipeline_id: pipeline.id,
    stage_id: firstOpen?.id ?? "",
    company_name: "",
    primary_contact_id: null,
    primary_contact_name: "",
    amount: "",
    currency,
    expected_close: "",
    loss_reason: "",
    source: "",
    owner_id: ownerId,
    notes: "",
    tags: "",
    custom: [],
  };
}

export function inputFromDraft(draft: DealDraft): DealInput {
  const { primary_contact_name: _name, tags, owner_id, ...rest } = draft;
  return {
    ...rest,
    name: rest.name.trim(),
    amount: rest.amount.trim(),
    currency: rest.currency.trim().toUpperCase(),
    owner_id: owner_id || null,
    tags: [...new Set(tags.split(",").map((t) => t.trim()).filter(Boolean))],
  };
}

/** Instant feedback while typing; the backend's validation stays the authority. */
export function checkDealDraft(draft: DealDraft, stageKind: string | undefined): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.name.trim()) errors.name = "Name the deal, e.g. “Acme — 40 seats”.";
  if (!/^[A-Za-z]{3}$/.test(draft.currency.trim())) errors.currency = "Use a 3-letter code like USD or EUR.";
  if (stageKind === "lost" && !draft.loss_reason.trim()) errors.loss_reason = "Say why the deal was lost.";
  return errors;
}
