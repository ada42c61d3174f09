// Which cached queries a backend "changed" batch makes stale, table by table.
import type { QueryKey } from "@tanstack/react-query";
import type { ChangeBatch } from "../ipc/bindings";

/** Everything that lists tasks: the Today view, one task, a record's tasks. */
const taskViews: QueryKey[] = [["today"], ["task"], ["record_tasks"]];

/** Everything that shows a library item: the search (its facets too), an item's page, its versions. */
const libraryViews: QueryKey[] = [["content_search"], ["content"], ["content_versions"]];

const keysByTable: Record<string, QueryKey[]> = {
  // Tasks show the names of the records they are linked to.
  // Nudges and sequence enrollments show the contact's name too.
  contacts: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ...taskViews, ["nudges"], ["enrollments"]],
  companies: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ...taskViews],
  tags: [["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"], ["tags"], ["content_search"], ["content"]],
  pipelines: [["pipelines"], ["deals"], ["deal"]],
  pipeline_stages: [["pipelines"], ["deals"], ["deal"], ["search"]],
  deals: [["deals"], ["deal"], ["companies"], ["company"], ["timeline"], ["search"], ...taskViews, ["nudges"]],
  deal_contacts: [["deals"], ["deal"], ["timeline"]],
  activities: [["timeline"], ["deals"], ["deal"]],
  stage_history: [["timeline"]],
  // A member's role decides what the library shows them; their name shows as owner and author.
  // A role change changes what the library offers.
  members: [["members"], ["profile"], ...taskViews, ...libraryViews, ["content_requests"], ["content_feedback"], ["library_permissions"]],
  // The zone and the workday start decide which group a task falls in.
  workspace_settings: [["settings"], ["today"]],
  exchange_rates: [["exchange_rates"]],
  // Products show their taxes' names and their parts' names and SKUs.
  tax_rates: [["tax_rates"], ["products"], ["product"]],
  products: [["products"], ["product"]],
  product_prices: [["products"], ["product"]],
  product_tax_rates: [["products"], ["product"]],
  bundle_parts: [["products"], ["product"]],
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
  // An item's title shows in collections, requests, feedback, shares on timelines and review nudges.
  content_items: [...libraryViews, ["collections"], ["content_requests"], ["content_feedback"], ["timeline"], ["nudges"]],
  content_versions: libraryViews,
  // Personas, industries and products: facets, the item's page and the form's suggestions.
  content_terms: [["content_search"], ["content"], ["content_terms"]],
  // Choosing a collection filters the search; an item's page lists the collections it is in.
  content_collections: [["collections"], ["content_search"], ["content"]],
  content_collection_items: [["collections"], ["content_search"], ["content"]],
  // A share is on the item's page (uses, win rate) and on the contact's and deal's timelines.
  content_uses: [["content"], ["timeline"]],
  content_feedback: [["content"], ["content_feedback"]],
  content_requests: [["content_requests"]],
  // A quote shows on its deal (the deal's quotes), once sent or answered on the timelines, and
  // while it is about to expire among the nudges. Accepting may move the deal: its own change says so.
  quotes: [["quote"], ["deal_quotes"], ["quote_changes"], ["timeline"], ["nudges"]],
  proposal_sections: [["quote"]],
  // The rules decide every quote's approval; the brand and logo print on every proposal.
  quote_settings: [["quote_settings"], ["brand_logo"], ["quote"]],
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
