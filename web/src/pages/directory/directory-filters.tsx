/** The directory's filter form: name, country, type, tag (filtered by the API) and region (on loaded rows). */
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLabels } from "../../hooks/use-labels.ts";
import {
  type DirectoryState,
  isCountryCode,
  JURISDICTION_TYPES,
  REPORTING,
  SIZE_CLASSES,
} from "./directory-query.ts";

/** Calls `onChange` with a typed value once typing pauses. */
function useDebounced(value: string, onChange: (value: string) => void, delay = 250) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the value restarts the timer
  useEffect(() => {
    const timer = setTimeout(() => onChange(value), delay);
    return () => clearTimeout(timer);
  }, [value]);
}

/** A text input that updates the state after a pause, and at once on Enter. */
function TextFilter({
  label,
  value,
  onCommit,
  placeholder,
  hint,
  invalid,
  type = "search",
  maxLength,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  hint?: string;
  invalid?: string | null;
  type?: "search" | "text";
  maxLength?: number;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  useDebounced(draft, (v) => v !== value && onCommit(v));
  const describedBy = invalid ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={draft}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => event.key === "Enter" && onCommit(draft)}
      />
      {invalid ? (
        <span id={`${id}-error`} className="field-error">
          {invalid}
        </span>
      ) : (
        hint && (
          <span id={`${id}-hint`} className="field-hint">
            {hint}
          </span>
        )
      )}
    </div>
  );
}

function SelectFilter({
  label,
  value,
  all,
  options,
  onChange,
}: {
  label: string;
  value: string;
  all: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The filter form; `regions` are those of the rows loaded so far. */
export function DirectoryFilters({
  state,
  regions,
  onChange,
}: {
  state: DirectoryState;
  regions: readonly string[];
  onChange: (next: Partial<DirectoryState>) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const filtered =
    state.q || state.country || state.type || state.tag || state.region || state.size || state.reporting;
  return (
    <search aria-label={t("directory.filters")}>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <TextFilter
          label={t("directory.search")}
          value={state.q}
          placeholder={t("directory.searchPlaceholder")}
          onCommit={(q) => onChange({ q })}
        />
        <TextFilter
          label={t("directory.country")}
          type="text"
          maxLength={2}
          value={state.country}
          hint={t("directory.countryHint")}
          invalid={isCountryCode(state.country) ? null : t("directory.badCountry")}
          onCommit={(country) => onChange({ country: country.trim().toUpperCase() })}
        />
        <SelectFilter
          label={t("directory.type")}
          value={state.type}
          all={t("directory.allTypes")}
          options={JURISDICTION_TYPES.map((type) => ({ value: type, label: labels.jurisdictionType(type) }))}
          onChange={(type) => onChange({ type: type as DirectoryState["type"] })}
        />
        <SelectFilter
          label={t("directory.region")}
          value={state.region}
          all={t("directory.allRegions")}
          options={regions.map((region) => ({ value: region, label: region }))}
          onChange={(region) => onChange({ region })}
        />
        <SelectFilter
          label={t("directory.size")}
          value={state.size}
          all={t("directory.allSizes")}
          options={[
            ...SIZE_CLASSES.map((c) => ({ value: c.id, label: c.label })),
            { value: "unknown", label: t("directory.sizeUnknown") },
          ]}
          onChange={(size) => onChange({ size })}
        />
        <SelectFilter
          label={t("directory.reporting")}
          value={state.reporting}
          all={t("directory.allReporting")}
          options={REPORTING.map((r) => ({
            value: r,
            label: r === "reporting" ? t("directory.reportingYes") : t("directory.reportingNo"),
          }))}
          onChange={(reporting) => onChange({ reporting: reporting as DirectoryState["reporting"] })}
        />
        <TextFilter
          label={t("directory.tag")}
          type="text"
          value={state.tag}
          placeholder={t("directory.tagHint")}
          onCommit={(tag) => onChange({ tag })}
        />
        {filtered && (
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              onChange({ q: "", country: "", type: "", tag: "", region: "", size: "", reporting: "" })
            }
          >
            {t("directory.clear")}
          </button>
        )}
      </form>
    </search>
  );
}
