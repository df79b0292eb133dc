/** A group of mutually exclusive choices (radio buttons styled as a segmented control). */
import { useId } from "react";

/** One choice. */
export interface Choice<V extends string> {
  value: V;
  label: string;
}

/** A labelled radio group; arrow keys move between choices, as for any radio group. */
export function Segmented<V extends string>({
  legend,
  choices,
  value,
  onChange,
}: {
  legend: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className={choice.value === value ? "selected" : undefined}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
