/** Routes of /api/v1/risks. */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Services } from "../../services/services.ts";
import type { ReadCache } from "../common/read-cache.ts";
import { resourceRoutes } from "../common/resource-routes.ts";
import { presentRisk } from "./presenter.ts";
import { Risk, RiskInput, RiskQuery } from "./schema.ts";

/** The risk routes over `services`. */
export function riskRoutes(services: Services, cache: ReadCache): OpenAPIHono {
  return resourceRoutes({
    plural: "risks",
    singular: "risk",
    input: RiskInput,
    query: RiskQuery,
    output: Risk,
    service: services.risks,
    present: presentRisk,
    visibility: (row) => ({ jurisdictionId: row.jurisdictionId, public: true }),
    separateWorkingView: false,
    cache,
  });
}
