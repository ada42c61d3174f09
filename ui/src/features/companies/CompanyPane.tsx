// The side pane beside the companies list: one company, its edit form, or a new one.
import { useNavigation, type CompanyPane as Pane } from "../../app/navigation-context";
import { ErrorState } from "../../components/ErrorState";
import { useEscapeToClose } from "../../components/use-escape-to-close";
import type { Company, CompanyInput } from "../../ipc/bindings";
import { emptyCompanyInput } from "./company-input-checks";
import { useCompany } from "./company-queries";
import { CompanyDetail } from "./CompanyDetail";
import { CompanyForm } from "./CompanyForm";

export function CompanyPane({ pane }: { pane: NonNullable<Pane> }) {
  const { closeCompanyPane, openCompany } = useNavigation();

  useEscapeToClose(pane.mode === "view", closeCompanyPane);

  return (
    <aside className="contact-pane company-pane" aria-label="Company details">
      {pane.mode === "view" && <CompanyDetail key={pane.id} id={pane.id} />}
      {pane.mode === "edit" && <CompanyEditor key={pane.id} id={pane.id} />}
      {pane.mode === "new" && (
        <CompanyForm
          companyId={null}
          initial={emptyCompanyInput}
          onSaved={(company) => openCompany(company.id)}
          onCancel={closeCompanyPane}
        />
      )}
    </aside>
  );
}

function CompanyEditor({ id }: { id: string }) {
  const { openCompany } = useNavigation();
  const company = useCompany(id);
  if (company.isPending) return <div className="contact-pane__loading" aria-busy="true" aria-label="Loading company" />;
  if (company.isError) {
    return <ErrorState title="Couldn’t load this company" error={company.error} onRetry={() => void company.refetch()} />;
  }
  return (
    <CompanyForm
      companyId={id}
      initial={inputFrom(company.data)}
      onSaved={(saved) => openCompany(saved.id)}
      onCancel={() => openCompany(id)}
    />
  );
}

function inputFrom(c: Company): CompanyInput {
  return {
    name: c.name,
    domain: c.domain,
    industry: c.industry,
    size: c.size,
    country: c.country,
    region: c.region,
    address: c.address,
    owner_id: c.owner_id,
    notes: c.notes,
    tags: c.tags,
    custom: c.custom,
  };
}
