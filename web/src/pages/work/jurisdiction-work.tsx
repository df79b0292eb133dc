/** One jurisdiction's work: its inventories (working copies), targets, actions and risks, with edit links. */
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import type { Action, Inventory, Risk, Target } from "../../api/client.ts";
import { workingInventories } from "../../api/inventory-writes.ts";
import { allActions, allRisks, allTargets, getJurisdiction } from "../../api/queries.ts";
import { type ThemeReport, tapProjectsOf, themeReportsOf } from "../../api/theme-work.ts";
import { listThemes, type TapProject } from "../../api/themes.ts";
import { Section } from "../../components/section.tsx";
import { ErrorState, Loading } from "../../components/states.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { formatDate } from "../../format/format.ts";
import { useAsync } from "../../hooks/use-async.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";

async function load(id: string, signal: AbortSignal) {
  const [jurisdiction, inventories, targets, actions, risks, themeReports, tapProjects, themes] =
    await Promise.all([
      getJurisdiction(id, signal),
      workingInventories({ jurisdictionId: id }, signal),
      allTargets(id, signal),
      allActions(id, signal),
      allRisks(id, signal),
      themeReportsOf({ jurisdictionId: id }, signal),
      tapProjectsOf({ jurisdictionId: id }, signal),
      listThemes(signal),
    ]);
  return {
    jurisdiction,
    inventories: inventories.items,
    targets: targets.items,
    actions: actions.items,
    risks: risks.items,
    themeReports: themeReports.items,
    tapProjects: tapProjects.items,
    themeNames: new Map(themes.map((x) => [x.id, x.name])),
  };
}

function InventoryTable({ items, reporter }: { items: Inventory[]; reporter: boolean }) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  if (items.length === 0) return <p>{t("work.noInventories")}</p>;
  return (
    <TableScroll label={t("work.inventories")}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("profile.year")}</th>
            <th scope="col">{t("profile.kind")}</th>
            <th scope="col">{t("profile.version")}</th>
            <th scope="col">{t("profile.status")}</th>
            <th scope="col">{t("profile.updated")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("work.open")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items
            .slice()
            .sort((a, b) => b.year - a.year)
            .map((inv) => (
              <tr key={inv.id}>
                <th scope="row">{inv.year}</th>
                <td>{labels.inventoryKind(inv.kind)}</td>
                <td>{inv.revision}</td>
                <td>
                  <span className={`status status-${inv.status}`}>{labels.inventoryStatus(inv.status)}</span>
                </td>
                <td>{formatDate(inv.updatedAt, i18n.language)}</td>
                <td className="link-cell">
                  {reporter && (
                    <Link href={`/work/inventories/${inv.id}`}>
                      {t("work.edit")} <span className="visually-hidden">{inv.year}</span>
                    </Link>
                  )}{" "}
                  <Link href={`/review/inventories/${inv.id}`}>
                    {t("work.review")} <span className="visually-hidden">{inv.year}</span>
                  </Link>
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RecordList<T extends { id: string; reviewStatus?: string }>({
  title,
  items,
  kind,
  name,
  newLabel,
  jurisdictionId,
  reporter,
}: {
  title: string;
  items: T[];
  kind: "targets" | "actions" | "risks" | "theme-reports" | "tap-projects";
  name: (item: T) => string;
  newLabel: string;
  jurisdictionId: string;
  reporter: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="record-list">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">{t("work.none")}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              {reporter ? <Link href={`/work/${kind}/${item.id}`}>{name(item)}</Link> : name(item)}
              {item.reviewStatus && (
                <span className="badge">
                  {t(`reviewStatus.${item.reviewStatus}` as "reviewStatus.draft")}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {reporter && (
        <Link
          className="button button-secondary button-small"
          href={`/work/${kind}/new?jurisdiction=${jurisdictionId}`}
        >
          {newLabel}
        </Link>
      )}
    </div>
  );
}

/** The jurisdiction's section. */
export function JurisdictionWork({
  jurisdictionId,
  reporter,
}: {
  jurisdictionId: string;
  reporter: boolean;
}) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const labels = useLabels();
  const state = useAsync((signal) => load(jurisdictionId, signal), jurisdictionId);
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorState error={state.error} />;
  const { jurisdiction, inventories, targets, actions, risks, themeReports, tapProjects, themeNames } =
    state.data;
  return (
    <Section
      title={jurisdiction.name}
      actions={
        reporter && (
          <Link className="button" href={`/work/inventories/new?jurisdiction=${jurisdiction.id}`}>
            {t("work.newInventory")}
          </Link>
        )
      }
    >
      <h3>{t("work.inventories")}</h3>
      <InventoryTable items={inventories} reporter={reporter} />
      <div className="record-grid">
        <RecordList<Target>
          title={t("work.targets")}
          items={targets}
          kind="targets"
          name={(x) => `${labels.targetType(x.type)} ${x.targetYear}`}
          newLabel={t("work.newTarget")}
          jurisdictionId={jurisdiction.id}
          reporter={reporter}
        />
        <RecordList<Action>
          title={t("work.actions")}
          items={actions}
          kind="actions"
          name={(x) => x.title}
          newLabel={t("work.newAction")}
          jurisdictionId={jurisdiction.id}
          reporter={reporter}
        />
        <RecordList<Risk>
          title={t("work.risks")}
          items={risks}
          kind="risks"
          name={(x) => t(`hazard.${x.hazard}` as "hazard.flood")}
          newLabel={t("work.newRisk")}
          jurisdictionId={jurisdiction.id}
          reporter={reporter}
        />
        <RecordList<ThemeReport>
          title={tw("reports.list")}
          items={themeReports}
          kind="theme-reports"
          name={(x) => `${themeNames.get(x.theme) ?? x.theme} ${x.year}`}
          newLabel={tw("reports.newLink")}
          jurisdictionId={jurisdiction.id}
          reporter={reporter}
        />
        <RecordList<TapProject>
          title={tw("tap.list")}
          items={tapProjects}
          kind="tap-projects"
          name={(x) => x.title}
          newLabel={tw("tap.newLink")}
          jurisdictionId={jurisdiction.id}
          reporter={reporter}
        />
      </div>
    </Section>
  );
}
