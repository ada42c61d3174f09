// How library values read to people: kinds (with an icon), funnel stages, statuses, ratings, request states.
import {
  BookOpen,
  Clapperboard,
  File,
  FileText,
  Image,
  Link2,
  Mail,
  MessageSquareQuote,
  Presentation,
  Sheet,
  Swords,
  TextQuote,
  type LucideIcon,
} from "lucide-react";
import type { ContentKind, ContentStatus, FeedbackRating, FunnelStage, RequestStatus } from "../../ipc/bindings";

export const kindLabels: Record<ContentKind, string> = {
  case_study: "Case study",
  whitepaper: "Whitepaper",
  one_pager: "One-pager",
  battlecard: "Battlecard",
  deck: "Deck",
  product_sheet: "Product sheet",
  video: "Video",
  email_template: "Email template",
  snippet: "Snippet",
  link: "Link",
  other: "Other",
};

const kindIcons: Record<ContentKind, LucideIcon> = {
  case_study: MessageSquareQuote,
  whitepaper: BookOpen,
  one_pager: FileText,
  battlecard: Swords,
  deck: Presentation,
  product_sheet: Sheet,
  video: Clapperboard,
  email_template: Mail,
  snippet: TextQuote,
  link: Link2,
  other: File,
};

/** The icon of an item: its file's type when it has one (an image looks like an image), else its kind. */
export function contentIcon(kind: ContentKind, mime = ""): LucideIcon {
  if (mime.startsWith("image/")) return Image;
  if (mime.startsWith("video/")) return Clapperboard;
  return kindIcons[kind];
}

export const stageLabels: Record<FunnelStage, string> = {
  awareness: "Awareness",
  interest: "Interest",
  consideration: "Consideration",
  decision: "Decision",
};

export const statusLabels: Record<ContentStatus, string> = { draft: "Draft", approved: "Approved", archived: "Archived" };

export const ratingLabels: Record<FeedbackRating, string> = { useful: "Useful", outdated: "Outdated", missing: "Missing something" };

export const requestStatusLabels: Record<RequestStatus, string> = {
  open: "Open",
  planned: "Planned",
  done: "Done",
  declined: "Declined",
};

const optionsOf = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

export const kindOptions = optionsOf(kindLabels);
export const stageOptions = optionsOf(stageLabels);

/** The label of a facet value: kinds, stages and statuses have words; personas and the like are as typed. */
export function facetValueLabel(facet: string, value: string): string {
  const labels: Record<string, Record<string, string>> = { kind: kindLabels, stage: stageLabels, status: statusLabels };
  return labels[facet]?.[value] ?? value;
}
