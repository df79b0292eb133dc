/** The action form: title, kind, status, years, expected reduction, description. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Action, ActionInput } from "../../api/client.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { numberOrNull, SelectField, TextArea, TextField, textOf } from "./fields.tsx";

const KINDS = ["mitigation", "adaptation", "both"] as const;
const STATUSES = ["planned", "in-progress", "completed", "cancelled"] as const;

/** The fields of an action; `toInput` reads them for the API. */
export function useActionForm(jurisdictionId: string, existing: Action | null) {
  const [title, setTitle] = useState(existing?.title ?? "");
  const [kind, setKind] = useState<ActionInput["kind"]>(
    (existing?.kind as ActionInput["kind"]) ?? "mitigation",
  );
  const [status, setStatus] = useState<ActionInput["status"]>(
    (existing?.status as ActionInput["status"]) ?? "planned",
  );
  const [startYear, setStartYear] = useState(textOf(existing?.startYear));
  const [endYear, setEndYear] = useState(textOf(existing?.endYear));
  const [expected, setExpected] = useState(textOf(existing?.expectedAnnualReduction));
  const [description, setDescription] = useState(existing?.description ?? "");
  const toInput = (): ActionInput => ({
    jurisdictionId,
    title: title.trim(),
    kind,
    status,
    startYear: numberOrNull(startYear),
    endYear: numberOrNull(endYear),
    expectedAnnualReduction: numberOrNull(expected),
    description: description.trim() || null,
  });
  const values = { title, kind, status, startYear, endYear, expected, description };
  const setters = { setTitle, setKind, setStatus, setStartYear, setEndYear, setExpected, setDescription };
  return { ...values, ...setters, toInput };
}

/** The fields. */
export function ActionFields({ form }: { form: ReturnType<typeof useActionForm> }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <div className="form-grid">
      <TextField label={t("records.title")} value={form.title} onChange={form.setTitle} required />
      <SelectField
        label={t("records.kind")}
        value={form.kind}
        options={KINDS.map((x) => [x, labels.actionKind(x)] as const)}
        onChange={(v) => form.setKind(v as ActionInput["kind"])}
      />
      <SelectField
        label={t("records.status")}
        value={form.status}
        options={STATUSES.map((x) => [x, labels.actionStatus(x)] as const)}
        onChange={(v) => form.setStatus(v as ActionInput["status"])}
      />
      <TextField label={t("records.startYear")} value={form.startYear} onChange={form.setStartYear} numeric />
      <TextField label={t("records.endYear")} value={form.endYear} onChange={form.setEndYear} numeric />
      <TextField label={t("records.expected")} value={form.expected} onChange={form.setExpected} numeric />
      <TextArea label={t("records.description")} value={form.description} onChange={form.setDescription} />
    </div>
  );
}
