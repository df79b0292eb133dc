/**
 * The values of a theme report: every field the member reports (the theme's directly reported indicators, then
 * the inputs its formulas use), each with its unit, direction, bounds and definition; the computed indicators
 * read-only with their formula and the value the current entries give.
 */
import type { Theme } from "../../api/themes.ts";
import { type ThemeWorkT, useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";
import { TextField } from "../records/fields.tsx";

type Field = Theme["inputs"][number];
type Indicator = Theme["indicators"][number];

/** The bounds the API applies (src/core/themes/evaluate.ts `fieldBounds`), in words. */
function boundsText(field: Field, tw: ThemeWorkT): string {
  const min = field.min ?? 0;
  const max = field.max ?? (field.unit === "%" ? 100 : null);
  return max === null ? tw("reports.atLeast", { min }) : tw("reports.between", { min, max });
}

function hintOf(field: Field, tw: ThemeWorkT, direction?: Indicator["direction"]): string {
  const parts = [`${tw("reports.unit")}: ${field.unit}`, boundsText(field, tw)];
  if (direction) parts.push(direction === "higher" ? tw("reports.higherBetter") : tw("reports.lowerBetter"));
  return `${parts.join(" · ")}. ${field.definition}`;
}

/** The reported fields' inputs, and the computed indicators. */
export function ThemeReportFields({
  theme,
  values,
  onChange,
  errors,
  computed,
  readOnly,
}: {
  theme: Theme;
  values: Readonly<Record<string, string>>;
  onChange: (id: string, value: string) => void;
  errors: Readonly<Record<string, string>>;
  computed: Readonly<Record<string, number | null>>;
  readOnly: boolean;
}) {
  const tw = useThemeWorkT();
  const reported = theme.indicators.filter((i) => !i.computed);
  const formulas = theme.indicators.filter((i) => i.computed);
  const field = (f: Field, direction?: Indicator["direction"]) => (
    <TextField
      key={f.id}
      label={`${f.name} (${f.unit})`}
      value={values[f.id] ?? ""}
      onChange={(v) => onChange(f.id, v)}
      numeric
      hint={hintOf(f, tw, direction)}
      error={errors[`values.${f.id}`]}
      readOnly={readOnly}
    />
  );
  return (
    <>
      {reported.length > 0 && (
        <fieldset className="form-grid">
          <legend>{tw("reports.reportedIndicators")}</legend>
          {reported.map((i) => field(i, i.direction))}
        </fieldset>
      )}
      {theme.inputs.length > 0 && (
        <fieldset className="form-grid">
          <legend>{tw("reports.inputs")}</legend>
          {theme.inputs.map((f) => field(f))}
        </fieldset>
      )}
      {formulas.length > 0 && (
        <table className="data-table">
          <caption>{tw("reports.computed")}</caption>
          <thead>
            <tr>
              <th scope="col">{tw("reports.indicator")}</th>
              <th scope="col">{tw("reports.formula")}</th>
              <th scope="col">{tw("reports.direction")}</th>
              <th scope="col">{tw("reports.value")}</th>
            </tr>
          </thead>
          <tbody>
            {formulas.map((i) => (
              <tr key={i.id}>
                <th scope="row" title={i.definition}>
                  {i.name}
                </th>
                <td>
                  <code>{i.formulaText}</code>
                </td>
                <td>{i.direction === "higher" ? tw("reports.higherBetter") : tw("reports.lowerBetter")}</td>
                <td className="num">
                  {computed[i.id] === null || computed[i.id] === undefined
                    ? "—"
                    : `${(computed[i.id] as number).toLocaleString(undefined, { maximumFractionDigits: 2 })} ${i.unit}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
