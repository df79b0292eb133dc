/** Controlled vocabularies shared by targets, actions and risks (CDP / CRF lists). */

/** Climate hazards of the Common Reporting Framework (defined in the core, shared with the web app). */
export { HAZARDS } from "../../core/hazards.ts";

/** Reporting scopes of a target: the whole community, or the government's own operations. */
export const SCOPES = ["community", "government"] as const;

/** A lowercase slug such as `climate`, `water`, `ghg-emissions`: themes and indicators are data. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,59}$/;
