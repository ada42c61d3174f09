// Instant feedback while typing; the backend's validation stays the authority.
import type { CompanyInput, CompanySize } from "../../ipc/bindings";

const domainShape = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** What a user may paste into Domain: "https://www.acme.com/" reads as "acme.com". */
export function bareDomain(text: string): string {
  return text.trim().toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/+$/, "");
}

export function checkCompanyInput(input: CompanyInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.name.trim()) errors.name = "Enter the company's name.";
  const domain = bareDomain(input.domain);
  if (domain && !domainShape.test(domain)) errors.domain = `'${domain}' is not a web domain such as acme.com.`;
  return errors;
}

export const sizeLabels: Record<CompanySize, string> = {
  unknown: "Unknown",
  "1-10": "1–10 people",
  "11-50": "11–50 people",
  "51-200": "51–200 people",
  "201-1000": "201–1,000 people",
  "1001-5000": "1,001–5,000 people",
  "5000+": "5,000+ people",
};

export const sizeOptions = (Object.keys(sizeLabels) as CompanySize[]).map((value) => ({ value, label: sizeLabels[value] }));

export const emptyCompanyInput: CompanyInput = {
  name: "",
  domain: "",
  industry: "",
  size: "unknown",
  country: "",
  region: "",
  address: "",
  owner_id: null,
  notes: "",
  tags: [],
  custom: [],
};
