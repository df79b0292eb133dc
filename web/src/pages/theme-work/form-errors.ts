/** The API's field problems as a map from field path to message, so each form shows them next to the field. */
import { type RefObject, useEffect } from "react";
import { ApiError } from "../../api/client.ts";

/** A failed write: its message and the problems of each named field (`values.population`, `solutions.0.title`). */
export interface FormErrors {
  message: string;
  fields: Readonly<Record<string, string>>;
}

/** No problem. */
export const NO_ERRORS: FormErrors = { message: "", fields: {} };

/**
 * Reads the field problems of an API error: `validation_failed` names each field (`details: [{path, message}]`);
 * a theme report's `checks_failed` names the values each blocking check is about (`details.issues[].fields`).
 */
export function formErrorsOf(error: unknown): FormErrors {
  if (!(error instanceof ApiError))
    return { message: error instanceof Error ? error.message : String(error), fields: {} };
  const fields: Record<string, string> = {};
  const details = error.details as unknown;
  if (Array.isArray(details))
    for (const p of details as Array<{ path?: unknown; message?: unknown }>)
      if (typeof p.path === "string" && typeof p.message === "string") fields[p.path] ??= p.message;
  const issues = (details as { issues?: unknown } | null | undefined)?.issues;
  if (Array.isArray(issues))
    for (const i of issues as Array<{ fields?: unknown; message?: unknown }>)
      for (const f of Array.isArray(i.fields) ? i.fields : [])
        if (typeof f === "string" && typeof i.message === "string") fields[`values.${f}`] ??= i.message;
  return { message: error.message, fields };
}

/** After a failed write, moves the keyboard focus to the first field marked invalid inside `form`. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: FormErrors): void {
  useEffect(() => {
    if (Object.keys(errors.fields).length === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, errors]);
}
