// The printed proposal beside the editor, made again after each save.
import { ErrorState } from "../../components/ErrorState";
import { toAppError } from "../../ipc/app-error";
import { PdfPreview } from "../library/preview/PdfPreview";
import { PreviewLoading } from "../library/preview/PreviewLoading";
import { useProposalPdf } from "./proposal-queries";
import "../library/preview/preview.css";

export function ProposalPreview({ quoteId, revision }: { quoteId: string; revision: number }) {
  const pdf = useProposalPdf(quoteId, revision);
  return (
    <aside className="proposal-preview" aria-label="Preview" aria-busy={pdf.isFetching}>
      {pdf.data && pdf.isError && (
        <p className="proposal-preview__note" role="status">
          Showing the last preview: the new one could not be made ({toAppError(pdf.error).message}).
        </p>
      )}
      {pdf.data ? (
        <PdfPreview bytes={pdf.data} />
      ) : pdf.isError ? (
        <ErrorState title="The preview could not be made" error={pdf.error} onRetry={() => void pdf.refetch()} />
      ) : (
        <PreviewLoading label="Making the preview" />
      )}
    </aside>
  );
}
