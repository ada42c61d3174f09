// A box the customer signs in with a finger, pen or mouse (signature_pad); Clear starts over.
// The ink is dark on a transparent background so it prints on the white proposal in either theme.
import { Eraser } from "lucide-react";
import SignaturePad from "signature_pad";
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import { Button } from "../../components/Button";

/** What the form reads from the pad when it is submitted. */
export type Signature = { isEmpty: () => boolean; toPng: () => string; clear: () => void };

const ink = "#17171c";

export function SignatureField({
  id,
  label,
  error,
  ref,
  onSigned,
}: {
  id: string;
  label: string;
  error?: string;
  ref: Ref<Signature>;
  /** A stroke was drawn, e.g. to clear the "please sign" error. */
  onSigned: () => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  // The pad lives as long as the field: a new callback must not wipe the signature.
  const signed = useRef(onSigned);
  useEffect(() => {
    signed.current = onSigned;
  });

  useEffect(() => {
    const element = canvas.current!;
    // Draw at the screen's pixel density so the strokes are sharp.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    if (element.offsetWidth > 0) {
      element.width = element.offsetWidth * ratio;
      element.height = element.offsetHeight * ratio;
      element.getContext("2d")?.scale(ratio, ratio);
    }
    const drawn = new SignaturePad(element, { penColor: ink, minWidth: 0.8, maxWidth: 2.4 });
    const onEndStroke = () => signed.current();
    drawn.addEventListener("endStroke", onEndStroke);
    pad.current = drawn;
    return () => {
      drawn.removeEventListener("endStroke", onEndStroke);
      drawn.off();
      pad.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      isEmpty: () => pad.current?.isEmpty() ?? true,
      toPng: () => (pad.current?.toDataURL("image/png") ?? "").replace(/^data:image\/png;base64,/, ""),
      clear: () => pad.current?.clear(),
    }),
    [],
  );

  return (
    <div className="field">
      <span className="field__label" id={`${id}-label`}>
        {label}
      </span>
      <div className="quote-signature">
        <canvas
          ref={canvas}
          id={id}
          className="quote-signature__pad"
          role="img"
          aria-labelledby={`${id}-label`}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <Button size="small" variant="ghost" className="quote-signature__clear" onClick={() => pad.current?.clear()}>
          <Eraser aria-hidden="true" />
          Clear
        </Button>
      </div>
      {error && (
        <span id={`${id}-error`} className="field__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
