/**
 * The state of a record form's writes: the current record, whether a write is under way, its field problems
 * (focused after a failure) and its success message; a record just created moves the address to its id.
 */
import { useRef, useState } from "react";
import { useLocation } from "wouter";
import { type FormErrors, formErrorsOf, NO_ERRORS, useFocusFirstInvalid } from "./form-errors.ts";

/** Writes of one record whose page is `pathOf(id)`. */
export function useRecordWrite<T extends { id: string }>(
  initial: T | null,
  pathOf: (id: string) => string,
  savedMessage: string,
) {
  const [, navigate] = useLocation();
  const [current, setCurrent] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  // A record just created arrives here after the address changed to its id: say it was saved.
  const [done, setDone] = useState<string | null>(
    (history.state as { saved?: boolean } | null)?.saved ? savedMessage : null,
  );
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);
  const run = async (work: () => Promise<T>, message: string) => {
    setBusy(true);
    setDone(null);
    try {
      const next = await work();
      setCurrent(next);
      setErrors(NO_ERRORS);
      setDone(message);
      if (!current) navigate(pathOf(next.id), { replace: true, state: { saved: true } });
    } catch (e) {
      setErrors(formErrorsOf(e));
    } finally {
      setBusy(false);
    }
  };
  /** Shows problems found before anything was sent. */
  const refuse = (message: string, fields: Record<string, string>) => {
    setDone(null);
    setErrors({ message, fields });
  };
  return { current, errors, done, busy, form, run, refuse };
}
