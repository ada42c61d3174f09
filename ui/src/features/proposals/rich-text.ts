// The proposal editor's document model: only what `tandem_domain::rich_text` accepts (it refuses
// unknown node types), so StarterKit is trimmed to paragraphs, headings 1–3, lists, quotes,
// rules and hard breaks, with bold, italic, underline, strike and http(s)/mailto links.
import type { JSONContent } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";

export const emptyDocument = JSON.stringify({ type: "doc", content: [] });

const allowedLink = /^(https?:\/\/|mailto:)/i;

/** Whether the backend will print this link. */
export const isAllowedLink = (href: string) => allowedLink.test(href.trim());

/** A typed address as a link the backend accepts: "acme.com" becomes "https://acme.com"; null when it cannot be one. */
export function linkFromTyped(typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  if (isAllowedLink(text)) return text;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return `mailto:${text}`;
  return /^[^\s]+\.[^\s]+$/.test(text) ? `https://${text}` : null;
}

export const proposalExtensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    code: false,
    codeBlock: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["mailto"],
      isAllowedUri: (url) => isAllowedLink(url),
    },
  }),
];

/** A section's stored body as the editor's content; anything unreadable opens as an empty page. */
export function documentOf(body: string): JSONContent {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null && (parsed as JSONContent).type === "doc") {
      const doc = parsed as JSONContent;
      // The editor needs at least one block to put the cursor in.
      return doc.content?.length ? doc : { type: "doc", content: [{ type: "paragraph" }] };
    }
  } catch {
    // An empty or damaged body: start clean rather than refuse to open.
  }
  return { type: "doc", content: [{ type: "paragraph" }] };
}
