// What the deals views show before the first deal: what a deal is and how to add one.
import { Handshake, Plus } from "lucide-react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { Kbd } from "../../components/Kbd";

export function DealsEmpty() {
  const { newDeal } = useNavigation();
  return (
    <EmptyState
      icon={<Handshake size={20} aria-hidden="true" />}
      title="No deals yet — press n to add one"
      action={
        <Button variant="primary" onClick={newDeal}>
          <Plus aria-hidden="true" />
          New deal
        </Button>
      }
    >
      A deal is a sale you’re working on: what it’s worth, who’s involved and when you expect to close. Drag it
      across the stages as it moves forward. Press <Kbd keys={["N"]} /> any time on this screen.
    </EmptyState>
  );
}
