// Test-only: a small workspace catalog (EUR base, a JPY rate, VAT 20%) and its backend handlers.
import type { ExchangeRate, Member, Product, Role, WorkspaceSettings, WorkspaceTaxRate } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";

export const settings: WorkspaceSettings = {
  name: "Acme",
  locale: "en-US",
  time_zone: "Europe/Paris",
  base_currency: "EUR",
  fiscal_year_start_month: 1,
  workday_start: "09:00",
};

export const yenRate: ExchangeRate = { id: "r1", currency: "JPY", rate: "0.0061", valid_from: "2025-01-01" };

export const vat: WorkspaceTaxRate = { id: "vat20", name: "VAT 20%", percent: "20", active: true };
export const oldVat: WorkspaceTaxRate = { id: "vat196", name: "VAT 19.6%", percent: "19.6", active: false };

export const seat: Product = {
  id: "seat",
  sku: "SEC-SEAT",
  name: "Tandem Secure seat",
  description: "One user of Tandem Secure.",
  unit: "seat",
  billing: "monthly",
  tax_rates: [vat],
  cost: "4.10",
  max_discount: "15",
  active: true,
  prices: [
    { currency: "EUR", unit_price: "40.00" },
    { currency: "JPY", unit_price: "6500" },
  ],
  parts: [],
};

export const onboarding: Product = {
  id: "onboarding",
  sku: "ONB-DAY",
  name: "Onboarding day",
  description: "",
  unit: "day",
  billing: "one_time",
  tax_rates: [],
  cost: "",
  max_discount: "",
  active: false,
  prices: [{ currency: "EUR", unit_price: "900.00" }],
  parts: [],
};

export const starterPack: Product = {
  id: "starter",
  sku: "PACK-START",
  name: "Starter pack",
  description: "",
  unit: "item",
  billing: "one_time",
  tax_rates: [vat],
  cost: "",
  max_discount: "",
  active: true,
  prices: [{ currency: "EUR", unit_price: "1500.00" }],
  parts: [{ product_id: "seat", sku: "SEC-SEAT", name: "Tandem Secure seat", quantity: "5" }],
};

export const memberWith = (role: Role): Member => ({ id: "me", name: "Ana García", email: "ana@example.com", role, is_me: true });

type Handlers = Record<string, (args: Record<string, unknown>) => unknown>;

/** Products whose SKU or name contains the search, as the backend answers. */
export const searching =
  (products: Product[]) =>
  ({ search }: Record<string, unknown>) =>
    products.filter((p) => `${p.sku} ${p.name}`.toLowerCase().includes(String(search).toLowerCase()));

export function catalogBackend(
  { role = "admin", products = [seat, onboarding] }: { role?: Role; products?: Product[] } = {},
  handlers: Handlers = {},
) {
  return mockBackend({
    get_profile: () => memberWith(role),
    get_settings: () => settings,
    list_exchange_rates: () => [yenRate],
    list_tax_rates: () => [vat, oldVat],
    list_products: searching(products),
    ...handlers,
  });
}
