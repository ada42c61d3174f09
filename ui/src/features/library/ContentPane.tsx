// The side pane beside the library list: one item, or its edit form. Esc closes the read-only view.
import { useNavigation, type LibraryPane } from "../../app/navigation-context";
import { DetailLoadError } from "../../components/RecordDetail";
import { useEscapeToClose } from "../../components/use-escape-to-close";
import { ItemDetail } from "./ItemDetail";
import { ItemForm } from "./ItemForm";
import { useContent } from "./library-queries";

export function ContentPane({ pane }: { pane: NonNullable<LibraryPane> }) {
  const { closeContentPane } = useNavigation();
  useEscapeToClose(pane.mode === "view", closeContentPane);
  return (
    <aside className="contact-pane content-pane" aria-label="Library item">
      {pane.mode === "view" ? <ItemDetail key={pane.id} id={pane.id} /> : <ItemEditor key={pane.id} id={pane.id} />}
    </aside>
  );
}

function ItemEditor({ id }: { id: string }) {
  const { openContent, closeContentPane } = useNavigation();
  const detail = useContent(id);
  if (detail.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading item" />;
  if (detail.isError) {
    return (
      <DetailLoadError noun="item" error={detail.error} onRetry={() => void detail.refetch()} barClassName="contact-pane__bar" onClose={closeContentPane} />
    );
  }
  return <ItemForm item={detail.data.item} onDone={() => openContent(id)} />;
}
