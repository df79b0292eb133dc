/** Routes of /api/v1/jurisdictions. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import type { ReadCache } from "../common/read-cache.ts";
import { resourceRoutes } from "../common/resource-routes.ts";
import { presentJurisdiction } from "./presenter.ts";
import { Jurisdiction, JurisdictionInput, JurisdictionQuery } from "./schema.ts";

/** The jurisdiction routes over `services`. */
export function jurisdictionRoutes(services: Services, cache: ReadCache): OpenAPIHono {
  return resourceRoutes({
    plural: "jurisdictions",
    singular: "jurisdiction",
    input: JurisdictionInput,
    query: JurisdictionQuery,
    output: Jurisdiction,
    service: services.jurisdictions,
    present: presentJurisdiction,
    visibility: (row) => ({ jurisdictionId: row.id, public: true }),
    separateWorkingView: false,
    cache,
  });
}
