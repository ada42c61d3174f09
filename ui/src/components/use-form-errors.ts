// Per-field errors plus one form-level message, filled from an AppError by its code.
import { useCallback, useState } from "react";
import { fieldErrorsOf, isAppError, toAppError } from "../ipc/app-error";

export function useFormErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const clearField = useCallback((field: string) => {
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  }, []);

  // A new attempt starts clean, or with what the client's own checks found.
  const reset = useCallback((found: Record<string, string> = {}) => {
    setErrors(found);
    setFailure(null);
  }, []);

  const show = useCallback((error: unknown) => {
    if (isAppError(error) && error.code === "validation" && error.fields.length > 0) {
      setErrors(fieldErrorsOf(error));
      setFailure(null);
    } else {
      setErrors({});
      setFailure(toAppError(error).message);
    }
  }, []);

  return { errors, failure, clearField, reset, show };
}
