// What people read for a campaign's channel and for how a record is attributed to it.
import type { CampaignInput, Channel, Touches } from "../../ipc/bindings";
import { dateTimeFormat } from "../../components/intl-formats";

export const channelLabels: Record<Channel, string> = {
  email: "Email",
  social: "Social",
  paid_search: "Paid search",
  events: "Events",
  content_seo: "Content / SEO",
  webinar: "Webinar",
  referral: "Referral",
  partner: "Partner",
  outbound: "Outbound",
};

export const channelOptions = Object.entries(channelLabels).map(([value, label]) => ({ value, label }));

export const touchesLabels: Record<Touches, string> = {
  first: "First touch",
  last: "Last touch",
  both: "First and last touch",
};

export const emptyCampaignInput: CampaignInput = {
  name: "",
  channel: "",
  starts_on: "",
  ends_on: "",
  budget: "",
  actual_cost: "",
  currency: "",
  goal: "",
  owner_id: null,
  utm_source: "",
  utm_medium: "",
  utm_campaign: "",
  utm_term: "",
  utm_content: "",
  notes: "",
};

/** Instant checks the form can make before asking the backend, which checks everything again. */
export function checkCampaignInput(input: CampaignInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.name.trim()) errors.name = "Enter a name for the campaign, e.g. 'Spring webinar 2026'.";
  if (!input.channel) errors.channel = "Pick the channel the campaign runs on.";
  if (!input.starts_on) errors.starts_on = "Enter the day the campaign starts.";
  if (input.ends_on && input.starts_on && input.ends_on < input.starts_on) {
    errors.ends_on = "The campaign cannot end before it starts.";
  }
  return errors;
}

/** "Mar 1 – Mar 31, 2026", "From Mar 1, 2026" for one that runs on; days are read as calendar days. */
export function campaignDates(startsOn: string, endsOn: string, locale: string): string {
  const day = (text: string) =>
    dateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }).format(
      new Date(`${text}T00:00:00Z`),
    );
  if (!startsOn) return "";
  if (!endsOn) return `From ${day(startsOn)}`;
  return `${day(startsOn)} – ${day(endsOn)}`;
}

const utmKeys = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;

/** The campaign's landing URL tagged with its UTM parameters (the empty ones left out). */
export function taggedUrl(base: string, utm: Pick<CampaignInput, "utm_source" | "utm_medium" | "utm_campaign" | "utm_term" | "utm_content">): string | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(base.trim()) ? base.trim() : `https://${base.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  // Only the UTM keys: the caller may hand over a whole campaign.
  for (const key of utmKeys) {
    if (utm[key]) url.searchParams.set(key, utm[key]);
  }
  return url.toString();
}
