/** The editor's grid: a row filter, then every GPC row by sector with its lines. */
import { useDeferredValue, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "../../components/section.tsx";
import type { CalcIssue, CalcResult } from "../../engine.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { gridSectors } from "./editor-grid-model.ts";
import type { EditorLine } from "./editor-lines.ts";
import { GridRow } from "./grid-row.tsx";

/** Groups issues by 1-based line number. */
export function issuesByLine(result: CalcResult | null): Map<number, CalcIssue[]> {
  const map = new Map<number, CalcIssue[]>();
  for (const issue of result?.issues ?? []) {
    if (issue.line === null) continue;
    map.set(issue.line, [...(map.get(issue.line) ?? []), issue]);
  }
  return map;
}

/** The grid with its filter. */
export function EditorGrid({
  lines,
  result,
  readOnly,
  onAdd,
  onChange,
  onRemove,
}: {
  lines: readonly EditorLine[];
  result: CalcResult | null;
  readOnly: boolean;
  onAdd: (gpc: string) => void;
  onChange: (line: EditorLine) => void;
  onRemove: (key: number) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const ids = { filter: useId(), hint: useId(), used: useId() };
  const [text, setText] = useState("");
  const [onlyUsed, setOnlyUsed] = useState(false);
  const filter = useDeferredValue({ text, onlyUsed });
  const sectors = useMemo(() => gridSectors(lines, filter), [lines, filter]);
  const byLine = useMemo(() => issuesByLine(result), [result]);
  return (
    <Section title={t("editor.grid")} className="editor-grid">
      <p className="muted">{t("editor.gridIntro")}</p>
      <div className="filters grid-filters">
        <div className="field">
          <label htmlFor={ids.filter}>{t("editor.filter")}</label>
          <input
            id={ids.filter}
            type="search"
            value={text}
            aria-describedby={ids.hint}
            onChange={(e) => setText(e.target.value)}
          />
          <span id={ids.hint} className="muted">
            {t("editor.filterHint")}
          </span>
        </div>
        <label className="check-field" htmlFor={ids.used}>
          <input
            id={ids.used}
            type="checkbox"
            checked={onlyUsed}
            onChange={(e) => setOnlyUsed(e.target.checked)}
          />
          {t("editor.onlyUsed")}
        </label>
      </div>
      {sectors.map((sector) => (
        <section key={sector.ref} className="grid-sector" aria-labelledby={`sector-${sector.ref}`}>
          <h3 id={`sector-${sector.ref}`}>
            {sector.ref} {labels.sector(sector.ref)}
          </h3>
          {sector.rows.map((row) => (
            <GridRow
              key={row.row.ref}
              model={row}
              result={result}
              issuesByLine={byLine}
              readOnly={readOnly}
              onAdd={onAdd}
              onChange={onChange}
              onRemove={onRemove}
            />
          ))}
        </section>
      ))}
    </Section>
  );
}
