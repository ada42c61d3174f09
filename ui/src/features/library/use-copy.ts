// Copies text to the clipboard and says so (or why it could not).
import { useToast } from "../../components/toast-context";

export function useCopy() {
  const toast = useToast();
  return (text: string, what = "Copied") =>
    // Started inside a promise so a missing clipboard API ends in the same message.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(text))
      .then(
      () => toast({ message: what }),
      () => toast({ message: "Couldn’t copy: the system clipboard refused. Select the text and copy it instead.", tone: "error" }),
    );
}
