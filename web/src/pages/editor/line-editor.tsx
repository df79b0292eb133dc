/** The form of one inventory line: its type, then fuel + activity + factors, emissions or a notation key. */
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { CalcIssue } from "../../engine.ts";
import { formatTonnes } from "../../format/format.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import type { EditorLine, LineKind } from "./editor-lines.ts";
import {
  ACTIVITY_UNITS,
  ALL_ACTIVITY_UNITS,
  FACTOR_UNITS,
  FUEL_OPTIONS,
  MASS_UNITS,
  NOTATION_OPTIONS,
  withCurrent,
} from "./editor-options.ts";
import { GasAmounts } from "./gas-amounts.tsx";
import { LineMeta } from "./line-meta.tsx";

/** The DOM id of a line's first field (the grid focuses it after adding; issues link to it). */
export const lineFieldId = (key: number) => `line-${key}-kind`;

/** One line's fields, with its live result and issues. */
export const LineEditor = memo(function LineEditor({
  line,
  number,
  co2e,
  issues,
  readOnly,
  onChange,
  onRemove,
}: {
  line: EditorLine;
  number: number;
  co2e: number | null | undefined;
  issues: readonly CalcIssue[];
  readOnly: boolean;
  onChange: (line: EditorLine) => void;
  onRemove: (key: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const id = `line-${line.key}`;
  const set = (patch: Partial<EditorLine>) => onChange({ ...line, ...patch });
  const issuesId = `${id}-issues`;
  return (
    <fieldset
      className="line-editor"
      id={`edit-line-${number}`}
      disabled={readOnly}
      aria-describedby={issues.length > 0 ? issuesId : undefined}
    >
      <legend>
        {t("editor.lineN", { line: number })}
        <span className="line-result">
          {co2e === null || co2e === undefined
            ? t("editor.lineNoResult")
            : t("editor.lineResult", { value: formatTonnes(co2e, i18n.language) })}
        </span>
      </legend>
      <div className="line-fields">
        <label className="compact-field">
          <span>{t("editor.lineKind")}</span>
          <select
            id={lineFieldId(line.key)}
            value={line.kind}
            onChange={(e) => set({ kind: e.target.value as LineKind })}
          >
            <option value="activity">{t("editor.kindActivity")}</option>
            <option value="emissions">{t("editor.kindEmissions")}</option>
            <option value="notation">{t("editor.kindNotation")}</option>
          </select>
        </label>
        {line.kind === "activity" && (
          <>
            <label className="compact-field">
              <span>{t("editor.fuel")}</span>
              <select value={line.fuel} onChange={(e) => set({ fuel: e.target.value })}>
                <option value="">{t("editor.noFuel")}</option>
                {FUEL_OPTIONS.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
                {line.fuel && !FUEL_OPTIONS.some((f) => f.id === line.fuel) && (
                  <option value={line.fuel}>{line.fuel}</option>
                )}
              </select>
            </label>
            <label className="compact-field">
              <span>{t("editor.activity")}</span>
              <input
                inputMode="decimal"
                className="num-input"
                value={line.activityValue}
                onChange={(e) => set({ activityValue: e.target.value })}
              />
            </label>
            <label className="compact-field">
              <span>{t("editor.activityUnit")}</span>
              <select value={line.activityUnit} onChange={(e) => set({ activityUnit: e.target.value })}>
                {withCurrent(ALL_ACTIVITY_UNITS, line.activityUnit).length > ALL_ACTIVITY_UNITS.length && (
                  <option value={line.activityUnit}>{line.activityUnit}</option>
                )}
                {ACTIVITY_UNITS.map((d) => (
                  <optgroup key={d.dimension} label={d.dimension}>
                    {d.units.map((u) => (
                      <option key={u} value={u}>
                        {u}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            </label>
          </>
        )}
        {line.kind === "notation" && (
          <>
            <label className="compact-field">
              <span>{t("editor.notationKey")}</span>
              <select value={line.notationKey} onChange={(e) => set({ notationKey: e.target.value })}>
                <option value="">{t("common.none")}</option>
                {withCurrent(NOTATION_OPTIONS, line.notationKey).map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <label className="compact-field field-grow">
              <span>{t("editor.explanation")}</span>
              <input value={line.explanation} onChange={(e) => set({ explanation: e.target.value })} />
            </label>
          </>
        )}
      </div>
      {line.kind === "activity" && (
        <GasAmounts
          legend={t("editor.factors")}
          amounts={line.factors}
          units={FACTOR_UNITS}
          defaultUnit="kg/TJ"
          idPrefix={`${id}-factor`}
          onChange={(factors) => set({ factors })}
        />
      )}
      {line.kind === "emissions" && (
        <GasAmounts
          legend={t("editor.emissions")}
          amounts={line.emissions}
          units={MASS_UNITS}
          defaultUnit="t"
          idPrefix={`${id}-emission`}
          onChange={(emissions) => set({ emissions })}
        />
      )}
      <LineMeta line={line} onChange={set} />
      {issues.length > 0 && (
        <ul className="line-issues" id={issuesId}>
          {issues.map((issue, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: issues are listed in the engine's order
            <li key={i} className={`issue-${issue.severity}`}>
              <span className={`severity severity-${issue.severity}`}>{labels.severity(issue.severity)}</span>{" "}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      <div className="line-tools">
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => onRemove(line.key)}
          aria-label={t("editor.removeLineN", { line: number })}
        >
          {t("editor.removeLine")}
        </button>
      </div>
    </fieldset>
  );
});
