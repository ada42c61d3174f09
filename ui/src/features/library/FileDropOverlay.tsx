// Files dragged onto the window while the library shows: a calm full-window target, and the drop
// goes into the library. The webview takes native drops, so the events come from src/ipc, not the DOM.
import { FileUp } from "lucide-react";
import { useState } from "react";
import { onFileDragHover, onFilesDropped } from "../../ipc/events";
import { useBackendEvent } from "../../app/use-backend-event";

export function FileDropOverlay({ onDrop }: { onDrop: (paths: string[]) => void }) {
  const [over, setOver] = useState(false);
  useBackendEvent(onFileDragHover, setOver);
  useBackendEvent(onFilesDropped, (paths: string[]) => {
    setOver(false);
    onDrop(paths);
  });
  if (!over) return null;
  return (
    <div className="library-drop" role="status">
      <div className="library-drop__target">
        <FileUp size={22} aria-hidden="true" />
        <p className="library-drop__title">Drop to add to the library</p>
        <p className="library-drop__hint">Each file becomes a draft; its text becomes searchable.</p>
      </div>
    </div>
  );
}
