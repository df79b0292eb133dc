/** The action form: theme (climate, or a declared theme and its category), title, kind, status, years, expected reduction, description. */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Action, ActionInput } from "../../api/client.ts";
import { useLabels } from "../../hooks/use-labels.ts";
import { useThemeWorkT } from "../../i18n/theme-work/use-theme-work-t.ts";
import { numberOrNull, SelectField, TextArea, TextField, textOf } from "./fields.tsx";
import { CLIMATE, useThemeList } from "./theme-choice.ts";

const KINDS = ["mitigation", "adaptation", "both"] as const;
const STATUSES = ["planned", "in-progress", "completed", "cancelled"] as const;

/** The fields of an action; `toInput` reads them for the API. */
export function useActionForm(jurisdictionId: string, existing: Action | null) {
  const [theme, setTheme] = useState(existing?.theme ?? CLIMATE);
  const [category, setCategory] = useState(existing?.category ?? "");
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
    ...(theme === CLIMATE ? {} : { theme, category: category || null }),
    title: title.trim(),
    kind,
    status,
    startYear: numberOrNull(startYear),
    endYear: numberOrNull(endYear),
    expectedAnnualReduction: numberOrNull(expected),
    description: description.trim() || null,
  });
  const values = { theme, category, title, kind, status, startYear, endYear, expected, description };
  const setters = {
    setTheme,
    setCategory,
    setTitle,
    setKind,
    setStatus,
    setStartYear,
    setEndYear,
    setExpected,
    setDescription,
  };
  return { ...values, ...setters, toInput };
}

/** The fields. */
export function ActionFields({ form }: { form: ReturnType<typeof useActionForm> }) {
  const { t } = useTranslation();
  const tw = useThemeWorkT();
  const labels = useLabels();
  const themes = useThemeList();
  const theme = themes.find((x) => x.id === form.theme);
  return (
    <div className="form-grid">
      <SelectField
        label={tw("records.theme")}
        value={form.theme}
        options={[[CLIMATE, tw("records.climate")], ...themes.map((x) => [x.id, x.name] as const)]}
        onChange={(id) => {
          form.setTheme(id);
          form.setCategory(themes.find((x) => x.id === id)?.actionCategories[0]?.id ?? "");
        }}
      />
      {theme && (
        <SelectField
          label={tw("records.category")}
          value={form.category}
          options={theme.actionCategories.map((c) => [c.id, c.name] as const)}
          onChange={form.setCategory}
        />
      )}
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
