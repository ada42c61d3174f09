// A PDF drawn page by page onto canvases: pages near the view are drawn, pages far from it are
// released, so a long document costs a few canvases, not one per page.
import { FileWarning, Maximize2, ZoomIn, ZoomOut } from "lucide-react";
import type { PDFDocumentProxy } from "pdfjs-dist";
import { useEffect, useRef, useState } from "react";
import { Button } from "../../../components/Button";
import { EmptyState } from "../../../components/EmptyState";
import { describePdfFailure, isCancelledRender, openPdf } from "./pdf-engine";
import { PreviewLoading } from "./PreviewLoading";

/** Pages shown in-app; the rest is for the default app. */
export const PDF_PAGE_CAP = 50;
/** Zoom steps, as multiples of the pane's width. */
const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
/** No canvas gets more device pixels than this (~64 MB of RGBA); beyond it pages draw softer. */
const MAX_CANVAS_PIXELS = 16_000_000;
/** PDF sizes are in points (1/72 in); CSS pixels are 1/96 in. 100% zoom is the printed size. */
const CSS_PX_PER_PT = 96 / 72;
/** Room kept around the page inside the pane. */
const PAGE_GUTTER = 32;

type Opened = { status: "opening" } | { status: "open"; doc: PDFDocumentProxy } | { status: "failed"; reason: string };

export function PdfPreview({ bytes }: { bytes: ArrayBuffer }) {
  const [opened, setOpened] = useState<Opened>({ status: "opening" });

  useEffect(() => {
    let live = true;
    const opening = openPdf(bytes);
    opening.promise.then(
      (doc) => live && setOpened({ status: "open", doc }),
      (error: unknown) => live && setOpened({ status: "failed", reason: describePdfFailure(error) }),
    );
    return () => {
      live = false;
      opening.cancel();
    };
  }, [bytes]);

  if (opened.status === "opening") return <PreviewLoading label="Opening PDF" />;
  if (opened.status === "failed") {
    return (
      <div role="alert">
        <EmptyState
          icon={<FileWarning size={20} aria-hidden="true" />}
          title={`This PDF could not be shown: ${opened.reason}`}
        >
          Open it in the default app to see it.
        </EmptyState>
      </div>
    );
  }
  return <PdfPages doc={opened.doc} />;
}

