/**
 * World Bank country income groups, as data, for the countries of the demonstration network and of the
 * network's offices. Source: World Bank Group country classifications by income level for FY2025
 * (1 July 2024 – 30 June 2025), based on 2023 GNI per capita (Atlas method): low ≤ US$1,145, lower-middle
 * 1,146–4,515, upper-middle 4,516–14,005, high > 14,005. A country missing here has no fee tier until added.
 */

/** The four income groups, richest first. */
export const INCOME_GROUPS = ["high", "upper-middle", "lower-middle", "low"] as const;

/** An income group. */
export type IncomeGroup = (typeof INCOME_GROUPS)[number];

/** Where the table comes from (the fee rule quotes it). */
export const INCOME_GROUP_SOURCE =
  "World Bank country classifications by income level, FY2025 (1 July 2024 – 30 June 2025)";

/** ISO 3166-1 alpha-2 country → income group. */
export const COUNTRY_INCOME_GROUPS: Readonly<Record<string, IncomeGroup>> = {
  AR: "upper-middle",
  AU: "high",
  BD: "lower-middle",
  BE: "high",
  BR: "upper-middle",
  CA: "high",
  CH: "high",
  CO: "upper-middle",
  DE: "high",
  EC: "upper-middle",
  ES: "high",
  ET: "low",
  FR: "high",
  GB: "high",
  HK: "high",
  HN: "lower-middle",
  ID: "upper-middle",
  IN: "lower-middle",
  IS: "high",
  IT: "high",
  JO: "lower-middle",
  JP: "high",
  KR: "high",
  MX: "upper-middle",
  MY: "upper-middle",
  NG: "lower-middle",
  NL: "high",
  NZ: "high",
  PE: "upper-middle",
  PH: "lower-middle",
  SN: "lower-middle",
  TH: "upper-middle",
  TR: "upper-middle",
  TW: "high",
  UG: "low",
  US: "high",
  ZA: "upper-middle",
};

/** The income group of an ISO country code, or null when the table does not have it. */
export function incomeGroupOf(country: string): IncomeGroup | null {
  return COUNTRY_INCOME_GROUPS[country.toUpperCase()] ?? null;
}
