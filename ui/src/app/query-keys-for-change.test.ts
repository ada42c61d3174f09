import { describe, expect, it } from "vitest";
import { queryKeysForChange } from "./query-keys-for-change";

describe("queryKeysForChange", () => {
  const cases: { tables: string[]; keys: unknown[] }[] = [
    { tables: [], keys: [] },
    {
      tables: ["contacts"],
      keys: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ["today"], ["task"], ["record_tasks"], ["nudges"], ["enrollments"], ["trash"]],
    },
    {
      tables: ["companies"],
      keys: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ["today"], ["task"], ["record_tasks"], ["trash"]],
    },
    {
      tables: ["contacts", "companies"],
      keys: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"], ["search"], ["duplicates"], ["today"], ["task"], ["record_tasks"], ["nudges"], ["enrollments"], ["trash"]],
    },
    { tables: ["activities"], keys: [["timeline"], ["deals"], ["deal"], ["trash"]] },
    { tables: ["tags"], keys: [["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"], ["tags"], ["trash"]] },
    { tables: ["members"], keys: [["members"], ["profile"], ["today"], ["task"], ["record_tasks"], ["trash"]] },
    { tables: ["workspace_settings"], keys: [["settings"], ["today"], ["trash"]] },
    { tables: ["exchange_rates"], keys: [["exchange_rates"], ["trash"]] },
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
    { tables: ["some_future_table"], keys: [["trash"]] },
  ];

  it.each(cases)("a change to $tables invalidates $keys", ({ tables, keys }) => {
    expect(queryKeysForChange({ tables, ids: [] })).toEqual(keys);
  });
});