function PdfPages({ doc }: { doc: PDFDocumentProxy }) {
  const shown = Math.min(doc.numPages, PDF_PAGE_CAP);
  const pane = useRef<HTMLDivElement>(null);
  const [paneWidth, setPaneWidth] = useState(0);
  const [firstPage, setFirstPage] = useState<{ width: number; height: number } | null>(null);
  const [zoom, setZoom] = useState(1);
  const [current, setCurrent] = useState(1);
  const ratios = useRef(new Map<number, number>());
  const fitWidth = Math.max(0, paneWidth - PAGE_GUTTER);
  const pageWidth = Math.round(fitWidth * zoom);
  const laidOut = firstPage !== null && pageWidth > 0;

  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const measure = () => setPaneWidth(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let live = true;
    doc.getPage(1).then(
      (page) => {
        const { width, height } = page.getViewport({ scale: 1 });
        if (live) setFirstPage({ width, height });
      },
      // A broken first page still lays out the others (at Letter size); it says why on its own sheet.
      () => live && setFirstPage({ width: 612, height: 792 }),
    );
    return () => {
      live = false;
    };
  }, [doc]);

  // "Page 3 of 12": the page taking up most of the view.
  useEffect(() => {
    const element = pane.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const seen = ratios.current;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          seen.set(Number((entry.target as HTMLElement).dataset.page), entry.intersectionRatio);
        }
        let best = 0;
        let bestRatio = 0;
        for (const [page, ratio] of seen) {
          if (ratio > bestRatio || (ratio === bestRatio && ratio > 0 && page < best)) [best, bestRatio] = [page, ratio];
        }
        if (best) setCurrent(best);
      },
      { threshold: [0, 0.1, 0.25, 0.5, 0.75, 1] },
    );
    element.querySelectorAll("[data-page]").forEach((page) => observer.observe(page));
    return () => observer.disconnect();
  }, [shown, laidOut]);

  const zoomIndex = ZOOM_STEPS.indexOf(zoom);
  const step = (by: number) => setZoom((from) => ZOOM_STEPS[ZOOM_STEPS.indexOf(from) + by] ?? from);

  return (
    <div className="preview-pdf">
      <div className="preview-pdf__bar" role="toolbar" aria-label="PDF">
        <span className="preview-pdf__page">
          Page {current} of {doc.numPages}
        </span>
        <span className="preview-pdf__zoom">
          <Button size="small" variant="ghost" aria-label="Zoom out" title="Zoom out" disabled={zoomIndex <= 0} onClick={() => step(-1)}>
            <ZoomOut aria-hidden="true" />
          </Button>
          <span className="preview-pdf__percent" title="Of the page's printed size">
            {firstPage && pageWidth > 0 ? `${Math.round((pageWidth / (firstPage.width * CSS_PX_PER_PT)) * 100)}%` : ""}
          </span>
          <Button
            size="small"
            variant="ghost"
            aria-label="Zoom in"
            title="Zoom in"
            disabled={zoomIndex >= ZOOM_STEPS.length - 1}
            onClick={() => step(1)}
          >
            <ZoomIn aria-hidden="true" />
          </Button>
          <Button size="small" variant="ghost" title="Fit to the pane's width" disabled={zoom === 1} onClick={() => setZoom(1)}>
            <Maximize2 aria-hidden="true" />
            Fit width
          </Button>
        </span>
      </div>
      <div className="preview-pdf__pages" ref={pane}>
        {laidOut &&
          Array.from({ length: shown }, (_, index) => (
            <PdfPage
              key={index + 1}
              doc={doc}
              number={index + 1}
              width={pageWidth}
              guessAspect={firstPage.height / firstPage.width}
            />
          ))}
        {doc.numPages > shown && (
          <p className="preview-note">
            Showing the first {shown} of {doc.numPages} pages. Open the file in the default app for the rest.
          </p>
        )}
      </div>
    </div>
  );
}

function PdfPage({ doc, number, width, guessAspect }: { doc: PDFDocumentProxy; number: number; width: number; guessAspect: number }) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(typeof IntersectionObserver === "undefined");
  const [aspect, setAspect] = useState<number | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    const element = frame.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    // Drawn a little before it scrolls in; released once it is well out of view.
    const observer = new IntersectionObserver(([entry]) => setNear(entry?.isIntersecting ?? false), {
      rootMargin: "150% 0px",
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!near) return;
    let live = true;
    let cancel = () => {};
    doc
      .getPage(number)
      .then((page) => {
        const target = canvas.current;
        if (!live || !target) return;
        const natural = page.getViewport({ scale: 1 });
        setAspect(natural.height / natural.width);
        const viewport = page.getViewport({ scale: width / natural.width });
        const wanted = window.devicePixelRatio || 1;
        const scale = Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)));
        target.width = Math.floor(viewport.width * scale);
        target.height = Math.floor(viewport.height * scale);
        const task = page.render({
          canvas: target,
          viewport,
          transform: scale === 1 ? undefined : [scale, 0, 0, scale, 0, 0],
        });
        cancel = () => task.cancel();
        return task.promise;
      })
      .then(
        () => live && setFailed(null),
        (error: unknown) => {
          if (live && !isCancelledRender(error)) setFailed(error instanceof Error ? error.message : String(error));
        },
      );
    return () => {
      live = false;
      cancel();
    };
  }, [doc, number, width, near]);

  const height = Math.round(width * (aspect ?? guessAspect));
  return (
    <div
      ref={frame}
      className="preview-pdf__sheet"
      data-page={number}
      style={{ width, height }}
      aria-label={`Page ${number}`}
      role="img"
    >
      {near && <canvas ref={canvas} style={{ width, height }} />}
      {failed && <p className="preview-pdf__sheet-error">Page {number} could not be drawn: {failed}</p>}
    </div>
  );
}
