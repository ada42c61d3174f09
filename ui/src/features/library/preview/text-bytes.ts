// Turns a file's bytes into text for display: UTF-8, lossy, and only the first part of huge files.

/** More than this is not put into the page; a <pre> of many megabytes stalls the webview. */
export const TEXT_PREVIEW_LIMIT = 512 * 1024;

export function decodeForPreview(bytes: ArrayBuffer): { text: string; truncated: boolean } {
  const truncated = bytes.byteLength > TEXT_PREVIEW_LIMIT;
  const view = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, TEXT_PREVIEW_LIMIT));
  // Not fatal: a stray invalid byte becomes U+FFFD instead of hiding the whole file.
  return { text: new TextDecoder("utf-8").decode(view), truncated };
}
