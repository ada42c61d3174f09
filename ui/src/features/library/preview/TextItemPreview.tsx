// A text item (snippet, e-mail template) as written, its merge fields marked as chips.
import { FileText } from "lucide-react";
import { useMemo } from "react";
import { EmptyState } from "../../../components/EmptyState";
import { splitMergeFields } from "./merge-fields";

export function TextItemPreview({ body }: { body: string }) {
  const parts = useMemo(() => splitMergeFields(body), [body]);
  if (!body.trim()) {
    return (
      <EmptyState icon={<FileText size={20} aria-hidden="true" />} title="No text yet">
        Edit the item to write its text. Merge fields such as {"{{contact.first_name}}"} are filled in when you use it.
      </EmptyState>
    );
  }
  return (
    <div className="preview-document">
      <div className="preview-text">
        {parts.map((part, index) =>
          part.kind === "text" ? (
            part.text
          ) : (
            <span key={index} className="chip chip--accent preview-merge-field" title={`Merge field ${part.raw}`}>
              {part.name}
            </span>
          ),
        )}
      </div>
    </div>
  );
}
