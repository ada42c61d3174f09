// The deal form's editable copy, and how it becomes the DealInput the backend validates.
import type { Deal, DealInput, Pipeline } from "../../ipc/bindings";

/** DealInput with the picked contact's name kept for display. */
export type DealDraft = Omit<DealInput, "owner_id"> & {
  primary_contact_name: string;
  /** "" for no owner. */
  owner_id: string;
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
    first_campaign_id: deal.first_campaign_id,
    last_campaign_id: deal.last_campaign_id,
    owner_id: deal.owner_id ?? "",
    notes: deal.notes,
    tags: deal.tags,
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
    first_campaign_id: null,
    last_campaign_id: null,
    owner_id: ownerId,
    notes: "",
    tags: [],
    custom: [],
  };
}

export function inputFromDraft(draft: DealDraft): DealInput {
  const { primary_contact_name: _name, owner_id, ...rest } = draft;
  return {
    ...rest,
    name: rest.name.trim(),
    amount: rest.amount.trim(),
    currency: rest.currency.trim().toUpperCase(),
    owner_id: owner_id || null,
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
