import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { useNavigation } from "../../app/navigation-context";
import type { ContactQuery, ContactRow } from "../../ipc/bindings";
import { mockBackend } from "../../ipc/mock-backend";
import { renderWithApp } from "../../test/render-with-app";
import { CompanyPeople } from "./CompanyPeople";

function people({ offset, limit }: ContactQuery, total: number): ContactRow[] {
  return Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({
    id: `c${offset + i}`,
    name: `Person ${offset + i}`,
    email: `p${offset + i}@initech.com`,
    title: i === 0 ? "CTO" : "",
    company_name: "Initech",
    country: "",
    lifecycle_stage: i === 0 ? "customer" : "lead",
    updated_at: "2026-02-01T10:00:00Z",
    score: null,
  }));
}

function OpenContact() {
  const { pane } = useNavigation();
  return <output data-testid="pane">{JSON.stringify(pane)}</output>;
}

describe("CompanyPeople", () => {
  it("lists the company's people by name and opens one", async () => {
    const backend = mockBackend({ list_contacts: ({ query }) => ({ total: 3, rows: people(query as ContactQuery, 3) }) });
    const user = userEvent.setup();
    renderWithApp(
      <>
        <CompanyPeople companyId="co9" companyName="Initech" headingClassName="section" />
        <OpenContact />
      </>,
    );

    const list = await screen.findByRole("list", { name: "People at Initech" });
    const first = within(list).getByRole("button", { name: /Person 0/ });
    expect(first).toHaveTextContent("CTO · p0@initech.com");
    expect(within(first).getByText("Customer")).toBeInTheDocument();
    expect(backend.callsTo("list_contacts")[0]).toMatchObject({
      query: { search: "", sort: "name", offset: 0, filter: { company_ids: ["co9"], lifecycle: [], tags: [] } },
    });
    expect(screen.getByRole("button", { name: /Show in Contacts/ })).toBeInTheDocument();

    await user.click(within(list).getByRole("button", { name: /Person 2/ }));
    expect(screen.getByTestId("pane")).toHaveTextContent('{"mode":"view","id":"c2"}');
  });

  it("renders only the visible rows of a large company", async () => {
    mockBackend({ list_contacts: ({ query }) => ({ total: 640, rows: people(query as ContactQuery, 640) }) });
    renderWithApp(<CompanyPeople companyId="co9" companyName="Initech" headingClassName="section" />);

    const list = await screen.findByRole("list", { name: "People at Initech" });
    expect(await within(list).findByRole("button", { name: /Person 0/ })).toBeInTheDocument();
    expect(within(list).getAllByRole("listitem").length).toBeLessThan(60);
    expect(screen.getByRole("heading", { name: /People/ })).toHaveTextContent("People 640");
  });

  it("teaches how people get here when there are none", async () => {
    mockBackend({ list_contacts: () => ({ total: 0, rows: [] }) });
    renderWithApp(<CompanyPeople companyId="co9" companyName="Initech" headingClassName="section" />);
    expect(await screen.findByText(/A contact whose company is “Initech” shows up in this list/)).toBeInTheDocument();
  });
});
