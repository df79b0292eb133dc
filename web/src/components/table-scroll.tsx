/** A horizontally scrollable box for a wide table, reachable by keyboard so it can be scrolled with arrow keys. */
import type { ReactNode } from "react";

/** Wraps a table in a labelled region; `label` names it for screen readers. */
export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `table-scroll ${className}` : "table-scroll"}
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll by keyboard (WCAG 2.1.1)
      tabIndex={0}
    >
      {children}
    </section>
  );
}
