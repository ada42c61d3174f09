// An image shown from its bytes through a Blob URL. SVG goes through here too: as an <img> it
// renders as a picture and its scripts never run; it is never put into the page as markup.
import { ImageOff } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { EmptyState } from "../../../components/EmptyState";

export function BlobImage({ bytes, mime, alt }: { bytes: ArrayBuffer; mime: string; alt: string }) {
  const image = useRef<HTMLImageElement>(null);
  const [broken, setBroken] = useState(false);

  // The URL is made and revoked by the same effect run, so StrictMode's second run gets its own.
  useEffect(() => {
    const element = image.current;
    if (!element) return;
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    element.src = url;
    return () => {
      element.removeAttribute("src");
      URL.revokeObjectURL(url);
    };
  }, [bytes, mime]);

  if (broken) {
    return (
      <EmptyState icon={<ImageOff size={20} aria-hidden="true" />} title="This image could not be shown">
        The file may be damaged. Open it in the default app to check.
      </EmptyState>
    );
  }
  return (
    <div className="preview-image">
      <img ref={image} alt={alt} onError={() => setBroken(true)} />
    </div>
  );
}
