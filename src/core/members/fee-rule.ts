/**
 * The membership fee rule, published as data: an annual fee by population class (the analytics size classes)
 * and the country's World Bank income group, scaled by membership level and scope. `feeFor` applies it and
 * says how, so a member can check its invoice by hand.
 */
import { SIZE_CLASSES, sizeClassOf } from "../analytics/size-class.ts";
import { INCOME_GROUP_SOURCE, type IncomeGroup, incomeGroupOf } from "./income-groups.ts";

/** Membership levels (the plan's "basic and advanced types of membership"). */
export const MEMBERSHIP_LEVELS = ["basic", "advanced"] as const;
export type MembershipLevel = (typeof MEMBERSHIP_LEVELS)[number];

/** Membership scopes (the plan's "global and regional memberships"). */
export const MEMBERSHIP_SCOPES = ["global", "regional"] as const;
export type MembershipScope = (typeof MEMBERSHIP_SCOPES)[number];

/** The published rule: every number of the fee, in one place. */
export interface FeeRule {
  readonly id: string;
  readonly currency: string;
  /** Annual fee of a basic global membership in a high-income country, by size class id. */
  readonly baseFee: Readonly<Record<string, number>>;
  readonly incomeFactor: Readonly<Record<IncomeGroup, number>>;
  readonly levelFactor: Readonly<Record<MembershipLevel, number>>;
  readonly scopeFactor: Readonly<Record<MembershipScope, number>>;
  /** Fees are rounded half up to a multiple of this. */
  readonly roundTo: number;
  readonly incomeGroupSource: string;
}

/** The rule in force (the demonstration network's published schedule). */
export const FEE_RULE: FeeRule = {
  id: "fees-2025",
  currency: "EUR",
  baseFee: { "lt-50k": 1_000, "50k-250k": 2_500, "250k-1m": 5_000, "1m-5m": 9_000, "ge-5m": 14_000 },
  incomeFactor: { high: 1, "upper-middle": 0.5, "lower-middle": 0.25, low: 0.1 },
  levelFactor: { basic: 1, advanced: 1.5 },
  scopeFactor: { global: 1, regional: 0.7 },
  roundTo: 10,
  incomeGroupSource: INCOME_GROUP_SOURCE,
};

const INCOME_CODE: Record<IncomeGroup, string> = {
  high: "H",
  "upper-middle": "UM",
  "lower-middle": "LM",
  low: "L",
};

/** What the fee depends on. */
export interface FeeInput {
  readonly population: number | null;
  readonly country: string;
  readonly level: MembershipLevel;
  readonly scope: MembershipScope;
}

/** A fee and how it was reached, or why there is none. */
export type FeeOutcome =
  | {
      readonly ok: true;
      /** Population class number (1 smallest) and income group code, e.g. "P4-UM". */
      readonly tier: string;
      readonly sizeClass: string;
      readonly incomeGroup: IncomeGroup;
      readonly annualFee: number;
      readonly currency: string;
      readonly explanation: string;
    }
  | { readonly ok: false; readonly reason: string };

/** Applies `rule` to a membership: base fee × income factor × level factor × scope factor, rounded. */
export function feeFor(input: FeeInput, rule: FeeRule = FEE_RULE): FeeOutcome {
  const sizeClass = sizeClassOf(input.population);
  const classIndex = SIZE_CLASSES.findIndex((c) => c.id === sizeClass);
  const base = rule.baseFee[sizeClass];
  if (classIndex < 0 || base === undefined) return { ok: false, reason: "population unknown" };
  const incomeGroup = incomeGroupOf(input.country);
  if (!incomeGroup) return { ok: false, reason: `no income group for country ${input.country}` };
  const factors = [
    rule.incomeFactor[incomeGroup],
    rule.levelFactor[input.level],
    rule.scopeFactor[input.scope],
  ];
  const raw = factors.reduce((fee, f) => fee * f, base);
  // Half up on the rounding unit; the epsilon keeps 2624.9999… (binary floating point) from rounding down.
  const annualFee = Math.floor(raw / rule.roundTo + 0.5 + 1e-9) * rule.roundTo;
  const label = SIZE_CLASSES[classIndex]?.label ?? sizeClass;
  return {
    ok: true,
    tier: `P${classIndex + 1}-${INCOME_CODE[incomeGroup]}`,
    sizeClass,
    incomeGroup,
    annualFee,
    currency: rule.currency,
    explanation:
      `${base} ${rule.currency} (population ${label}) × ${factors[0]} (${incomeGroup} income) × ` +
      `${factors[1]} (${input.level}) × ${factors[2]} (${input.scope}) = ${round2(raw)}, ` +
      `rounded to ${annualFee} ${rule.currency}`,
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
