import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useNavigation } from "../../app/navigation-context";
import type { ContactQuery, ContactRow, ExportRequest } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { ContactsScreen } from "../contacts/ContactsScreen";
import { emptyFilter } from "../records/empty-filter";

const ana: ContactRow = {
  id: "c1",
  name: "Ana García",
  email: "ana@example.com",
  title: "Buyer",
  company_name: "Acme",
  country: "Spain",
  lifecycle_stage: "lead",
  updated_at: "2024-05-01T10:00:00Z",
  score: null,
};

/** Shows which screen the app is on, so a test can see a button navigate. */
function CurrentScreen() {
  return <output data-testid="current-screen">{useNavigation().screen}</output>;
}

describe("ExportMenu on the Contacts screen", () => {
  it("exports what the list shows, with its current search, and says where the file went", async () => {
    const backend = mockBackend({
      list_contacts: ({ query }) =>
        (query as ContactQuery).search === "" ? { total: 2000, rows: [] } : { total: 1, rows: [ana] },
      export_contacts: ({ request }) => ({
        path: (request as ExportRequest).format === "csv" ? "/home/ana/Documents/contacts.csv" : "/home/ana/Documents/contacts.vcf",
      }),
    });
    const user = userEvent.setup();
    renderWithApp(<ContactsScreen />);
    expect(await screen.findByTestId("contact-count")).toHaveTextContent("2,000 contacts");

    await user.type(screen.getByRole("searchbox", { name: "Search contacts" }), "ana");
    await waitFor(() => expect(screen.getByTestId("contact-count")).toHaveTextContent("1 contact"));

    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.click(await screen.findByRole("menuitem", { name: /Export CSV/ }));

    await waitFor(() => expect(backend.callsTo("export_contacts")).toHaveLength(1));
    expect(backend.callsTo("export_contacts")[0]).toEqual({
      request: { format: "csv", search: "ana", filter: emptyFilter },
    });
    expect(await screen.findByText("Exported 1 contact to /home/ana/Documents/contacts.csv")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Export" }));
    await user.click(await screen.findByRole("menuitem", { name: /Export vCard/ }));
    expect(await screen.findByText("Exported 1 contact to /home/ana/Documents/contacts.vcf")).toBeInTheDocument();
    expect((backend.callsTo("export_contacts")[1]?.request as ExportRequest).format).toBe("v_card");
  });

  it("opens the import wizard from the header", async () => {
    mockBackend({ list_contacts: () => ({ total: 1, rows: [ana] }) });
    const user = userEvent.setup();
    renderWithApp(
      <>
        <ContactsScreen />
        <CurrentScreen />
      </>,
    );
    await user.click(await screen.findByRole("button", { name: "Import" }));
    expect(screen.getByTestId("current-screen")).toHaveTextContent("imports");
  });
});
