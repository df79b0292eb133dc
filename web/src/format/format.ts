/** Number, emission and date formatting in the reader's locale. */

/** Formats an integer-like count or population: 6 211 423 → "6,211,423" (en). */
export function formatInteger(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Formats a large number compactly: 6 211 423 → "6.2M" (en), "6,2 M" (fr). */
export function formatCompact(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(value);
}

/** Formats a number with up to `digits` decimals. */
export function formatNumber(value: number, locale: string, digits = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

/**
 * Formats tonnes of CO2e with precision that suits the size: whole tonnes from 100 t, three significant digits
 * below, and "0" for an exact zero.
 */
export function formatTonnes(value: number, locale: string): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  const options: Intl.NumberFormatOptions =
    abs >= 100 ? { maximumFractionDigits: 0 } : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(locale, options).format(value);
}

/** Formats tonnes of CO2e compactly for cards and chart axes: 12 345 678 → "12.3M". */
export function formatTonnesCompact(value: number, locale: string): string {
  return Math.abs(value) < 1000 ? formatTonnes(value, locale) : formatCompact(value, locale);
}

/** Formats a percentage given in percent (45 → "45%"). */
export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(percent / 100);
}

/** Formats an ISO timestamp as a date in the reader's locale. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
}

/** The name of an ISO 3166 country in the reader's language, or the code when unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
