import { describe, expect, it } from "vitest";
import { queryKeysForChange } from "./query-keys-for-change";

describe("queryKeysForChange", () => {
  const cases: { tables: string[]; keys: unknown[] }[] = [
    { tables: [], keys: [] },
    { tables: ["contacts"], keys: [["contacts"], ["contact"], ["company_names"], ["trash"]] },
    { tables: ["companies"], keys: [["contacts"], ["contact"], ["company_names"], ["trash"]] },
    {
      tables: ["contacts", "companies"],
      keys: [["contacts"], ["contact"], ["company_names"], ["trash"]],
    },
    { tables: ["members"], keys: [["members"], ["profile"], ["trash"]] },
    { tables: ["workspace_settings"], keys: [["settings"], ["trash"]] },
    { tables: ["exchange_rates"], keys: [["exchange_rates"], ["trash"]] },
    { tables: ["some_future_table"], keys: [["trash"]] },
  ];

  it.each(cases)("a change to $tables invalidates $keys", ({ tables, keys }) => {
    expect(queryKeysForChange({ tables, ids: [] })).toEqual(keys);
  });
});
