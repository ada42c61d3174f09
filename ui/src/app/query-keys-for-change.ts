// Which cached queries a backend "changed" batch makes stale, table by table.
import type { QueryKey } from "@tanstack/react-query";
import type { ChangeBatch } from "../ipc/bindings";

const keysByTable: Record<string, QueryKey[]> = {
  contacts: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"]],
  companies: [["contacts"], ["contact"], ["company_names"], ["companies"], ["company"], ["deals"], ["deal"], ["timeline"]],
  tags: [["contacts"], ["contact"], ["companies"], ["company"], ["deals"], ["deal"], ["tags"]],
  pipelines: [["pipelines"], ["deals"], ["deal"]],
  pipeline_stages: [["pipelines"], ["deals"], ["deal"]],
  deals: [["deals"], ["deal"], ["companies"], ["company"], ["timeline"]],
  deal_contacts: [["deals"], ["deal"], ["timeline"]],
  activities: [["timeline"], ["deals"], ["deal"]],
  stage_history: [["timeline"]],
  members: [["members"], ["profile"]],
  workspace_settings: [["settings"]],
  exchange_rates: [["exchange_rates"]],
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
