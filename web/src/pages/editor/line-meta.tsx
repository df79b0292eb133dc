/** A line's data quality, source and comment. */
import { useTranslation } from "react-i18next";
import { QUALITY_LEVELS } from "../../engine.ts";
import type { EditorLine } from "./editor-lines.ts";

function QualitySelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="compact-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t("editor.notRated")}</option>
        {QUALITY_LEVELS.map((q) => (
          <option key={q} value={q}>
            {t(`level3.${q === "H" ? "high" : q === "M" ? "medium" : "low"}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Data quality (GPC §5.3), source and comment of a line. */
export function LineMeta({
  line,
  onChange,
}: {
  line: EditorLine;
  onChange: (patch: Partial<EditorLine>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="line-fields line-meta">
      {line.kind !== "notation" && (
        <>
          <QualitySelect
            label={t("editor.qualityActivity")}
            value={line.qualityActivity}
            onChange={(qualityActivity) => onChange({ qualityActivity })}
          />
          <QualitySelect
            label={t("editor.qualityFactor")}
            value={line.qualityFactor}
            onChange={(qualityFactor) => onChange({ qualityFactor })}
          />
        </>
      )}
      <label className="compact-field field-grow">
        <span>{t("editor.source")}</span>
        <input value={line.source} onChange={(e) => onChange({ source: e.target.value })} />
      </label>
      <label className="compact-field field-grow">
        <span>{t("editor.comment")}</span>
        <input value={line.comment} onChange={(e) => onChange({ comment: e.target.value })} />
      </label>
    </div>
  );
}
