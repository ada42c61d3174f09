// Test-only: library items as the backend sends them, and file bytes.
import type { ContentFile, ContentItem } from "../../../ipc/bindings";
import { anItem as aLibraryItem } from "../library-fixtures";

/** A file item with nothing else said about it, so each test states what its preview depends on. */
export function anItem(change: Partial<ContentItem> = {}): ContentItem {
  return aLibraryItem({
    id: "item1",
    title: "Globex case study",
    description: "",
    stage: null,
    personas: [],
    industries: [],
    owner_id: null,
    owner_name: "",
    file: null,
    text: null,
    ...change,
  });
}

export function aFile(mime: string, change: Partial<ContentFile> = {}): ContentFile {
  return {
    version_id: "v1",
    number: 1,
    file_name: "file",
    mime,
    size: 2048,
    blob_hash: "0".repeat(64),
    created_at: "2026-11-30T10:00:00Z",
    ...change,
  };
}

export const aFileItem = (mime: string, change: Partial<ContentFile> = {}) => anItem({ file: aFile(mime, change) });

/** The bytes `content_bytes` answers with: an ArrayBuffer, as the raw Tauri response is. */
export function bytesOf(content: string | Uint8Array): ArrayBuffer {
  const view = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength) as ArrayBuffer;
}
