/** What a jurisdiction's public profile adds to its roll-up summary: what peers, leaders and the report need. */

/** One year of a published inventory's tCO2e by GPC sector (I, II, III …). */
export interface SectorYear {
  readonly year: number;
  readonly bySector: Readonly<Record<string, number>>;
}

/** The features a jurisdiction is compared on, and the names a reader needs, from its public data only. */
export interface JurisdictionProfile {
  readonly name: string;
  readonly tags: readonly string[];
  /** Hazards of its assessed climate risks (CDP/CRF hazard ids), sorted, without duplicates. */
  readonly hazards: readonly string[];
  /** tCO2e by GPC sector of each published community inventory, oldest first. */
  readonly sectorYears: readonly SectorYear[];
  /** The status of each published target's progress (core/targets `targetProgress`). */
  readonly progress: readonly TargetStatus[];
}

/** One published target and its progress status. */
export interface TargetStatus {
  readonly targetId: string;
  readonly status: "achieved" | "on-track" | "off-track" | "no-data";
  readonly targetYear: number;
}
