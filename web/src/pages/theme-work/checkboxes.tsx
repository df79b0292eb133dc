/** A group of checkboxes under a legend (keyboard: Tab between boxes, Space to tick), and comma-separated lists. */

/** A comma-separated list as its trimmed, non-empty items. */
export const listOf = (text: string) =>
  text
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x !== "");

/** Checkboxes for the values of `options` ([value, label] pairs); `chosen` are ticked. */
export function Checkboxes({
  legend,
  options,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  options: ReadonlyArray<readonly [string, string]>;
  chosen: readonly string[];
  onChange: (next: string[]) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset className="field field-wide checkbox-group">
      <legend>{legend}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, value] : chosen.filter((x) => x !== value))
            }
          />{" "}
          {label}
        </label>
      ))}
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}
