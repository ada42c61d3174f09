// How each member role reads to people.
import type { Role } from "../ipc/bindings";

export const roleLabels: Record<Role, string> = {
  admin: "Admin",
  sales_manager: "Sales manager",
  seller: "Seller",
  marketer: "Marketer",
};

export const roleOptions = (Object.keys(roleLabels) as Role[]).map((value) => ({
  value,
  label: roleLabels[value],
}));
