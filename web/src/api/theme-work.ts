/** Signed-in writes of theme reports and TAP projects (create, update with If-Match, light review transitions). */
import { api, unwrap } from "./client.ts";
import { etagOf } from "./inventory-writes.ts";
import { collectPages } from "./pages.ts";
import { MAX_LIMIT } from "./queries.ts";
import type { RecordTransition } from "./record-writes.ts";
import type { components } from "./schema";

type Schemas = components["schemas"];
export type ThemeReport = Schemas["ThemeReport"];
export type ThemeReportInput = Schemas["ThemeReportInput"];
export type TapProjectInput = Schemas["TapProjectInput"];
type TapProject = Schemas["TapProject"];

const ifMatch = (version: number) => ({ "if-match": etagOf(version) });

/** One theme report (drafts too, for those who may see them). */
export async function getThemeReport(id: string, signal?: AbortSignal): Promise<ThemeReport> {
  return unwrap(await api.GET("/api/v1/theme-reports/{id}", { params: { path: { id } }, signal }));
}

/** Creates or replaces a theme report. */
export async function saveThemeReport(input: ThemeReportInput, existing?: ThemeReport): Promise<ThemeReport> {
  if (!existing) return unwrap(await api.POST("/api/v1/theme-reports", { body: input }));
  return unwrap(
    await api.PUT("/api/v1/theme-reports/{id}", {
      params: { path: { id: existing.id }, header: ifMatch(existing.version) },
      body: input,
    }),
  );
}

/** Moves a theme report along its light review. */
export async function transitionThemeReport(
  report: ThemeReport,
  transition: RecordTransition,
  comment?: string,
): Promise<ThemeReport> {
  const path = `/api/v1/theme-reports/{id}/${transition}` as const;
  return unwrap(
    await api.POST(path, {
      params: { path: { id: report.id }, header: ifMatch(report.version) },
      body: { comment: comment ?? null },
    }),
  );
}

/** Theme reports of a jurisdiction and/or review status that the user may see. */
export async function themeReportsOf(
  query: { jurisdictionId?: string; reviewStatus?: ThemeReport["reviewStatus"] },
  signal?: AbortSignal,
) {
  return collectPages<ThemeReport>(async (cursor) =>
    unwrap(
      await api.GET("/api/v1/theme-reports", {
        params: { query: { limit: MAX_LIMIT, cursor, ...query } },
        signal,
      }),
    ),
  );
}

/** One TAP project. */
export async function getTapProject(id: string, signal?: AbortSignal): Promise<TapProject> {
  return unwrap(await api.GET("/api/v1/tap-projects/{id}", { params: { path: { id } }, signal }));
}

/** Creates or replaces a TAP project. */
export async function saveTapProject(input: TapProjectInput, existing?: TapProject): Promise<TapProject> {
  if (!existing) return unwrap(await api.POST("/api/v1/tap-projects", { body: input }));
  return unwrap(
    await api.PUT("/api/v1/tap-projects/{id}", {
      params: { path: { id: existing.id }, header: ifMatch(existing.version) },
      body: input,
    }),
  );
}

/** Moves a TAP project along its light review. */
export async function transitionTapProject(
  project: TapProject,
  transition: RecordTransition,
  comment?: string,
): Promise<TapProject> {
  const path = `/api/v1/tap-projects/{id}/${transition}` as const;
  return unwrap(
    await api.POST(path, {
      params: { path: { id: project.id }, header: ifMatch(project.version) },
      body: { comment: comment ?? null },
    }),
  );
}

/** TAP projects of a jurisdiction and/or review status that the user may see. */
export async function tapProjectsOf(
  query: { jurisdictionId?: string; reviewStatus?: TapProject["reviewStatus"] },
  signal?: AbortSignal,
) {
  return collectPages<TapProject>(async (cursor) =>
    unwrap(
      await api.GET("/api/v1/tap-projects", {
        params: { query: { limit: MAX_LIMIT, cursor, ...query } },
        signal,
      }),
    ),
  );
}

export type ProviderInput = Schemas["SolutionProviderInput"];
export type Provider = Schemas["SolutionProvider"];
export type ProviderWithSolutions = Schemas["SolutionProviderWithSolutions"];

/** One provider with its solutions (its proposer and reviewers read unapproved ones). */
export async function getProvider(id: string, signal?: AbortSignal): Promise<ProviderWithSolutions> {
  return unwrap(await api.GET("/api/v1/solution-providers/{id}", { params: { path: { id } }, signal }));
}

/** Proposes a provider, or replaces the proposer's own (it goes back to review). */
export async function saveProvider(input: ProviderInput, existing?: Provider): Promise<Provider> {
  if (!existing) return unwrap(await api.POST("/api/v1/solution-providers", { body: input }));
  return unwrap(
    await api.PUT("/api/v1/solution-providers/{id}", {
      params: { path: { id: existing.id }, header: ifMatch(existing.version) },
      body: input,
    }),
  );
}

/** Providers: the signed-in user's own (`mine`), or of one review status (reviewers see every status). */
export async function listProviders(
  query: { mine?: boolean; reviewStatus?: Provider["reviewStatus"] },
  signal?: AbortSignal,
): Promise<Provider[]> {
  const params = {
    query: { reviewStatus: query.reviewStatus, ...(query.mine ? { mine: "true" as const } : {}) },
  };
  return unwrap(await api.GET("/api/v1/solution-providers", { params, signal })).items;
}

/** A reviewer approves or rejects a submitted provider (a rejection gives its reason). */
export async function decideProvider(
  id: string,
  decision: "approve" | "reject",
  comment: string | null,
): Promise<Provider> {
  const path = `/api/v1/solution-providers/{id}/${decision}` as const;
  return unwrap(await api.POST(path, { params: { path: { id } }, body: { comment } }));
}

export type SolutionMatches = Schemas["SolutionMatches"];

/** Approved solutions matched to a member's emission gaps, hazards and action sectors, best first. */
export async function solutionMatches(
  jurisdictionId: string,
  signal?: AbortSignal,
): Promise<SolutionMatches> {
  return unwrap(
    await api.GET("/api/v1/jurisdictions/{id}/solution-matches", {
      params: { path: { id: jurisdictionId } },
      signal,
    }),
  );
}
