/**
 * The target form: theme (climate, or a declared theme with its indicator and target types), type, scope, base and
 * target years and values, reduction, status, description.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Target, TargetInput } from "../../api/client.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";
import { numberOrNull, SelectField, TextArea, TextField, textOf } from "./fields.tsx";
import { CLIMATE, useThemeList } from "./theme-choice.ts";

const TYPES: TargetInput["type"][] = [
  "base-year-absolute",
  "base-year-intensity",
  "fixed-level",
  "baseline-scenario",
  "renewable-energy-share",
  "resource-efficiency",
];
const STATUSES = ["active", "achieved", "missed", "withdrawn"] as const;

/** The fields of a target; `toInput` reads them for the API. */
export function useTargetForm(jurisdictionId: string, existing: Target | null) {
  const [theme, setTheme] = useState(existing?.theme ?? CLIMATE);
  const [indicator, setIndicator] = useState(existing?.indicator ?? "");
  const [type, setType] = useState<TargetInput["type"]>(
    (existing?.type as TargetInput["type"]) ?? "base-year-absolute",
  );
  const [scope, setScope] = useState<TargetInput["scope"]>(
    existing?.scope === "government" ? "government" : "community",
  );
  const [status, setStatus] = useState<NonNullable<TargetInput["status"]>>(
    (existing?.status as NonNullable<TargetInput["status"]>) ?? "active",
  );
  const [baseYear, setBaseYear] = useState(textOf(existing?.baseYear));
  const [baseValue, setBaseValue] = useState(textOf(existing?.baseValue));
  const [targetYear, setTargetYear] = useState(textOf(existing?.targetYear ?? 2030));
  const [targetValue, setTargetValue] = useState(textOf(existing?.targetValue));
  const [reduction, setReduction] = useState(textOf(existing?.reductionPercent));
  const [description, setDescription] = useState(existing?.description ?? "");
  const toInput = (): TargetInput => ({
    jurisdictionId,
    ...(theme === CLIMATE ? {} : { theme, indicator }),
    type,
    scope,
    status,
    baseYear: numberOrNull(baseYear),
    baseValue: numberOrNull(baseValue),
    targetYear: Number(targetYear),
    targetValue: numberOrNull(targetValue),
    reductionPercent: numberOrNull(reduction),
    description: description.trim() || null,
  });
  const fields = {
    theme,
    setTheme,
    indicator,
    setIndicator,
    type,
    setType,
    scope,
    setScope,
    status,
    setStatus,
    baseYear,
    setBaseYear,
    baseValue,
    setBaseValue,
  };
  const more = {
    targetYear,
    setTargetYear,
    targetValue,
    setTargetValue,
    reduction,
    setReduction,
    description,
    setDescription,
  };
  return { ...fields, ...more, toInput };
}

/** The fields. */
export function TargetFields({ form }: { form: ReturnType<typeof useTargetForm> }) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const labels = useLabels();
  const themes = useThemeList();
  const theme = themes.find((x) => x.id === form.theme);
  const unit = theme?.indicators.find((i) => i.id === form.indicator)?.unit;
  const choose = (id: string) => {
    const next = themes.find((x) => x.id === id);
    form.setTheme(id);
    form.setType(next?.targetTypes[0]?.id ?? "base-year-absolute");
    form.setIndicator(next?.indicators[0]?.id ?? "");
  };
  return (
    <div className="form-grid">
      <SelectField
        label={tw("records.theme")}
        value={form.theme}
        options={[[CLIMATE, tw("records.climate")], ...themes.map((x) => [x.id, x.name] as const)]}
        onChange={choose}
      />
      {theme && (
        <SelectField
          label={tw("records.indicator")}
          value={form.indicator}
          options={theme.indicators.map((i) => [i.id, `${i.name} (${i.unit})`] as const)}
          onChange={form.setIndicator}
        />
      )}
      <SelectField
        label={t("records.type")}
        value={form.type}
        options={
          theme
            ? theme.targetTypes.map((x) => [x.id, x.name] as const)
            : TYPES.map((x) => [x, labels.targetType(x)] as const)
        }
        onChange={(v) => form.setType(v as TargetInput["type"])}
      />
      <SelectField
        label={t("records.scope")}
        value={form.scope}
        options={[
          ["community", labels.targetScope("community")],
          ["government", labels.targetScope("government")],
        ]}
        onChange={(v) => form.setScope(v === "government" ? "government" : "community")}
      />
      <SelectField
        label={t("records.status")}
        value={form.status}
        options={STATUSES.map((x) => [x, labels.targetStatus(x)] as const)}
        onChange={(v) => form.setStatus(v as (typeof STATUSES)[number])}
      />
      <TextField label={t("records.baseYear")} value={form.baseYear} onChange={form.setBaseYear} numeric />
      <TextField
        label={theme ? tw("records.baseValue", { unit: unit ?? "" }) : t("records.baseValue")}
        value={form.baseValue}
        onChange={form.setBaseValue}
        numeric
      />
      <TextField
        label={t("records.targetYear")}
        value={form.targetYear}
        onChange={form.setTargetYear}
        numeric
        required
      />
      <TextField
        label={theme ? tw("records.targetValue", { unit: unit ?? "" }) : t("records.targetValue")}
        value={form.targetValue}
        onChange={form.setTargetValue}
        numeric
      />
      <TextField
        label={t("records.reductionPercent")}
        value={form.reduction}
        onChange={form.setReduction}
        numeric
      />
      <TextArea label={t("records.description")} value={form.description} onChange={form.setDescription} />
    </div>
  );
}
