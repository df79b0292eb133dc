/** Climate hazards of the GCoM Common Reporting Framework, as LocalLedger's identifiers (server and web share it). */
export const HAZARDS = [
  "extreme-heat",
  "extreme-cold",
  "extreme-precipitation",
  "flood",
  "sea-level-rise",
  "drought",
  "storm",
  "wildfire",
  "landslide",
  "water-scarcity",
  "vector-borne-disease",
  "other",
] as const;

/** One CRF hazard. */
export type Hazard = (typeof HAZARDS)[number];
