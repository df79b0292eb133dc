/** The agenda and hazard ids the filters offer (the API validates the same lists). */
import { HAZARDS } from "../../../../src/core/hazards.ts";
import { AGENDA_IDS as AGENDAS } from "../../../../src/core/members/agendas.ts";

/** The ten urban agendas. */
export const AGENDA_IDS = AGENDAS;
/** The CRF hazards. */
export const HAZARD_IDS = HAZARDS;
/** The stages of a TAP project, in order. */
export const TAP_STAGE_IDS = [
  "concept",
  "feasibility",
  "ready-for-finance",
  "financed",
  "implemented",
] as const;
