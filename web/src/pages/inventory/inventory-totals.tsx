/** An inventory's stored totals: BASIC, BASIC+, territorial, scopes, biogenic CO2, per capita. */
import { useTranslation } from "react-i18next";
import type { InventoryResults } from "../../api/client.ts";
import { Section } from "../../components/section.tsx";
import { StatCard } from "../../components/stat-card.tsx";
import { formatNumber, formatTonnes } from "../../format/format.ts";

/** The totals as cards, in tCO2e. */
export function InventoryTotals({ results }: { results: InventoryResults }) {
  const { t, i18n } = useTranslation();
  const unit = t("inventory.unit");
  const tonnes = (value: number) => formatTonnes(value, i18n.language);
  const totals = results.totals;
  return (
    <Section title={t("inventory.totals")}>
      <dl className="stat-grid">
        <StatCard label={t("level.basic")} value={tonnes(totals.basic)} note={unit} />
        <StatCard label={t("level.basicPlus")} value={tonnes(totals.basicPlus)} note={unit} />
        <StatCard label={t("level.territorial")} value={tonnes(totals.territorial)} note={unit} />
        <StatCard label={t("inventory.scope1")} value={tonnes(totals.scope1)} note={unit} />
        <StatCard label={t("inventory.scope2")} value={tonnes(totals.scope2)} note={unit} />
        <StatCard label={t("inventory.scope3")} value={tonnes(totals.scope3)} note={unit} />
        <StatCard
          label={t("inventory.biogenic")}
          value={tonnes(totals.biogenicCO2)}
          note={t("inventory.biogenicNote")}
        />
        {totals.perCapita && (
          <StatCard
            label={t("inventory.perCapita")}
            value={formatNumber(totals.perCapita.basic, i18n.language, 2)}
            note={t("inventory.perCapitaUnit")}
          />
        )}
      </dl>
    </Section>
  );
}
