/** One GPC row of the editor's grid: reference, name, scope, its lines and an "add line" button. */
import { memo } from "react";
import { useTranslation } from "react-i18next";
import type { CalcIssue, CalcResult } from "../../engine.ts";
import type { GridRow as GridRowModel } from "./editor-grid-model.ts";
import type { EditorLine } from "./editor-lines.ts";
import { LineEditor } from "./line-editor.tsx";

/** The row and its lines; `result` gives each line's live CO2e and issues by document line number. */
export const GridRow = memo(function GridRow({
  model,
  result,
  issuesByLine,
  readOnly,
  onAdd,
  onChange,
  onRemove,
}: {
  model: GridRowModel;
  result: CalcResult | null;
  issuesByLine: ReadonlyMap<number, CalcIssue[]>;
  readOnly: boolean;
  onAdd: (gpc: string) => void;
  onChange: (line: EditorLine) => void;
  onRemove: (key: number) => void;
}) {
  const { t } = useTranslation();
  const { row, subsector, lines } = model;
  const headingId = `row-${row.ref}`;
  return (
    <section className="grid-row" aria-labelledby={headingId}>
      <div className="grid-row-head">
        <h4 id={headingId}>
          <span className="gpc-ref">{row.ref}</span> {subsector}: {row.name}
        </h4>
        <span className="muted">
          {t("scope.label", { scope: row.scope })} · {t("editor.rowLines", { count: lines.length })}
        </span>
        {!readOnly && (
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={t("editor.addLineTo", { ref: row.ref })}
            onClick={() => onAdd(row.ref)}
          >
            {t("editor.addLine")}
          </button>
        )}
      </div>
      {lines.map(({ number, line }) => (
        <LineEditor
          key={line.key}
          line={line}
          number={number}
          co2e={result?.lines[number - 1]?.co2e}
          issues={issuesByLine.get(number) ?? []}
          readOnly={readOnly}
          onChange={onChange}
          onRemove={onRemove}
        />
      ))}
    </section>
  );
});
