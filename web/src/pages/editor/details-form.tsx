/** The inventory's own fields: jurisdiction (for a new one), year, kind, GWP set, population, boundary. */
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Jurisdiction } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { GWP_SETS, type GwpSet } from "../../engine.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import type { EditorHeader } from "./editor-header.ts";

/** The details section; the jurisdiction is chosen only while the inventory is new. */
export function DetailsForm({
  header,
  jurisdictions,
  isNew,
  readOnly,
  onChange,
}: {
  header: EditorHeader;
  jurisdictions: readonly Jurisdiction[];
  isNew: boolean;
  readOnly: boolean;
  onChange: (patch: Partial<EditorHeader>) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const id = useId();
  return (
    <Section title={t("editor.details")}>
      <fieldset className="form-grid" disabled={readOnly}>
        <legend className="visually-hidden">{t("editor.details")}</legend>
        <div className="field">
          <label htmlFor={`${id}-j`}>{t("editor.jurisdiction")}</label>
          <select
            id={`${id}-j`}
            value={header.jurisdictionId}
            disabled={!isNew}
            onChange={(e) => onChange({ jurisdictionId: e.target.value })}
          >
            {jurisdictions.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-y`}>{t("editor.year")}</label>
          <input
            id={`${id}-y`}
            inputMode="numeric"
            value={header.year}
            onChange={(e) => onChange({ year: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-k`}>{t("editor.kind")}</label>
          <select
            id={`${id}-k`}
            value={header.kind}
            onChange={(e) => onChange({ kind: e.target.value === "government" ? "government" : "community" })}
          >
            <option value="community">{labels.inventoryKind("community")}</option>
            <option value="government">{labels.inventoryKind("government")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-g`}>{t("editor.gwp")}</label>
          <select
            id={`${id}-g`}
            value={header.gwp}
            onChange={(e) => onChange({ gwp: e.target.value as GwpSet })}
          >
            {GWP_SETS.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-p`}>{t("editor.population")}</label>
          <input
            id={`${id}-p`}
            inputMode="numeric"
            value={header.population}
            onChange={(e) => onChange({ population: e.target.value })}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-b`}>{t("editor.boundary")}</label>
          <input
            id={`${id}-b`}
            value={header.boundary}
            onChange={(e) => onChange({ boundary: e.target.value })}
          />
        </div>
      </fieldset>
    </Section>
  );
}
