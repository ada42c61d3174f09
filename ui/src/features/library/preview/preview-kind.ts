// Which renderer a stored file gets, decided by its MIME type alone; anything unlisted is not shown in-app.

export type PreviewKind = "pdf" | "image" | "markdown" | "plain-text" | "none";

const IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"]);

/** The media type without parameters such as "; charset=utf-8", lower-cased. */
export function essenceOf(mime: string): string {
  return (mime.split(";")[0] ?? "").trim().toLowerCase();
}

export function previewKindOf(mime: string): PreviewKind {
  const essence = essenceOf(mime);
  if (essence === "application/pdf") return "pdf";
  // SVG is listed here on purpose: it is only ever shown through <img>, which never runs its scripts.
  if (IMAGE_TYPES.has(essence)) return "image";
  if (essence === "text/markdown") return "markdown";
  if (essence === "text/plain" || essence === "text/csv") return "plain-text";
  // text/html among them: HTML is never rendered as HTML.
  return "none";
}

const TYPE_NAMES: Record<string, string> = {
  "text/html": "HTML page",
  "application/msword": "Word document",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word document",
  "application/vnd.ms-powerpoint": "PowerPoint presentation",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint presentation",
  "application/vnd.ms-excel": "Excel spreadsheet",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel spreadsheet",
  "application/vnd.oasis.opendocument.text": "OpenDocument text",
  "application/vnd.oasis.opendocument.presentation": "OpenDocument presentation",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument spreadsheet",
  "application/rtf": "Rich text document",
  "application/zip": "ZIP archive",
  "application/pdf": "PDF document",
  "text/markdown": "Markdown document",
  "text/plain": "Text file",
  "text/csv": "CSV file",
  "image/svg+xml": "SVG image",
};

/** The file's type the way people name it: "Word document", "Video (MP4)", "KEY file". */
export function fileTypeName(mime: string, fileName: string): string {
  const essence = essenceOf(mime);
  const known = TYPE_NAMES[essence];
  if (known) return known;
  const [group, subtype = ""] = essence.split("/");
  const short = subtype.replace(/^x-/, "").toUpperCase();
  if (group === "video") return short ? `Video (${short})` : "Video";
  if (group === "audio") return short ? `Audio (${short})` : "Audio";
  if (group === "image") return short ? `Image (${short})` : "Image";
  const dot = fileName.lastIndexOf(".");
  const extension = dot > 0 ? fileName.slice(dot + 1).toUpperCase() : "";
  if (extension && extension.length <= 8) return `${extension} file`;
  return essence || "Unknown type";
}
