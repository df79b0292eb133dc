/** A headline figure with its label, a note on what it counts and the rule it follows. */
import type { ReactNode } from "react";

/** One headline figure. */
export function StatCard({
  label,
  value,
  note,
  rule,
}: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  /** How the figure is counted (e.g. summed over non-overlapping boundaries). */
  rule?: ReactNode;
}) {
  return (
    <div className="stat-card">
      <dt>{label}</dt>
      <dd>
        <span className="stat-value">{value}</span>
        {note && <span className="stat-note">{note}</span>}
        {rule && <span className="stat-rule">{rule}</span>}
      </dd>
    </div>
  );
}
