/** Themes beyond climate: each declared theme's indicators (unit, direction, formula) with the network's figures. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { listThemes, type Theme, themeFigures } from "../../api/themes.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { Section } from "../../components/section.tsx";
import { TableScroll } from "../../components/table-scroll.tsx";
import { useAsync } from "../../hooks/use-async.ts";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";

const number = (v: number | null | undefined) =>
  v === null || v === undefined ? "—" : v.toLocaleString(undefined, { maximumFractionDigits: 2 });

function ThemeView({ theme }: { theme: Theme }) {
  const { t } = useTranslation();
  const figures = useAsync((signal) => themeFigures(theme.id, signal), theme.id);
  return (
    <Section title={theme.name}>
      <p>{theme.description}</p>
      <AsyncView state={figures}>
        {(f) => {
          const byId = new Map(f.indicators.map((i) => [i.id, i]));
          return (
            <>
              <p className="muted">
                {f.reportingMembers > 0
                  ? t("beyond.reportingMembers", { count: f.reportingMembers })
                  : t("beyond.noReports")}
              </p>
              <TableScroll label={t("beyond.indicators")}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t("beyond.indicator")}</th>
                      <th scope="col">{t("beyond.unit")}</th>
                      <th scope="col">{t("beyond.direction")}</th>
                      <th scope="col">{t("beyond.formula")}</th>
                      <th scope="col">{t("beyond.members")}</th>
                      <th scope="col">{t("beyond.median")}</th>
                      <th scope="col">{t("beyond.range")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {theme.indicators.map((i) => {
                      const s = byId.get(i.id);
                      return (
                        <tr key={i.id}>
                          <th scope="row" title={i.source}>
                            {i.name}
                          </th>
                          <td>{i.unit}</td>
                          <td>{t(i.direction === "higher" ? "beyond.higher" : "beyond.lower")}</td>
                          <td>{i.formulaText ? <code>{i.formulaText}</code> : t("beyond.reported")}</td>
                          <td className="num">{s?.n ?? 0}</td>
                          <td className="num">{number(s?.median)}</td>
                          <td className="num">
                            {s && s.n > 0 ? `${number(s.min)} – ${number(s.max)}` : "—"}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            </>
          );
        }}
      </AsyncView>
      <p>
        <strong>{t("beyond.targetTypes")}:</strong> {theme.targetTypes.map((x) => x.name).join(", ")}
      </p>
      <p>
        <strong>{t("beyond.actionCategories")}:</strong>{" "}
        {theme.actionCategories.map((x) => x.name).join(", ")}
      </p>
    </Section>
  );
}

/** The themes page. */
export default function ThemesPage() {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  useDocumentTitle(t("beyond.title"));
  const themes = useAsync((signal) => listThemes(signal), "themes");
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className="page">
      <h1>{t("beyond.title")}</h1>
      <p className="lead">{t("beyond.intro")}</p>
      <p>
        <Link href="/programmes/efficiency">{t("beyond.efficiencyTitle")}</Link>
        {" · "}
        <Link href="/programmes/resilience">{tw("resilience.title")}</Link>
      </p>
      <AsyncView state={themes}>
        {(list) => {
          const current = list.find((x) => x.id === chosen) ?? list[0];
          return (
            <>
              <label>
                {t("beyond.theme")}{" "}
                <select value={current?.id ?? ""} onChange={(e) => setChosen(e.target.value)}>
                  {list.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
                </select>
              </label>
              {current && <ThemeView theme={current} />}
            </>
          );
        }}
      </AsyncView>
    </div>
  );
}
