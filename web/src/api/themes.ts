/** Reads and writes of the themes beyond climate, the 10% programme, the TAP and the Solutions Gateway. */
import { api, unwrap } from "./client.ts";
import type { components, operations } from "./schema";

type Schemas = components["schemas"];
export type Theme = Schemas["Theme"];
export type ThemeFigures = Schemas["ThemeFigures"];
export type EfficiencyProgramme = Schemas["EfficiencyProgramme"];
export type ResilienceGoal = Schemas["ResilienceGoal"];
export type TapProject = Schemas["TapProject"];
export type TapInterest = Schemas["TapInterest"];
export type Solution = Schemas["Solution"];
/** What funders filter projects by. */
export type TapQuery = NonNullable<operations["list-tap-projects"]["parameters"]["query"]>;
/** What the Gateway's catalogue is filtered by. */
export type SolutionQuery = NonNullable<operations["list-solutions"]["parameters"]["query"]>;

/** Every declared theme. */
export async function listThemes(signal?: AbortSignal): Promise<Theme[]> {
  return unwrap(await api.GET("/api/v1/themes", { signal })).items;
}

/** A theme's indicators across members. */
export async function themeFigures(theme: string, signal?: AbortSignal): Promise<ThemeFigures> {
  return unwrap(await api.GET("/api/v1/themes/{theme}/figures", { params: { path: { theme } }, signal }));
}

/** The 10% efficiency-gain programme. */
export async function efficiencyProgramme(signal?: AbortSignal): Promise<EfficiencyProgramme> {
  return unwrap(await api.GET("/api/v1/programmes/efficiency", { signal }));
}

/** The plan's 25% resilience goal, over the network and per region. */
export async function resilienceGoal(signal?: AbortSignal): Promise<ResilienceGoal> {
  return unwrap(await api.GET("/api/v1/programmes/resilience", { signal }));
}

/** One page of published TAP projects (and the reader's own drafts). */
export async function listTapProjects(query: TapQuery, signal?: AbortSignal): Promise<TapProject[]> {
  return unwrap(await api.GET("/api/v1/tap-projects", { params: { query }, signal })).items;
}

/** The signed-in funder's saved and interesting projects. */
export async function myTapInterests(signal?: AbortSignal) {
  return unwrap(await api.GET("/api/v1/tap-interests", { signal })).items;
}

/** Saves a project and/or expresses interest (funders). */
export async function setTapInterest(
  id: string,
  body: { saved: boolean; interested: boolean; message?: string | null },
): Promise<TapInterest> {
  return unwrap(await api.PUT("/api/v1/tap-projects/{id}/interest", { params: { path: { id } }, body }));
}

/** The funders interested in a project (its member's reporters and approvers, reviewers). */
export async function tapInterestsIn(id: string, signal?: AbortSignal) {
  return unwrap(await api.GET("/api/v1/tap-projects/{id}/interests", { params: { path: { id } }, signal }))
    .items;
}

/** Solutions of approved providers. */
export async function listSolutions(query: SolutionQuery, signal?: AbortSignal): Promise<Solution[]> {
  return unwrap(await api.GET("/api/v1/solutions", { params: { query }, signal })).items;
}
