// The filter that narrows nothing: every list query starts from it and sets only what it needs.
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
};
