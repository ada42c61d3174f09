import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mockBackend } from "../../../ipc/mock-backend";
import { renderWithApp } from "../../../test/render-with-app";
import { ContentPreview } from "./ContentPreview";
import { aFileItem, anItem, bytesOf } from "./preview-fixtures";

// jsdom has no Blob URLs; these hand out blob: URLs and remember which are still live.
const liveBlobUrls = new Set<string>();
beforeEach(() => {
  let next = 0;
  URL.createObjectURL = vi.fn(() => {
    const url = `blob:tandem/${++next}`;
    liveBlobUrls.add(url);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void liveBlobUrls.delete(url));
});
afterEach(() => liveBlobUrls.clear());

describe("ContentPreview of a file", () => {
  it("shows a PNG from a blob: URL fetched by version, and revokes the URL when it closes", async () => {
    const backend = mockBackend({ content_bytes: () => bytesOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47])) });
    const { unmount } = renderWithApp(<ContentPreview item={aFileItem("image/png", { version_id: "v7" })} />);

    const image = await screen.findByRole("img", { name: "Globex case study" });
    expect(image.getAttribute("src")).toMatch(/^blob:/);
    expect(backend.callsTo("content_bytes")).toEqual([{ versionId: "v7" }]);
    expect(liveBlobUrls.has(image.getAttribute("src")!)).toBe(true);

    unmount();
    expect(liveBlobUrls.size).toBe(0);
  });

  it("shows an SVG only as an <img>, never as markup in the page, so its script cannot run", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><circle r="4"/></svg>`;
    mockBackend({ content_bytes: () => bytesOf(svg) });
    const { container } = renderWithApp(<ContentPreview item={aFileItem("image/svg+xml")} />);

    const image = await screen.findByRole("img", { name: "Globex case study" });
    expect(image.tagName).toBe("IMG");
    expect(image.getAttribute("src")).toMatch(/^blob:/);
    expect(container.querySelector("script, circle, [onload]")).toBeNull();
    expect(container.innerHTML).not.toContain("alert");
  });

  it("renders Markdown as a document, keeps raw HTML as visible text, and loads no images", async () => {
    const markdown = [
      "# Pricing guide",
      "",
      "- Starter",
      "- Growth",
      "",
      "<img src=x onerror=alert(1)>",
      "",
      "See [our site](https://example.com/pricing) or [this](javascript:alert(1)).",
      "",
      "![Team photo](https://tracker.example.com/pixel.png)",
    ].join("\n");
    mockBackend({ content_bytes: () => bytesOf(markdown) });
    const { container } = renderWithApp(<ContentPreview item={aFileItem("text/markdown")} />);

    expect(await screen.findByRole("heading", { level: 1, name: "Pricing guide" })).toBeInTheDocument();
    const list = screen.getByRole("list");
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Starter", "Growth"]);

    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeInTheDocument();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText("[Image: Team photo]")).toBeInTheDocument();

    const site = screen.getByRole("link", { name: "our site" });
    expect(site).toHaveAttribute("href", "https://example.com/pricing");
    expect(site).toHaveAttribute("target", "_blank");
    expect(site).toHaveAttribute("rel", "noreferrer noopener");
    expect(screen.getAllByRole("link")).toHaveLength(1);
    expect(screen.getByText("this")).toBeInTheDocument();
  });

  it.each([
    ["text/plain", "Line one\n\tindented <b>not bold</b>\n"],
    ["text/csv", "name,amount\nGlobex,1200\n"],
  ])("shows %s as written in a wrapping block", async (mime, content) => {
    mockBackend({ content_bytes: () => bytesOf(content) });
    const { container } = renderWithApp(<ContentPreview item={aFileItem(mime)} />);

    await screen.findByText((_, element) => element?.tagName === "PRE");
    const pre = container.querySelector("pre")!;
    expect(pre.textContent).toBe(content);
    expect(pre.querySelector("b")).toBeNull();
  });

  it("decodes text lossily: a stray invalid byte does not hide the file", async () => {
    mockBackend({ content_bytes: () => bytesOf(new Uint8Array([0x4f, 0x4b, 0xff, 0x21])) });
    const { container } = renderWithApp(<ContentPreview item={aFileItem("text/plain; charset=utf-8")} />);

    await screen.findByText("OK\uFFFD!");
    expect(container.querySelector("pre")).not.toBeNull();
  });

  it.each([
    ["a Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "proposal.docx", "Word document · 2 KB"],
    ["an HTML page", "text/html", "landing.html", "HTML page · 2 KB"],
    ["a video", "video/mp4", "demo.mp4", "Video (MP4) · 2 KB"],
    ["an unknown type", "application/octet-stream", "deck.key", "KEY file · 2 KB"],
  ])("does not load or draw %s: it says what the file is", async (_, mime, fileName, facts) => {
    const backend = mockBackend({});
    renderWithApp(<ContentPreview item={aFileItem(mime, { file_name: fileName })} />);

    expect(screen.getByRole("heading", { name: "Preview isn't available for this file type" })).toBeInTheDocument();
    expect(screen.getByText(facts)).toBeInTheDocument();
    expect(screen.queryByText("Its text is searchable.")).not.toBeInTheDocument();
    expect(backend.calls).toEqual([]);
  });

  it("says the text of an unpreviewable file is searchable once it is indexed", () => {
    mockBackend({});
    const item = { ...aFileItem("application/vnd.ms-powerpoint"), text: { status: "indexed" as const, message: "", chars: 5120 } };
    renderWithApp(<ContentPreview item={item} />);

    expect(screen.getByText("PowerPoint presentation · 2 KB")).toBeInTheDocument();
    expect(screen.getByText("Its text is searchable.")).toBeInTheDocument();
  });

  it("shows the backend's message and a retry when the bytes cannot be read", async () => {
    let attempts = 0;
    mockBackend({
      content_bytes: () => {
        attempts += 1;
        return attempts === 1
          ? Promise.reject({ code: "not_found", message: "The file for version 1 is missing from the library folder.", fields: [] })
          : bytesOf("Back again");
      },
    });
    renderWithApp(<ContentPreview item={aFileItem("text/plain")} />);

    expect(await screen.findByRole("alert")).toHaveTextContent("The file for version 1 is missing from the library folder.");
    screen.getByRole("button", { name: "Try again" }).click();
    expect(await screen.findByText("Back again")).toBeInTheDocument();
  });

  it("shows a loading state while the bytes arrive", () => {
    mockBackend({ content_bytes: () => new Promise(() => {}) });
    renderWithApp(<ContentPreview item={aFileItem("image/png")} />);
    expect(screen.getByLabelText("Loading preview")).toHaveAttribute("aria-busy", "true");
  });
});

describe("ContentPreview of a text item", () => {
  it("shows the body as written, with merge fields as chips and markup as plain text", () => {
    mockBackend({});
    const body = "Hi {{contact.first_name}},\n\nThanks from {{ company.name }} <b>today</b>.";
    const { container } = renderWithApp(<ContentPreview item={anItem({ form: "text", body })} />);

    const chips = container.querySelectorAll(".preview-merge-field");
    expect([...chips].map((chip) => chip.textContent)).toEqual(["contact.first_name", "company.name"]);
    expect(chips[1]).toHaveAttribute("title", "Merge field {{ company.name }}");
    expect(container.querySelector(".preview-text")!.textContent).toBe(
      "Hi contact.first_name,\n\nThanks from company.name <b>today</b>.",
    );
    expect(container.querySelector("b")).toBeNull();
  });
});

describe("ContentPreview of a link", () => {
  it("shows the address as a link that opens outside the app, with its host, and embeds nothing", () => {
    mockBackend({});
    const { container } = renderWithApp(
      <ContentPreview item={anItem({ form: "link", url: "https://www.example.com/report?utm=1" })} />,
    );

    const link = screen.getByRole("link", { name: /www\.example\.com\/report/ });
    expect(link).toHaveAttribute("href", "https://www.example.com/report?utm=1");
    expect(link).toHaveAttribute("target", "_blank");
    expect(link).toHaveAttribute("rel", "noreferrer noopener");
    expect(screen.getByText("www.example.com")).toBeInTheDocument();
    expect(container.querySelector("iframe, object, embed")).toBeNull();
  });

  it("does not offer a javascript: address as a link", () => {
    mockBackend({});
    renderWithApp(<ContentPreview item={anItem({ form: "link", url: "javascript:alert(1)" })} />);

    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(screen.getByText("This link can't be opened")).toBeInTheDocument();
  });
});
