import type { QuoteDetail } from "../../ipc/bindings";

/** The proposal tab of a quote: its sections, preview and PDF. (Being built; replaced whole.) */
export function ProposalEditor({ detail }: { detail: QuoteDetail }) {
  return <p>{detail.sections.length} sections</p>;
}
