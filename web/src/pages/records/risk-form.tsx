/** The risk form: hazard, probability, impact, timeframe, description. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Risk, RiskInput } from "../../api/client.ts";
import { HAZARDS as CRF_HAZARDS } from "../../engine.ts";
import { SelectField, TextArea } from "./fields.tsx";

const HAZARDS: readonly RiskInput["hazard"][] = CRF_HAZARDS;
const LEVELS = ["low", "medium", "high"] as const;
const TIMEFRAMES = ["current", "short-term", "medium-term", "long-term"] as const;
type Level = (typeof LEVELS)[number];
type Timeframe = (typeof TIMEFRAMES)[number];

/** The fields of a risk; `toInput` reads them for the API. */
export function useRiskForm(jurisdictionId: string, existing: Risk | null) {
  const [hazard, setHazard] = useState<RiskInput["hazard"]>(
    (existing?.hazard as RiskInput["hazard"]) ?? "flood",
  );
  const [probability, setProbability] = useState(existing?.probability ?? "");
  const [impact, setImpact] = useState(existing?.impact ?? "");
  const [timeframe, setTimeframe] = useState(existing?.timeframe ?? "");
  const [description, setDescription] = useState(existing?.description ?? "");
  const toInput = (): RiskInput => ({
    jurisdictionId,
    hazard,
    probability: (probability || null) as Level | null,
    impact: (impact || null) as Level | null,
    timeframe: (timeframe || null) as Timeframe | null,
    description: description.trim() || null,
  });
  const values = { hazard, probability, impact, timeframe, description };
  return { ...values, setHazard, setProbability, setImpact, setTimeframe, setDescription, toInput };
}

/** The fields. */
export function RiskFields({ form }: { form: ReturnType<typeof useRiskForm> }) {
  const { t } = useTranslation();
  const notSet = ["", t("records.notSet")] as const;
  const levels = [notSet, ...LEVELS.map((x) => [x, t(`level3.${x}`)] as const)];
  return (
    <div className="form-grid">
      <SelectField
        label={t("records.hazard")}
        value={form.hazard}
        options={HAZARDS.map((x) => [x, t(`hazard.${x}`)] as const)}
        onChange={(v) => form.setHazard(v as RiskInput["hazard"])}
      />
      <SelectField
        label={t("records.probability")}
        value={form.probability}
        options={levels}
        onChange={form.setProbability}
      />
      <SelectField
        label={t("records.impact")}
        value={form.impact}
        options={levels}
        onChange={form.setImpact}
      />
      <SelectField
        label={t("records.timeframe")}
        value={form.timeframe}
        options={[notSet, ...TIMEFRAMES.map((x) => [x, t(`timeframe.${x}`)] as const)]}
        onChange={form.setTimeframe}
      />
      <TextArea label={t("records.description")} value={form.description} onChange={form.setDescription} />
    </div>
  );
}
