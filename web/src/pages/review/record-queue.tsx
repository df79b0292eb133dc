/** Submitted targets and actions, each with publish and return (the light review). */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Action, Target } from "../../api/client.ts";
import {
  actionsByReview,
  type RecordTransition,
  targetsByReview,
  transitionAction,
  transitionTarget,
} from "../../api/record-writes.ts";
import { Section } from "../../components/section.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useLabels } from "../../hooks/use-labels.ts";

type Item = { kind: "target"; record: Target } | { kind: "action"; record: Action };

async function load(signal: AbortSignal): Promise<Item[]> {
  const [targets, actions] = await Promise.all([
    targetsByReview("submitted", undefined, signal),
    actionsByReview("submitted", undefined, signal),
  ]);
  return [
    ...targets.items.map((record) => ({ kind: "target" as const, record })),
    ...actions.items.map((record) => ({ kind: "action" as const, record })),
  ];
}

function RecordRow({ item, name, onDone }: { item: Item; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [error, setError] = useState<string | null>(null);
  const title =
    item.kind === "target"
      ? `${labels.targetType(item.record.type)} ${item.record.targetYear}`
      : item.record.title;
  const act = async (transition: RecordTransition) => {
    try {
      if (item.kind === "target") await transitionTarget(item.record, transition);
      else await transitionAction(item.record, transition);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <tr>
      <th scope="row">{title}</th>
      <td>{item.kind === "target" ? t("work.targets") : t("work.actions")}</td>
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
