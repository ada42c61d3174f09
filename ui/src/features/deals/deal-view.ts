// What the deal table shows (search, filter, sort), and how a saved deals view reads back into it.
import type { DealSort, Pipeline, ViewDefinition } from "../../ipc/bindings";
import { emptyFilter } from "../records/empty-filter";
import type { DealListQuery } from "./deal-queries";

/** The table's own part of a DealListQuery; the pipeline comes from the screen. */
export type DealTableQuery = Omit<DealListQuery, "pipelineId">;

export const defaultDealSort: DealSort = "recently_updated";

export const everyDeal: DealTableQuery = { search: "", filter: emptyFilter, sort: defaultDealSort };

const dealSorts: DealSort[] = ["name", "expected_close", "recently_updated", "amount", "company", "stage", "owner"];

/** A saved view stores its sort as text; anything the table doesn't know reads as the default. */
export function dealSortOf(sort: string): DealSort {
  return (dealSorts as string[]).includes(sort) ? (sort as DealSort) : defaultDealSort;
}

export function tableQueryOf(definition: ViewDefinition): DealTableQuery {
  return { search: definition.search, filter: definition.filter, sort: dealSortOf(definition.sort) };
}

/**
 * The pipeline a view's stage filter belongs to, when that is not the one on screen: stages are
 * per pipeline, so applying such a view switches pipelines rather than showing nothing.
 */
export function pipelineOfView(definition: ViewDefinition, pipelines: Pipeline[], current: Pipeline): Pipeline | undefined {
  const stageIds = definition.filter.stage_ids;
  if (stageIds.length === 0 || current.stages.some((s) => stageIds.includes(s.id))) return undefined;
  return pipelines.find((p) => p.stages.some((s) => stageIds.includes(s.id)));
}
