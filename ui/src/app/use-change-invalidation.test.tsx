import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ContactsScreen } from "../features/contacts/ContactsScreen";
import { emitChanged, mockBackend } from "../ipc/mock-backend";
import { renderWithApp } from "../test/render-with-app";
import { useChangeInvalidation } from "./use-change-invalidation";

function ContactsWithLiveUpdates() {
  useChangeInvalidation();
  return <ContactsScreen />;
}

describe("useChangeInvalidation", () => {
  it("refetches the contacts list when the backend reports a contacts change", async () => {
    let total = 1;
    const backend = mockBackend({
      list_contacts: () => ({
        total,
        rows: Array.from({ length: total }, (_, i) => ({
          id: `c${i}`,
          name: `Person ${i}`,
          email: "",
          title: "",
          company_name: "",
          country: "",
          lifecycle_stage: "lead",
          updated_at: "2024-05-01T10:00:00Z",
        })),
      }),
    });
    renderWithApp(<ContactsWithLiveUpdates />);
    expect(await screen.findByTestId("contact-count")).toHaveTextContent("1 contact");
    total = 2;
    // The listener registers asynchronously; emit until the refetch shows it heard the change.
    await waitFor(async () => {
      await emitChanged({ tables: ["contacts"], ids: ["c1"] });
      expect(screen.getByTestId("contact-count")).toHaveTextContent("2 contacts");
    });

    const before = backend.callsTo("list_contacts").length;
    await emitChanged({ tables: ["members"], ids: ["m1"] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(backend.callsTo("list_contacts")).toHaveLength(before);
  });
});
