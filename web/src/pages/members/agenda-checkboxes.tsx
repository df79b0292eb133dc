/** The ten urban agendas as a fieldset of checkboxes (keyboard: Tab between them, Space to tick). */
import { useMembersT } from "../../i18n/members/use-members-t.ts";
import { AGENDA_IDS } from "../themes/vocabulary.ts";
import { agendaLabel } from "./membership-section.tsx";

/** An agenda id. */
export type AgendaId = (typeof AGENDA_IDS)[number];

/** Checkboxes for the agendas, in the plan's order; `value` holds the ticked ones. */
export function AgendaCheckboxes({
  value,
  onChange,
  legend,
}: {
  value: readonly AgendaId[];
  onChange: (next: AgendaId[]) => void;
  legend: string;
}) {
  const t = useMembersT();
  const ticked = new Set(value);
  return (
    <fieldset className="checkbox-grid">
      <legend>{legend}</legend>
      {AGENDA_IDS.map((a, i) => (
        <label key={a}>
          <input
            type="checkbox"
            checked={ticked.has(a)}
            onChange={(e) => onChange(AGENDA_IDS.filter((x) => (x === a ? e.target.checked : ticked.has(x))))}
          />{" "}
          {i + 1}. {agendaLabel(t, a)}
        </label>
      ))}
    </fieldset>
  );
}
