import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { mockBackend } from "../../../ipc/mock-backend";
import { renderWithApp } from "../../../test/render-with-app";
import { ContentPreview } from "./ContentPreview";
import { aFileItem, bytesOf } from "./preview-fixtures";

// The real pdf.js parses here, in its legacy build: the modern build needs newer built-ins than
// this Node has (Map#getOrInsertComputed, Promise.try). Without a Worker, pdf.js runs its worker
// code in-thread. jsdom has no canvas, so pages are not drawn: the end-to-end test covers that.
vi.mock("pdfjs-dist", () => import("pdfjs-dist/legacy/build/pdf.mjs"));
// Node 20 lacks Promise.withResolvers (ES2024), which even pdf.js's legacy build expects.
const promises = Promise as unknown as { withResolvers?: () => unknown };
promises.withResolvers ??= () => {
  let resolve: unknown;
  let reject: unknown;
  const promise = new Promise((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

/** A PDF of `pages` empty pages, written out by hand (pdf.js rebuilds the missing xref table). */
function aPdf(pages: number): string {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(" ");
  const objects = [
    "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj",
    `2 0 obj <</Type /Pages /Kids [${kids}] /Count ${pages}>> endobj`,
    ...Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]>> endobj`),
  ];
  return `%PDF-1.7\n${objects.join("\n")}\ntrailer <</Root 1 0 R /Size ${pages + 3}>>\n%%EOF\n`;
}

describe("ContentPreview of a PDF", () => {
  it("says a damaged PDF could not be shown, in pdf.js's own words", async () => {
    mockBackend({ content_bytes: () => bytesOf("%PDF-1.7\nthis is not a real PDF, only its first line\n") });
    renderWithApp(<ContentPreview item={aFileItem("application/pdf")} />);

    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(
      "This PDF could not be shown: the file is damaged or is not a PDF (Invalid PDF structure).",
    );
    expect(alert).toHaveTextContent("Open it in the default app to see it.");
  });

  it("says so for a file that is empty", async () => {
    mockBackend({ content_bytes: () => new ArrayBuffer(0) });
    renderWithApp(<ContentPreview item={aFileItem("application/pdf", { size: 0 })} />);

    expect(await screen.findByRole("alert", {}, { timeout: 5000 })).toHaveTextContent(/^This PDF could not be shown: .*empty/);
  });

  it("shows a loading state while pdf.js opens the file", async () => {
    mockBackend({ content_bytes: () => bytesOf(aPdf(1)) });
    renderWithApp(<ContentPreview item={aFileItem("application/pdf")} />);

    expect(await screen.findByLabelText("Opening PDF")).toHaveAttribute("aria-busy", "true");
    expect(await screen.findByText("Page 1 of 1", {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it("counts every page but offers only the first 50, sending the rest to the default app", async () => {
    mockBackend({ content_bytes: () => bytesOf(aPdf(60)) });
    renderWithApp(<ContentPreview item={aFileItem("application/pdf")} />);

    expect(await screen.findByText("Page 1 of 60", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText("Showing the first 50 of 60 pages. Open the file in the default app for the rest.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Zoom in" })).toBeEnabled();
    expect(screen.getByRole("button", { name: /Fit width/ })).toBeDisabled();
  });

  it("leaves the bytes it was given intact for the next preview", async () => {
    const bytes = bytesOf(aPdf(2));
    mockBackend({ content_bytes: () => bytes });
    renderWithApp(<ContentPreview item={aFileItem("application/pdf")} />);

    await screen.findByText("Page 1 of 2", {}, { timeout: 5000 });
    expect(bytes.byteLength).toBeGreaterThan(0);
  });
});
