// What a user may do with an item, by what the backend says they may: marketers approve, archive and
// send back to draft; anyone shares what is not archived, fills snippets and opens files; owners of
// drafts (and marketers) upload new versions.
import { Archive, CircleCheck, ExternalLink, Send, Undo2, Upload, WandSparkles } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { ContentDetail, ContentStatus } from "../../ipc/bindings";
import { AddToCollectionMenu } from "./AddToCollectionMenu";
import { FillDialog } from "./FillDialog";
import { useSetContentStatus } from "./library-queries";
import { NewVersionDialog } from "./NewVersionDialog";
import { ShareDialog } from "./ShareDialog";

const statusMoves: { to: ContentStatus; label: string; done: string; icon: typeof Archive; primary?: boolean }[] = [
  { to: "approved", label: "Approve", done: "Approved", icon: CircleCheck, primary: true },
  { to: "draft", label: "Back to draft", done: "Back to draft", icon: Undo2 },
  { to: "archived", label: "Archive", done: "Archived", icon: Archive },
];

export function ItemActions({ detail }: { detail: ContentDetail }) {
  const item = detail.item;
  const setStatus = useSetContentStatus(item.id);
  const toast = useToast();
  const [dialog, setDialog] = useState<"share" | "fill" | "version" | null>(null);
  const fail = (error: unknown) => toast({ message: toAppError(error).message, tone: "error" });

  return (
    <div className="content-actions">
      {detail.may_curate &&
        statusMoves
          .filter((move) => move.to !== item.status)
          .map(({ to, label, done, icon: Icon, primary }) => (
            <Button
              key={to}
              size="small"
              variant={primary ? "primary" : "default"}
              disabled={setStatus.isPending}
              onClick={() => setStatus.mutate(to, { onSuccess: () => toast({ message: `${done}: “${item.title}”` }), onError: fail })}
            >
              <Icon aria-hidden="true" />
              {label}
            </Button>
          ))}
      {item.status !== "archived" && (
        <Button size="small" onClick={() => setDialog("share")}>
          <Send aria-hidden="true" />
          Share with contact…
        </Button>
      )}
      {item.form === "text" && (
        <Button size="small" onClick={() => setDialog("fill")}>
          <WandSparkles aria-hidden="true" />
          Fill for…
        </Button>
      )}
      {item.file && (
        <Button size="small" onClick={() => item.file && backend.openContent(item.file.version_id).catch(fail)} title="Open in its default app">
          <ExternalLink aria-hidden="true" />
          Open
        </Button>
      )}
      {item.form === "file" && detail.may_edit && (
        <Button size="small" onClick={() => setDialog("version")}>
          <Upload aria-hidden="true" />
          New version…
        </Button>
      )}
      {detail.may_curate && <AddToCollectionMenu itemId={item.id} itemTitle={item.title} memberOf={detail.collection_ids} />}
      {dialog === "share" && <ShareDialog detail={detail} onClose={() => setDialog(null)} />}
      {dialog === "fill" && <FillDialog item={item} onClose={() => setDialog(null)} />}
      {dialog === "version" && <NewVersionDialog item={item} onClose={() => setDialog(null)} />}
    </div>
  );
}
