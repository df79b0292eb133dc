/** A titled page section (a landmark labelled by its heading). */
import { type ReactNode, useId } from "react";

/** A `<section>` labelled by its `<h2>`. */
export function Section({
  title,
  children,
  actions,
  className,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ? `section ${className}` : "section"}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
