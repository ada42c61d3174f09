// The brand's logo: shown when there is one, replaced from a PNG, JPEG or SVG file, or removed.
// Both act at once, apart from the settings form's Save.
import { ImagePlus, Trash2 } from "lucide-react";
import { useRef } from "react";
import { Button } from "../../components/Button";
import { FailureBanner } from "../../components/FailureBanner";
import { toAppError } from "../../ipc/app-error";
import { BlobImage } from "../library/preview/BlobImage";
import { useBrandLogo, useClearBrandLogo, useSetBrandLogo } from "./quote-settings-queries";
import "../library/preview/preview.css";

/** PNG and JPEG say what they are in their first bytes; anything else the backend took is SVG. */
function logoMime(bytes: ArrayBuffer): string {
  const head = new Uint8Array(bytes.slice(0, 4));
  if (head[0] === 0x89 && head[1] === 0x50) return "image/png";
  if (head[0] === 0xff && head[1] === 0xd8) return "image/jpeg";
  return "image/svg+xml";
}

export function BrandLogoField({ hasLogo, mayEdit }: { hasLogo: boolean; mayEdit: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const logo = useBrandLogo(hasLogo);
  const upload = useSetBrandLogo();
  const clear = useClearBrandLogo();
  const failed = upload.error ?? clear.error ?? (hasLogo ? logo.error : null);
  const busy = upload.isPending || clear.isPending;

  return (
    <div className="field brand-logo" role="group" aria-labelledby="qs-logo-label">
      <span id="qs-logo-label" className="field__label">
        Logo
      </span>
      <div className="brand-logo__row">
        <div className="brand-logo__frame">
          {!hasLogo ? (
            <span className="brand-logo__none">No logo</span>
          ) : logo.data ? (
            <BlobImage bytes={logo.data} mime={logoMime(logo.data)} alt="The brand’s logo" />
          ) : (
            <span className="skeleton brand-logo__loading" aria-label="Loading the logo" />
          )}
        </div>
        {mayEdit && (
          <div className="brand-logo__actions">
            <input
              ref={input}
              type="file"
              accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
              aria-label="Logo file"
              className="visually-hidden"
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                // Choosing the same file again must fire another change.
                e.target.value = "";
                if (file) {
                  clear.reset();
                  upload.mutate(file);
                }
              }}
            />
            <Button size="small" disabled={busy} onClick={() => input.current?.click()}>
              <ImagePlus aria-hidden="true" />
              {hasLogo ? "Replace logo…" : "Upload logo…"}
            </Button>
            {hasLogo && (
              <Button
                size="small"
                variant="ghost"
                disabled={busy}
                onClick={() => {
                  upload.reset();
                  clear.mutate();
                }}
              >
                <Trash2 aria-hidden="true" />
                Remove logo
              </Button>
            )}
            <span className="field__hint">PNG, JPEG or SVG. It prints at the top of the cover page.</span>
          </div>
        )}
      </div>
      <FailureBanner message={failed ? toAppError(failed).message : null} />
    </div>
  );
}
