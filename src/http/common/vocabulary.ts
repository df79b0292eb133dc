/** Controlled vocabularies shared by targets, actions and risks (CDP / CRF lists). */

/** Climate hazards of the Common Reporting Framework. */
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

/** Reporting scopes of a target: the whole community, or the government's own operations. */
export const SCOPES = ["community", "government"] as const;

/** A lowercase slug such as `climate`, `water`, `ghg-emissions`: themes and indicators are data. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
