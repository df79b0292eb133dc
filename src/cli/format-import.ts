/** The import outcome as a readable summary: what was written, what was skipped, then problems by code. */
import type { ImportProblem } from "../io/import-report.ts";
import type { ImportOutcome } from "../services/import/import-types.ts";

const SHOWN_PER_CODE = 10;

function where(p: ImportProblem): string {
  const parts = [p.file, p.line ?? "", p.column ?? ""].filter((x) => x !== "");
  return (p.sheet ? `${p.sheet}!` : "") + parts.join(":");
}

/** Formats an outcome for a terminal. */
export function formatImportOutcome(o: ImportOutcome): string {
  const out: string[] = [];
  const verdict = o.blocked
    ? "NOT IMPORTED: the file has errors (use --partial to import the rest)"
    : o.dryRun
      ? "dry run: nothing was written"
      : o.committed
        ? "imported"
        : "nothing to change";
  out.push(`${o.file} (${o.format}): ${verdict}; ${o.rows} rows in ${(o.durationMs / 1000).toFixed(1)} s`);
  for (const [kind, c] of Object.entries(o.counts)) {
    if (c.created + c.updated + c.unchanged + c.skipped === 0) continue;
    out.push(
      `  ${kind}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped`,
    );
  }
  if (o.skipped.length > 0) {
    out.push(`skipped (${o.skipped.length}):`);
    for (const s of o.skipped.slice(0, 20))
      out.push(`  ${s.label} (line ${s.lines.slice(0, 3).join(", ")}): ${s.reason}`);
    if (o.skipped.length > 20) out.push(`  … and ${o.skipped.length - 20} more (see --report)`);
  }
  const byCode = new Map<string, ImportProblem[]>();
  for (const p of o.report.problems)
    byCode.set(`${p.severity} ${p.code}`, [...(byCode.get(`${p.severity} ${p.code}`) ?? []), p]);
  const codes = [...byCode.keys()].sort((a, b) =>
    a.startsWith("error") === b.startsWith("error") ? a.localeCompare(b) : a.startsWith("error") ? -1 : 1,
  );
  for (const key of codes) {
    const list = byCode.get(key) ?? [];
    const code = key.split(" ")[1] ?? "";
    const more = o.report.suppressed[code] ?? 0;
    out.push(`${key} (${list.length + more}):`);
    for (const p of list.slice(0, SHOWN_PER_CODE)) out.push(`  ${where(p)}: ${p.message}`);
    if (list.length + more > SHOWN_PER_CODE) out.push(`  … and ${list.length + more - SHOWN_PER_CODE} more`);
  }
  return `${out.join("\n")}\n`;
}
