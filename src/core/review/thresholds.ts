/** The thresholds of the automated review checks, as data in one place (change them here, and only here). */

/** Thresholds every submitted inventory is checked against. */
export const REVIEW_THRESHOLDS = {
  /** A sector or the BASIC total changing by more than this share from the previous verified year is flagged. */
  maxYearOnYearChange: 0.3,
  /** Sectors smaller than this (tCO2e) in both years are not compared: small numbers swing by large shares. */
  minComparableSector: 1000,
  /** Plausible BASIC emissions per inhabitant, tCO2e (cities range from well under 1 to a few tens). */
  perCapita: { min: 0.1, max: 60 },
  /** CRF minimum (Common Reporting Framework §3): these GPC sectors and gases must be reported. */
  crfSectors: [
    { sector: "I", name: "stationary energy" },
    { sector: "II", name: "transport" },
    { sector: "III", name: "waste" },
  ],
  crfGases: ["CO2", "CH4", "N2O"],
} as const;
