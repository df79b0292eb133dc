/** The public analytics reads (network roll-ups, trends, peers, target progress), through the typed client. */
import type { TargetProgress } from "../../../src/core/targets/types.ts";
import { api, unwrap } from "./client.ts";
import type { components } from "./schema";

type Schemas = components["schemas"];
export type NetworkAnalytics = Schemas["NetworkSummary"];
export type TrendsAnalytics = Schemas["Trends"];
export type NonOverlappingFigure = Schemas["NonOverlappingFigure"];
export type Distribution = Schemas["Distribution"];
export type Commitment = Schemas["Commitments"];
export type PeersView = Schemas["Peers"];
/** A target's progress; `progress` is the core's TargetProgress, as the OpenAPI document describes it. */
export type TargetProgressView = Omit<Schemas["TargetProgress"], "progress"> & { progress: TargetProgress };

/** The network summary: counts, groups, territorial emissions without overlaps, per-capita spreads, commitments. */
export async function networkAnalytics(signal?: AbortSignal): Promise<NetworkAnalytics> {
  return unwrap(await api.GET("/api/v1/analytics/network", { signal }));
}

/** Verified territorial emissions and BASIC per-capita medians by year; emissions by sector by year. */
export async function trendsAnalytics(signal?: AbortSignal): Promise<TrendsAnalytics> {
  return unwrap(await api.GET("/api/v1/analytics/trends", { signal }));
}

/** The jurisdictions most like this one, best first. */
export async function peersOf(id: string, signal?: AbortSignal): Promise<PeersView> {
  return unwrap(
    await api.GET("/api/v1/jurisdictions/{id}/peers", {
      params: { path: { id }, query: { limit: 5 } },
      signal,
    }),
  );
}

/** A target's stored progress (status and why). */
export async function targetProgress(id: string, signal?: AbortSignal): Promise<TargetProgressView> {
  const view = unwrap(await api.GET("/api/v1/targets/{id}/progress", { params: { path: { id } }, signal }));
  return view as TargetProgressView;
}
