// Instant feedback while typing; the backend's validation stays the authority.
import type { ContactInput } from "../../ipc/bindings";

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkContactInput(input: ContactInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.first_name.trim() && !input.last_name.trim()) {
    errors.first_name = "Enter a first or last name.";
  }
  const email = input.email.trim();
  if (email && !emailShape.test(email)) {
    errors.email = "Enter an email address like name@example.com.";
  }
  return errors;
}

export const emptyContactInput: ContactInput = {
  first_name: "",
  last_name: "",
  email: "",
  phone: "",
  title: "",
  company_name: "",
  country: "",
  notes: "",
};
