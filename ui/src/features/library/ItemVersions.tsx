// A file item's versions, newest first: who uploaded what and when, what changed in its description
// meanwhile ("Title: old → new"), and Restore on older ones for those who may edit.
import { useDisplayFormat } from "../../components/format-context";
import { RelativeTime } from "../../components/RelativeTime";
import { Button } from "../../components/Button";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { ContentItem } from "../../ipc/bindings";
import { formatByteSize } from "../../components/byte-size";
import { useContentVersions, useRestoreContentVersion } from "./library-queries";

export function ItemVersions({ item, mayEdit }: { item: ContentItem; mayEdit: boolean }) {
  const { locale } = useDisplayFormat();
  const versions = useContentVersions(item.id);
  const restore = useRestoreContentVersion(item.id);
  const toast = useToast();
  const current = item.file?.version_id;
  const newestFirst = [...(versions.data ?? [])].sort((a, b) => b.number - a.number);

  return (
    <section aria-labelledby="content-versions-title">
      <h3 id="content-versions-title" className="contact-detail__section">
        Versions
      </h3>
      {versions.isError && <p className="field__error">{toAppError(versions.error).message}</p>}
      <ol className="content-versions" aria-labelledby="content-versions-title">
        {newestFirst.map((version) => (
          <li key={version.id} className="content-version" aria-label={`Version ${version.number}`}>
            <div className="content-version__head">
              <span className="content-version__number tabular">v{version.number}</span>
              <span className="content-version__file">{version.file_name}</span>
              <span className="screen-header__spacer" />
              {version.id === current ? (
                <span className="chip chip--accent">Current</span>
              ) : (
                mayEdit && (
                  <Button
                    size="small"
                    disabled={restore.isPending}
                    aria-label={`Restore version ${version.number}`}
                    onClick={() =>
                      restore.mutate(version.id, {
                        onSuccess: (saved) =>
                          toast({ message: `Version ${version.number} restored${saved.file ? ` as version ${saved.file.number}` : ""}` }),
                        onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
                      })
                    }
                  >
                    Restore
                  </Button>
                )
              )}
            </div>
            <div className="content-version__meta">
              {formatByteSize(version.size, locale)}
              {version.author_name && ` · by ${version.author_name}`} · <RelativeTime iso={version.created_at} />
            </div>
            {version.note && <p className="content-version__note">{version.note}</p>}
            {version.changes.length > 0 && (
              <ul className="content-version__changes" aria-label={`Changes while version ${version.number} was current`}>
                {version.changes.map((change, index) => (
                  <li key={index}>
                    <span className="content-version__field">{change.field}:</span> {change.from || "—"} → {change.to || "—"}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
