/** Presents a jurisdiction for the API. */
import type { z } from "@hono/zod-openapi";
import type { Jurisdiction as JurisdictionRecord } from "../../services/jurisdiction.service.ts";
import { presentAudit } from "../common/schema.ts";
import type { Jurisdiction } from "./schema.ts";

function series(j: JurisdictionRecord, indicator: string) {
  return j.series.filter((p) => p.indicator === indicator).map((p) => ({ year: p.year, value: p.value }));
}

/** The API view of a jurisdiction and its series. */
export function presentJurisdiction(j: JurisdictionRecord): z.input<typeof Jurisdiction> {
  return {
    ...presentAudit(j),
    name: j.name,
    type: j.type,
    country: j.country,
    locode: j.locode,
    cdpAccount: j.cdpAccount,
    region: j.region,
    parentId: j.parentId,
    tags: j.tags,
    requiresApprover: j.requiresApprover,
    population: series(j, "population"),
    gdp: series(j, "gdp"),
    area: series(j, "area"),
  };
}
