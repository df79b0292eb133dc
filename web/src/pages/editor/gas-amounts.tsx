/** A list of gas amounts (factors or direct emissions): gas, value and unit per entry, add and remove. */
import { useTranslation } from "react-i18next";
import type { GasAmount } from "./editor-lines.ts";
import { GAS_KEYS, withCurrent } from "./editor-options.ts";

/** The entries of one group; `units` are the unit choices; `idPrefix` names the inputs for labels. */
export function GasAmounts({
  legend,
  amounts,
  units,
  idPrefix,
  defaultUnit,
  onChange,
}: {
  legend: string;
  amounts: GasAmount[];
  units: readonly string[];
  idPrefix: string;
  defaultUnit: string;
  onChange: (amounts: GasAmount[]) => void;
}) {
  const { t } = useTranslation();
  const set = (index: number, patch: Partial<GasAmount>) =>
    onChange(amounts.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const unused = GAS_KEYS.find((g) => !amounts.some((a) => a.gas === g)) ?? "CO2";
  return (
    <fieldset className="gas-amounts">
      <legend>{legend}</legend>
      {amounts.map((amount, i) => {
        const id = `${idPrefix}-${i}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity but their position
          <div className="gas-amount" key={i}>
            <label className="compact-field">
              <span>{t("editor.gas")}</span>
              <select id={`${id}-gas`} value={amount.gas} onChange={(e) => set(i, { gas: e.target.value })}>
                {withCurrent(GAS_KEYS, amount.gas).map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </label>
            <label className="compact-field">
              <span>{t("editor.value")}</span>
              <input
                id={`${id}-value`}
                inputMode="decimal"
                className="num-input"
                value={amount.value}
                onChange={(e) => set(i, { value: e.target.value })}
              />
            </label>
            <label className="compact-field">
              <span>{t("editor.unit")}</span>
              <select
                id={`${id}-unit`}
                value={amount.unit}
                onChange={(e) => set(i, { unit: e.target.value })}
              >
                {withCurrent(units, amount.unit).map((u) => (
                  <option key={u} value={u}>
                    {u}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={t("editor.removeGas", { gas: amount.gas })}
              onClick={() => onChange(amounts.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onChange([...amounts, { gas: unused, value: "", unit: defaultUnit }])}
      >
        {t("editor.addGas")}
      </button>
    </fieldset>
  );
}
