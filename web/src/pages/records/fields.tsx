/** Labelled form fields for the record forms (text, number as text, select, textarea), with a hint and an error. */
import { useId } from "react";

/** The hint and error lines under a field, and the attributes that tie them to it. */
function useHelp(id: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter((x) => x !== null);
  return {
    attributes: {
      "aria-invalid": error ? (true as const) : undefined,
      "aria-describedby": ids.length > 0 ? ids.join(" ") : undefined,
    },
    lines: (
      <>
        {hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )}
        {error && (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        )}
      </>
    ),
  };
}

/** A text (or numeric) input with its label. */
export function TextField({
  label,
  value,
  onChange,
  numeric = false,
  required = false,
  readOnly = false,
  hint,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  numeric?: boolean;
  required?: boolean;
  readOnly?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const id = useId();
  const help = useHelp(id, hint, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode={numeric ? "decimal" : undefined}
        required={required}
        readOnly={readOnly}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...help.attributes}
      />
      {help.lines}
    </div>
  );
}

/** A select with its label; options are [value, label] pairs. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  disabled = false,
  error,
}: {
  label: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
  onChange: (value: string) => void;
  disabled?: boolean;
  error?: string | undefined;
}) {
  const id = useId();
  const help = useHelp(id, undefined, error);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        {...help.attributes}
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {help.lines}
    </div>
  );
}

/** A multi-line text with its label. */
export function TextArea({
  label,
  value,
  onChange,
  required = false,
  hint,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  const id = useId();
  const help = useHelp(id, hint, error);
  return (
    <div className="field field-wide">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        required={required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...help.attributes}
      />
      {help.lines}
    </div>
  );
}

/** A typed number or null when blank. */
export const numberOrNull = (text: string): number | null =>
  text.trim() === "" ? null : Number(text.trim());
/** A stored number as form text. */
export const textOf = (value: number | null | undefined): string =>
  value === null || value === undefined ? "" : String(value);
