/** SQL for jurisdictions' time series (population, GDP, area, …). */
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../database.ts";
import { jurisdictionSeries } from "../schema/index.ts";

/** One value of a series. */
export interface SeriesPoint {
  indicator: string;
  year: number;
  value: number;
  unit: string;
}

/** Replaces every series value of a jurisdiction. */
export async function replaceSeries(db: Db, jurisdictionId: string, points: SeriesPoint[]): Promise<void> {
  await db.delete(jurisdictionSeries).where(eq(jurisdictionSeries.jurisdictionId, jurisdictionId));
  if (points.length === 0) return;
  await db.insert(jurisdictionSeries).values(points.map((p) => ({ ...p, jurisdictionId })));
}

/** Reads the series of several jurisdictions, grouped by jurisdiction id, in (indicator, year) order. */
export async function seriesOf(db: Db, jurisdictionIds: string[]): Promise<Map<string, SeriesPoint[]>> {
  const grouped = new Map<string, SeriesPoint[]>(jurisdictionIds.map((id) => [id, []]));
  if (jurisdictionIds.length === 0) return grouped;
  const rows = await db
    .select()
    .from(jurisdictionSeries)
    .where(inArray(jurisdictionSeries.jurisdictionId, jurisdictionIds))
    .orderBy(asc(jurisdictionSeries.indicator), asc(jurisdictionSeries.year));
  for (const { jurisdictionId, indicator, year, value, unit } of rows) {
    grouped.get(jurisdictionId)?.push({ indicator, year, value, unit });
  }
  return grouped;
}
