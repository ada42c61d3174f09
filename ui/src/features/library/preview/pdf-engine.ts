// Opens PDFs with pdf.js, loaded on first use so nothing else in the app pays for it.
//
// Only the core is used (parse in a worker, draw to a canvas): no viewer, no scripting sandbox,
// no annotation or XFA layers, nothing fetched. The worker is our own bundled file started as a
// module Worker and handed to pdf.js as its port: pdf.js would otherwise wrap the worker in a
// blob: URL (it sees tauri://localhost as an opaque origin) and, if that failed, quietly parse on
// the main thread.
import type { PDFDocumentProxy, PDFDocumentLoadingTask, PDFWorker } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";

type PdfJs = typeof import("pdfjs-dist");
type Engine = { pdfjs: PdfJs; worker: PDFWorker | null; failed: Promise<never> };

let engine: Promise<Engine> | null = null;

function startEngine(): Promise<Engine> {
  engine ??= import("pdfjs-dist")
    .then((pdfjs): Engine => {
      // jsdom has no Worker: pdf.js then runs its worker code in-thread, as it does under Node.
      if (typeof Worker === "undefined") return { pdfjs, worker: null, failed: new Promise<never>(() => {}) };
      const webWorker = new Worker(workerUrl, { type: "module", name: "pdf.js" });
      const worker = pdfjs.PDFWorker.create({ port: webWorker });
      const failed = new Promise<never>((_, reject) => {
        webWorker.addEventListener(
          "error",
          (event) => {
            engine = null;
            worker.destroy();
            webWorker.terminate();
            reject(new Error(event.message || "the PDF reader could not start"));
          },
          { once: true },
        );
      });
      failed.catch(() => {});
      return { pdfjs, worker, failed };
    })
    .catch((error: unknown) => {
      engine = null;
      throw error;
    });
  return engine;
}

export type PdfOpening = { promise: Promise<PDFDocumentProxy>; cancel: () => void };

/** Starts parsing; `cancel` stops it, or closes the document once it is open. */
export function openPdf(bytes: ArrayBuffer): PdfOpening {
  let task: PDFDocumentLoadingTask | null = null;
  let cancelled = false;
  const promise = startEngine().then(({ pdfjs, worker, failed }) => {
    if (cancelled) throw new Error("cancelled");
    task = pdfjs.getDocument({
      // A copy: pdf.js hands its buffer to the worker, which would empty the cached bytes.
      data: new Uint8Array(bytes.slice(0)),
      worker: worker ?? undefined,
      // Everything arrives in `data`; nothing is streamed or fetched.
      disableAutoFetch: true,
      disableStream: true,
      disableRange: true,
      enableXfa: false,
      stopAtErrors: false,
      disableWorkerRendering: true,
    });
    return Promise.race([task.promise, failed]);
  });
  return {
    promise,
    cancel: () => {
      cancelled = true;
      void task?.destroy();
    },
  };
}

/** Why a PDF could not be opened, said to the user. */
export function describePdfFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return "it is protected with a password.";
  if (name === "InvalidPDFException") return `the file is damaged or is not a PDF (${message.replace(/\.$/, "")}).`;
  return message;
}

export function isCancelledRender(error: unknown): boolean {
  return error instanceof Error && error.name === "RenderingCancelledException";
}
