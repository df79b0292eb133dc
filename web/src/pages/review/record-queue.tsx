/** Submitted targets, actions, theme reports and TAP projects, each with publish and return (the light review). */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Action, Target } from "../../api/client.ts";
import {
  actionsByReview,
  type RecordTransition,
  targetsByReview,
  transitionAction,
  transitionTarget,
} from "../../api/record-writes.ts";
import {
  type ThemeReport,
  tapProjectsOf,
  themeReportsOf,
  transitionTapProject,
  transitionThemeReport,
} from "../../api/theme-work.ts";
import type { TapProject } from "../../api/themes.ts";
import { Section } from "../../components/section.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";

type Item =
  | { kind: "target"; record: Target }
  | { kind: "action"; record: Action }
  | { kind: "theme-report"; record: ThemeReport }
  | { kind: "tap-project"; record: TapProject };

async function load(signal: AbortSignal): Promise<Item[]> {
  const [targets, actions, reports, projects] = await Promise.all([
    targetsByReview("submitted", undefined, signal),
    actionsByReview("submitted", undefined, signal),
    themeReportsOf({ reviewStatus: "submitted" }, signal),
    tapProjectsOf({ reviewStatus: "submitted" }, signal),
  ]);
  return [
    ...targets.items.map((record) => ({ kind: "target" as const, record })),
    ...actions.items.map((record) => ({ kind: "action" as const, record })),
    ...reports.items.map((record) => ({ kind: "theme-report" as const, record })),
    ...projects.items.map((record) => ({ kind: "tap-project" as const, record })),
  ];
}

/** Makes the transition on whichever kind of record the item is. */
function transitionOf(item: Item, transition: RecordTransition): Promise<unknown> {
  switch (item.kind) {
    case "target":
      return transitionTarget(item.record, transition);
    case "action":
      return transitionAction(item.record, transition);
    case "theme-report":
      return transitionThemeReport(item.record, transition);
    case "tap-project":
      return transitionTapProject(item.record, transition);
  }
}

function RecordRow({ item, name, onDone }: { item: Item; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const labels = useLabels();
  const [error, setError] = useState<string | null>(null);
  const title =
    item.kind === "target"
      ? `${labels.targetType(item.record.type)} ${item.record.targetYear}`
      : item.kind === "theme-report"
        ? `${item.record.theme} ${item.record.year}`
        : item.record.title;
  const kind = {
    target: t("work.targets"),
    action: t("work.actions"),
    "theme-report": tw("reports.list"),
    "tap-project": tw("tap.list"),
  }[item.kind];
  const href =
    item.kind === "theme-report"
      ? `/work/theme-reports/${item.record.id}`
      : item.kind === "tap-project"
        ? `/work/tap-projects/${item.record.id}`
        : null;
  const act = async (transition: RecordTransition) => {
    try {
      await transitionOf(item, transition);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <tr>
      <th scope="row">{href ? <Link href={href}>{title}</Link> : title}</th>
      <td>{kind}</td>
      <td>{name}</td>
      <td className="button-row">
        <button type="button" className="button-small" onClick={() => void act("publish")}>
          {t("review.publish")} <span className="visually-hidden">{title}</span>
        </button>
        <button type="button" className="button-secondary button-small" onClick={() => void act("return")}>
          {t("review.return")} <span className="visually-hidden">{title}</span>
        </button>
        {error && (
          <span role="alert" className="form-error">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}

/** The section. */
export function RecordQueue({ names }: { names: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const state = useAsync(load, String(round));
  return (
    <Section title={t("review.records")}>
      {state.status === "loading" && <Loading />}
      {state.status === "error" && <ErrorState error={state.error} />}
      {state.status === "ready" &&
        (state.data.length === 0 ? (
          <p>{t("review.noRecords")}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("review.record")}</th>
                <th scope="col">{t("review.kind")}</th>
                <th scope="col">{t("review.jurisdiction")}</th>
                <th scope="col">{t("review.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((item) => (
                <RecordRow
                  key={item.record.id}
                  item={item}
                  name={names.get(item.record.jurisdictionId) ?? ""}
                  onDone={() => setRound((r) => r + 1)}
                />
              ))}
            </tbody>
          </table>
        ))}
    </Section>
  );
}
