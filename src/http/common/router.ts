/** A router with the API's validation hook, so every route reports input errors the same way. */
import { OpenAPIHono } from "@hono/zod-openapi";
import { validationHook } from "./error-handler.ts";

/** Creates an OpenAPIHono router whose failed validations become `validation_failed` errors. */
export function newRouter(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: validationHook });
}
