/** The target form: type, scope, base and target years and values, reduction, status, description. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Target, TargetInput } from "../../api/client.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { numberOrNull, SelectField, TextArea, TextField, textOf } from "./fields.tsx";

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
  const labels = useLabels();
  return (
    <div className="form-grid">
      <SelectField
        label={t("records.type")}
        value={form.type}
        options={TYPES.map((x) => [x, labels.targetType(x)] as const)}
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
      <TextField label={t("records.baseValue")} value={form.baseValue} onChange={form.setBaseValue} numeric />
      <TextField
        label={t("records.targetYear")}
        value={form.targetYear}
        onChange={form.setTargetYear}
        numeric
        required
      />
      <TextField
        label={t("records.targetValue")}
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
