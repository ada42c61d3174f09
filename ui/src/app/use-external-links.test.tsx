import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { mockBackend } from "../ipc/mock-backend";
import { useExternalLinks } from "./use-external-links";

function Links({ onError }: { onError: (message: string) => void }) {
  useExternalLinks(onError);
  return (
    <>
      <a href="https://example.com/webinar" target="_blank" rel="noreferrer">Webinar</a>
      <a href="mailto:ada@engines.io">Mail Ada</a>
      <a href="#details">Details</a>
    </>
  );
}

describe("useExternalLinks", () => {
  it("hands web and mail links to the OS and leaves in-page links alone", async () => {
    const backend = mockBackend({ open_link: ({ url }) => (url === "mailto:ada@engines.io" ? Promise.reject({ code: "io", message: "No mail app" }) : null) });
    const onError = vi.fn();
    render(<Links onError={onError} />);
    await userEvent.click(screen.getByText("Webinar"));
    await userEvent.click(screen.getByText("Mail Ada"));
    await userEvent.click(screen.getByText("Details"));
    expect(backend.callsTo("open_link")).toEqual([{ url: "https://example.com/webinar" }, { url: "mailto:ada@engines.io" }]);
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith("No mail app"));
  });
});
