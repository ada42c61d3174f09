// Test-only: library items as the backend sends them, and file bytes.
import type { ContentFile, ContentItem } from "../../../ipc/bindings";

export function anItem(change: Partial<ContentItem> = {}): ContentItem {
  return {
    id: "item1",
    form: "file",
    title: "Globex case study",
    description: "",
    kind: "case_study",
    stage: null,
    personas: [],
    industries: [],
    products: [],
    tags: [],
    owner_id: null,
    owner_name: "",
    language: "en",
    status: "approved",
    review_by: "",
    expires_on: "",
    url: "",
    body: "",
    file: null,
    text: null,
    created_at: "2026-11-30T10:00:00Z",
    updated_at: "2026-11-30T10:00:00Z",
    ...change,
  };
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
