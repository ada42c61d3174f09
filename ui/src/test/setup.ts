// Test environment: jest-dom matchers, a fresh IPC mock per test, and the browser APIs jsdom lacks.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import { resetBackendMock } from "../ipc/mock-backend";

afterEach(() => {
  cleanup();
  resetBackendMock();
});

// The virtualizer sizes itself from its viewport's clientHeight; jsdom lays nothing out.
Object.defineProperty(HTMLElement.prototype, "clientHeight", {
  configurable: true,
  get(this: HTMLElement) {
    return this.hasAttribute("data-virtual-viewport") ? 600 : 0;
  },
});
Object.defineProperty(HTMLElement.prototype, "clientWidth", {
  configurable: true,
  get(this: HTMLElement) {
    return this.hasAttribute("data-virtual-viewport") ? 900 : 0;
  },
});

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
Element.prototype.scrollIntoView ??= function scrollIntoView() {};
Element.prototype.scrollTo ??= function scrollTo() {} as typeof Element.prototype.scrollTo;
