// The filter that narrows nothing, which every list query starts from and sets only what it needs,
// and whether a filter narrows anything at all.
import type { RecordFilter } from "../../ipc/bindings";

export const emptyFilter: RecordFilter = {
  lifecycle: [],
  stage_ids: [],
  owner_ids: [],
  company_ids: [],
  tags: [],
  countries: [],
  no_activity_days: null,
  custom: [],
  campaign_ids: [],
};

export function isFilterActive(filter: RecordFilter): boolean {
  return (
    filter.lifecycle.length > 0 ||
    filter.stage_ids.length > 0 ||
    filter.owner_ids.length > 0 ||
    filter.company_ids.length > 0 ||
    filter.tags.length > 0 ||
    filter.countries.length > 0 ||
    filter.no_activity_days !== null ||
    filter.custom.length > 0 ||
    filter.campaign_ids.length > 0
  );
}
