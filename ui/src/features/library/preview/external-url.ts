// Which addresses a preview may offer to open: web and mail links only, never app-relative or
// local ones (those would navigate Tandem's own window or reach into the file system).

export function externalUrl(href: string | null | undefined): URL | null {
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:" ? url : null;
}
