import { describe, expect, it } from "vitest";
import { queryKeysForChange } from "./query-keys-for-change";

describe("queryKeysForChange", () => {
  const cases: { tables: string[]; keys: unknown[] }[] = [
    { tables: [], keys: [] },
    {
      tables: ["contacts"],
      keys: [["campaigns"], ["campaign"], ["campaign_records"], ["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ["today"], ["task"], ["record_tasks"], ["nudges"], ["enrollments"], ["dashboard"], ["trash"]],
    },
    {
      tables: ["companies"],
      keys: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ["today"], ["task"], ["record_tasks"], ["dashboard"], ["trash"]],
    },
    {
      tables: ["contacts", "companies"],
      keys: [["campaigns"], ["campaign"], ["campaign_records"], ["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ["today"], ["task"], ["record_tasks"], ["nudges"], ["enrollments"], ["dashboard"], ["trash"]],
    },
    { tables: ["activities"], keys: [["timeline"], ["deals"], ["deal"], ["trash"]] },
    {
      tables: ["tags"],
      keys: [["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"], ["tags"], ["content_search"], ["content"], ["trash"]],
    },
    {
      tables: ["members"],
      keys: [
        ["members"], ["profile"], ["today"], ["task"], ["record_tasks"],
        ["content_search"], ["content"], ["content_versions"], ["content_requests"], ["content_feedback"], ["library_permissions"], ["dashboard"], ["trash"],
      ],
    },
    { tables: ["workspace_settings"], keys: [["settings"], ["today"], ["dashboard"], ["trash"]] },
    { tables: ["exchange_rates"], keys: [["exchange_rates"], ["dashboard"], ["trash"]] },
    { tables: ["tax_rates"], keys: [["tax_rates"], ["products"], ["product"], ["trash"]] },
    { tables: ["products"], keys: [["products"], ["product"], ["trash"]] },
    { tables: ["product_prices", "product_tax_rates", "bundle_parts"], keys: [["products"], ["product"], ["trash"]] },
    { tables: ["saved_views"], keys: [["saved_views"], ["trash"]] },
    {
      tables: ["custom_values"],
      keys: [["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"], ["trash"]],
    },
    { tables: ["duplicate_dismissals"], keys: [["duplicates"], ["trash"]] },
    { tables: ["imports"], keys: [["imports"], ["trash"]] },
    { tables: ["tasks"], keys: [["today"], ["task"], ["record_tasks"], ["timeline"], ["enrollments"], ["trash"]] },
    { tables: ["nudges"], keys: [["nudges"], ["trash"]] },
    { tables: ["sequence_enrollments"], keys: [["enrollments"], ["sequences"], ["trash"]] },
    { tables: ["task_series", "task_links"], keys: [["today"], ["task"], ["record_tasks"], ["trash"]] },
    { tables: ["task_reminders"], keys: [["today"], ["task"], ["record_tasks"], ["trash"]] },
    { tables: ["reminder_deliveries"], keys: [["today"], ["task"], ["record_tasks"], ["trash"]] },
    {
      tables: ["content_items"],
      keys: [
        ["content_search"], ["content"], ["content_versions"], ["collections"], ["content_requests"], ["content_feedback"],
        ["timeline"], ["nudges"], ["trash"],
      ],
    },
    { tables: ["content_versions"], keys: [["content_search"], ["content"], ["content_versions"], ["trash"]] },
    { tables: ["content_terms"], keys: [["content_search"], ["content"], ["content_terms"], ["trash"]] },
    { tables: ["content_collections", "content_collection_items"], keys: [["collections"], ["content_search"], ["content"], ["trash"]] },
    { tables: ["content_uses"], keys: [["content"], ["timeline"], ["dashboard"], ["trash"]] },
    { tables: ["content_feedback"], keys: [["content"], ["content_feedback"], ["trash"]] },
    { tables: ["content_requests"], keys: [["content_requests"], ["trash"]] },
    { tables: ["quotes"], keys: [["quote"], ["deal_quotes"], ["quote_changes"], ["timeline"], ["nudges"], ["dashboard"], ["trash"]] },
    { tables: ["proposal_sections"], keys: [["quote"], ["trash"]] },
    { tables: ["some_future_table"], keys: [["trash"]] },
  ];

  it.each(cases)("a change to $tables invalidates $keys", ({ tables, keys }) => {
    expect(queryKeysForChange({ tables, ids: [] })).toEqual(keys);
  });
});
