// Under the lines: add a catalog product (its price in the quote's currency frozen on the line),
// a free line typed by hand, or a section heading.
import { useMutation } from "@tanstack/react-query";
import { Heading, Plus } from "lucide-react";
import { Button } from "../../components/Button";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import { backend } from "../../ipc/backend";
import type { QuoteLine, WorkspaceTaxRate } from "../../ipc/bindings";
import { ProductPicker } from "../catalog/ProductPicker";
import { freeLine, sectionLine } from "./quote-input";

export function AddLineBar({
  currency,
  taxRates,
  onAdd,
}: {
  currency: string;
  /** Active workspace rates; a free line starts with the first. */
  taxRates: WorkspaceTaxRate[];
  onAdd: (line: QuoteLine) => void;
}) {
  const toast = useToast();
  const lineFor = useMutation({ mutationFn: (productId: string) => backend.quoteLineForProduct(productId, currency) });
  const firstRate = taxRates[0];
  return (
    <div className="quote-add">
      <div className="quote-add__product">
        <ProductPicker
          id="quote-add-product"
          label="Add product"
          excludedIds={[]}
          withBundles
          onPick={(product) =>
            lineFor.mutate(product.id, {
              onSuccess: onAdd,
              onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            })
          }
        />
      </div>
      <Button size="small" onClick={() => onAdd(freeLine(firstRate ? [{ name: firstRate.name, rate: firstRate.percent }] : []))}>
        <Plus aria-hidden="true" />
        Add free line
      </Button>
      <Button size="small" onClick={() => onAdd(sectionLine())}>
        <Heading aria-hidden="true" />
        Add section heading
      </Button>
    </div>
  );
}
