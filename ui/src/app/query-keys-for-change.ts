// Which cached queries a backend "changed" batch makes stale, table by table.
import type { QueryKey } from "@tanstack/react-query";
import type { ChangeBatch } from "../ipc/bindings";

/** Everything that lists tasks: the Today view, one task, a record's tasks. */
const taskViews: QueryKey[] = [["today"], ["task"], ["record_tasks"]];

const keysByTable: Record<string, QueryKey[]> = {
  // Tasks show the names of the records they are linked to.
  // Nudges and sequence enrollments show the contact's name too.
  contacts: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ...taskViews, ["nudges"], ["enrollments"]],
  companies: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ...taskViews],
  tags: [["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"], ["tags"]],
  pipelines: [["pipelines"], ["deals"], ["deal"]],
  pipeline_stages: [["pipelines"], ["deals"], ["deal"], ["search"]],
  deals: [["deals"], ["deal"], ["companies"], ["company"], ["timeline"], ["search"], ...taskViews, ["nudges"]],
  deal_contacts: [["deals"], ["deal"], ["timeline"]],
  activities: [["timeline"], ["deals"], ["deal"]],
  stage_history: [["timeline"]],
  members: [["members"], ["profile"], ...taskViews],
  // The zone and the workday start decide which group a task falls in.
  workspace_settings: [["settings"], ["today"]],
  exchange_rates: [["exchange_rates"]],
  // A field's label or choices show in forms, panes and list filters of its table.
  custom_fields: [["custom_fields"], ["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"]],
  custom_field_options: [["custom_fields"], ["contact"], ["company"], ["deal"]],
  custom_values: [["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"]],
  saved_views: [["saved_views"]],
  // A contact's other e-mails and phones.
  contact_points: [["contacts"], ["contact"], ["search"], ["duplicates"]],
  duplicate_dismissals: [["duplicates"]],
  // The import history (an import, or its undo).
  imports: [["imports"]],
  // An enrollment counts its open and done tasks.
  tasks: [...taskViews, ["timeline"], ["enrollments"]],
  task_series: taskViews,
  task_links: taskViews,
  task_reminders: taskViews,
  reminder_deliveries: taskViews,
  nudges: [["nudges"]],
  nudge_rules: [["nudge_rules"]],
  // An enrollment shows its sequence's name; a sequence shows how many contacts are in it.
  sequences: [["sequences"], ["enrollments"]],
  sequence_steps: [["sequences"]],
  sequence_enrollments: [["enrollments"], ["sequences"]],
};

/** Every change can move a record into or out of the trash, so ["trash"] is always stale. */
export function queryKeysForChange(batch: ChangeBatch): QueryKey[] {
  if (batch.tables.length === 0) return [];
  const keys = new Map<string, QueryKey>();
  for (const table of batch.tables) {
    for (const key of keysByTable[table] ?? []) keys.set(JSON.stringify(key), key);
  }
  keys.set(JSON.stringify(["trash"]), ["trash"]);
  return [...keys.values()];
}
