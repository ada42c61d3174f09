// Settings → Catalog: the tax rates and the products and services quotes are built from.
import { SettingsSection } from "../settings/SettingsSection";
import { useSettings } from "../settings/settings-queries";
import { useMayEditCatalog } from "./catalog-queries";
import { ProductsList } from "./ProductsList";
import { TaxRatesList } from "./TaxRatesList";
import "./catalog.css";

export function CatalogSection() {
  const mayEdit = useMayEditCatalog();
  const baseCurrency = useSettings().data?.base_currency ?? "";
  return (
    <SettingsSection
      id="settings-catalog"
      title="Catalog"
      description={
        mayEdit
          ? "The products and services quotes are built from: a price per currency, how each is counted and billed, and its taxes."
          : "The products and services quotes are built from. Only admins and sales managers change it."
      }
    >
      <TaxRatesList mayEdit={mayEdit} />
      <ProductsList mayEdit={mayEdit} baseCurrency={baseCurrency} />
    </SettingsSection>
  );
}
