// The customer accepts in the meeting: who, in what role, on which day, their signature, and
// whether the deal is won with it and takes the quote's value.
import { useRef, useState, type FormEvent } from "react";
import { CheckboxField } from "../../components/CheckboxField";
import { FailureBanner } from "../../components/FailureBanner";
import { Modal } from "../../components/Modal";
import { TextField } from "../../components/TextField";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import { useToast } from "../../components/toast-context";
import { useFormErrors } from "../../components/use-form-errors";
import { dayKeyIn } from "../../components/zoned-time";
import type { QuoteDetail } from "../../ipc/bindings";
import { useAcceptQuote } from "./quote-queries";
import { SignatureField, type Signature } from "./SignatureField";

const pleaseSign = "Ask the customer to sign in the box.";

export function AcceptanceDialog({ detail, onClose }: { detail: QuoteDetail; onClose: () => void }) {
  const { timeZone, locale } = useDisplayFormat();
  const contractValue = detail.totals && formatMoney(detail.totals.contract_value.net, detail.totals.currency, locale);
  const [name, setName] = useState(detail.contact_name);
  const [title, setTitle] = useState("");
  const [signedOn, setSignedOn] = useState(() => dayKeyIn(new Date(), timeZone));
  const [markWon, setMarkWon] = useState(true);
  const [setAmount, setSetAmount] = useState(true);
  const signature = useRef<Signature | null>(null);
  const accept = useAcceptQuote();
  const form = useFormErrors();
  const toast = useToast();

  /** Typing in a field takes its error away. */
  const edit = (field: string, set: (value: string) => void) => (value: string) => {
    set(value);
    form.clearField(field);
  };

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (accept.isPending) return;
    const pad = signature.current;
    const found: Record<string, string> = {};
    if (!pad || pad.isEmpty()) found.signature_png = pleaseSign;
    if (name.trim() === "") found.name = "Who accepted? Type the customer’s name.";
    form.reset(found);
    if (Object.keys(found).length > 0 || !pad) return;
    accept.mutate(
      { id: detail.quote.id, input: { name, title, signed_on: signedOn, signature_png: pad.toPng(), mark_deal_won: markWon, set_deal_amount: setAmount && !!contractValue } },
      {
        onSuccess: () => {
          toast({ message: `Quote ${detail.display_number} accepted${markWon ? "; the deal is won" : ""}` });
          onClose();
        },
        onError: form.show,
      },
    );
  }

  return (
    <Modal
      open
      onOpenChange={(open) => !open && onClose()}
      title={`Accept “${detail.quote.title}”`}
      description="Capture the customer’s acceptance; the signed proposal is stored with the quote."
    >
      <form className="quote-dialog quote-acceptance" noValidate onSubmit={onSubmit}>
        <FailureBanner message={form.failure} />
        <div className="quote-dialog__pair">
          <TextField
            id="acceptance-name"
            label="Name"
            value={name}
            onValueChange={edit("name", setName)}
            error={form.errors.name}
            autoComplete="off"
          />
          <TextField
            id="acceptance-title"
            label="Title"
            value={title}
            onValueChange={edit("title", setTitle)}
            error={form.errors.title}
            placeholder="e.g. CFO"
            autoComplete="off"
          />
        </div>
        <TextField
          id="acceptance-signed-on"
          label="Signed on"
          type="date"
          className="quote-dialog__date tabular"
          value={signedOn}
          onValueChange={edit("signed_on", setSignedOn)}
          error={form.errors.signed_on}
        />
        <SignatureField
          id="acceptance-signature"
          label="Signature"
          ref={signature}
          error={form.errors.signature_png}
          onSigned={() => form.clearField("signature_png")}
        />
        <CheckboxField id="acceptance-won" label="Move the deal to Won" checked={markWon} onCheckedChange={setMarkWon} />
        {contractValue && (
          <CheckboxField
            id="acceptance-amount"
            label={`Make the deal’s amount ${contractValue}, the contract value before tax`}
            checked={setAmount}
            onCheckedChange={setSetAmount}
          />
        )}
        <div className="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={accept.isPending}>
            Accept quote
          </Button>
        </div>
      </form>
    </Modal>
  );
}
