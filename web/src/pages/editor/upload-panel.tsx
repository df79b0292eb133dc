/** Upload a filled template: a preview of the lines read and the file's problems, then replace the lines. */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { InventoryLine } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { Loading } from "../../components/states.tsx";
import { readTemplateFile, type TemplateRead } from "./template-reader.ts";

/** The upload section; `current` is how many lines the editor has now. */
export function UploadPanel({
  current,
  onApply,
}: {
  current: number;
  onApply: (lines: InventoryLine[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [read, setRead] = useState<TemplateRead | "reading" | null>(null);
  const [applied, setApplied] = useState(false);

  const choose = async (file: File | undefined) => {
    setApplied(false);
    if (!file) return setRead(null);
    setRead("reading");
    setRead(await readTemplateFile(file));
  };

  return (
    <Section title={t("upload.title")}>
      <p className="muted">{t("upload.intro")}</p>
      <div className="field">
        <label htmlFor={id}>{t("upload.file")}</label>
        <input
          id={id}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {read === "reading" && <Loading label={t("upload.reading")} />}
      {read !== null && read !== "reading" && (
        <div className="upload-preview" aria-live="polite">
          <h3>{t("upload.preview")}</h3>
          <p>
            {t("upload.lines", { count: read.lines.length })} ·{" "}
            {t("upload.changes", { added: read.lines.length, removed: current })}
          </p>
          {read.lines.length > 0 && (
            <ul className="upload-rows">
              {[...new Set(read.lines.map((l) => l.gpc))].slice(0, 40).map((gpc) => (
                <li key={gpc}>
                  <span className="gpc-ref">{gpc}</span> ×{read.lines.filter((l) => l.gpc === gpc).length}
                </li>
              ))}
            </ul>
          )}
          <h4>{t("upload.problems")}</h4>
          {read.problems.length === 0 ? (
            <p>{t("upload.noProblems")}</p>
          ) : (
            <ul className="issues">
              {read.problems.map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems are listed in file order
                <li key={i} className="issue">
                  <span className="severity severity-error">
                    {t("upload.where", { row: p.row ?? "–", column: p.column ?? "–" })}
                  </span>
                  <span className="issue-message">{p.message}</span>
                </li>
              ))}
            </ul>
          )}
          <div className="button-row">
            <button
              type="button"
              disabled={read.lines.length === 0}
              onClick={() => {
                onApply(read.lines);
                setApplied(true);
                setRead(null);
              }}
            >
              {t("upload.replace")}
            </button>
            <button type="button" className="button-secondary" onClick={() => setRead(null)}>
              {t("upload.discard")}
            </button>
          </div>
        </div>
      )}
      {applied && <p role="status">{t("upload.applied")}</p>}
    </Section>
  );
}
