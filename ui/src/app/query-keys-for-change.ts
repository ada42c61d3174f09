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
  // A campaign's lead count and its lists of leads and deals.
  contacts: [["campaigns"], ["campaign"], ["campaign_records"], ["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ...taskViews, ["nudges"], ["enrollments"], ["dashboard"]],
  companies: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ...taskViews, ["dashboard"]],
  tags: [["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"], ["tags"], ["content_search"], ["content"]],
  pipelines: [["pipelines"], ["deals"], ["deal"]],
  pipeline_stages: [["pipelines"], ["deals"], ["deal"], ["search"], ["dashboard"]],
  deals: [["campaigns"], ["campaign"], ["campaign_records"], ["deals"], ["deal"], ["companies"], ["company"], ["timeline"], ["search"], ...taskViews, ["nudges"], ["dashboard"]],
  deal_contacts: [["deals"], ["deal"], ["timeline"]],
  activities: [["timeline"], ["deals"], ["deal"]],
  // Every conversion and cycle figure of the dashboard is computed from stage history.
  stage_history: [["timeline"], ["dashboard"]],
  // A member's role decides what the library shows them; their name shows as owner and author.
  // A role change changes what the library offers.
  members: [["members"], ["profile"], ...taskViews, ...libraryViews, ["content_requests"], ["content_feedback"], ["library_permissions"], ["dashboard"]],
  // The zone and the workday start decide which group a task falls in.
  workspace_settings: [["settings"], ["today"], ["dashboard"]],
  // Dashboard sums convert into the base currency at these rates.
  exchange_rates: [["exchange_rates"], ["dashboard"]],
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
  content_uses: [["content"], ["timeline"], ["dashboard"]],
  content_feedback: [["content"], ["content_feedback"]],
  content_requests: [["content_requests"]],
  // A quote shows on its deal (the deal's quotes), once sent or answered on the timelines, and
  // while it is about to expire among the nudges. Accepting may move the deal: its own change says so.
  quotes: [["quote"], ["deal_quotes"], ["quote_changes"], ["timeline"], ["nudges"], ["dashboard"]],
  // Revenue by product line comes from the won deals' quote lines.
  quote_lines: [["dashboard"]],
  proposal_sections: [["quote"]],
  // The rules decide every quote's approval; the brand and logo print on every proposal.
  quote_settings: [["quote_settings"], ["brand_logo"], ["quote"]],
  // Contacts and deals show their campaigns by name; the dashboard filters and sums by them.
  campaigns: [["campaigns"], ["campaign"], ["campaign_records"], ["contact"], ["deal"], ["dashboard"]],
  sales_teams: [["sales_teams"], ["dashboard"]],
  sales_team_members: [["sales_teams"], ["dashboard"]],
  quotas: [["quota_board"], ["dashboard"]],
  // Scores are derived locally; the scorer sends "lead_scores" after each pass (the contact
  // list shows them in its Score column).
  scoring_rules: [["lead_scoring"]],
  scoring_settings: [["lead_scoring"]],
  lead_scores: [["lead_score"], ["leads_to_qualify"], ["contacts"]],
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
