import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { emitOpenTask, emitOpenToday, mockBackend } from "../ipc/mock-backend";
import { renderWithApp } from "../test/render-with-app";
import { useNavigation } from "./navigation-context";
import { useOpenRequests } from "./use-open-requests";

function Where() {
  useOpenRequests();
  const { screen: current, taskPane } = useNavigation();
  return <p data-testid="where">{`${current} ${taskPane && taskPane.mode !== "new" ? taskPane.id : "-"}`}</p>;
}

describe("useOpenRequests", () => {
  it("the tray opens Today; a clicked reminder opens its task there", async () => {
    mockBackend({});
    renderWithApp(<Where />, { screen: "contacts" });
    expect(screen.getByTestId("where")).toHaveTextContent("contacts -");
    // The listeners register asynchronously; emit until the navigation shows it was heard.
    await waitFor(async () => {
      await emitOpenToday();
      expect(screen.getByTestId("where")).toHaveTextContent("today -");
    });
    await waitFor(async () => {
      await emitOpenTask("task-1");
      expect(screen.getByTestId("where")).toHaveTextContent("today task-1");
    });
  });
});
