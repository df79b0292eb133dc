/**
 * Finds or creates the jurisdiction a unit names (CDP account → UN/LOCODE → name + country, via
 * JurisdictionIndex) and merges the file's population, GDP and area into its series, auditing each change.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.ts";
import { jurisdictionKeys, touchJurisdiction } from "../../db/repositories/import.repository.ts";
import { seriesOf } from "../../db/repositories/jurisdiction-series.repository.ts";
import type { JurisdictionRecord } from "../../io/records.ts";
import { SERIES_UNITS } from "../jurisdiction.service.ts";
import type { Actor } from "../service-helpers.ts";
import type { JurisdictionRef, KindCounts } from "./import-types.ts";
import { JurisdictionIndex } from "./jurisdiction-index.ts";
import type { WriteBuffer } from "./write-buffer.ts";

/** A resolved jurisdiction (`created` by this call), or the reason it cannot be. */
export type Resolved = { id: string; created?: true } | { problem: { code: string; message: string } };

function typeOf(boundary: string | null): string {
  const b = (boundary ?? "").toLowerCase();
  if (b.includes("metropolitan")) return "metropolitan-area";
  if (b.includes("county")) return "county";
  if (b.includes("region") || b.includes("state") || b.includes("province")) return "region";
  return "city";
}

/** Matches and creates jurisdictions for one import; its caches follow what the import has written. */
export class JurisdictionResolver {
  private index = new JurisdictionIndex();
  private ids = new Set<string>();
  /** Series values by jurisdiction id, `indicator|year` → value; read when a jurisdiction is first matched. */
  private series = new Map<string, Map<string, number>>();
  /** What this import did to each jurisdiction it named (counted once each). */
  private readonly status = new Map<string, "created" | "updated" | "unchanged">();

  constructor(private readonly actor: Actor) {}

  /** Loads what the database holds. */
  async load(tx: Db): Promise<void> {
    const rows = await jurisdictionKeys(tx);
    this.index = new JurisdictionIndex(rows);
    this.ids = new Set(rows.map((r) => r.id));
    this.series = new Map();
  }

  private async loadSeries(tx: Db, id: string): Promise<void> {
    if (this.series.has(id)) return;
    const stored = new Map<string, number>();
    for (const [, points] of await seriesOf(tx, [id]))
      for (const p of points) stored.set(`${p.indicator}|${p.year}`, p.value);
    this.series.set(id, stored);
  }

  /** The jurisdiction `ref` names, created (and its series merged) as needed, writes buffered in `out`. */
  async resolve(tx: Db, ref: JurisdictionRef, out: WriteBuffer): Promise<Resolved> {
    if ("locode" in ref) {
      // A stored id names the jurisdiction too (API clients know ids).
      if (this.ids.has(ref.locode)) return { id: ref.locode };
      const found = this.index.match({ name: "", country: null, cdpAccount: null, locode: ref.locode });
      if (found) return { id: found.row.id };
      return {
        problem: { code: "unknown_jurisdiction", message: `no jurisdiction has UN/LOCODE ${ref.locode}` },
      };
    }
    const r = ref.record;
    const keys = { name: r.name, country: r.country, cdpAccount: r.cdpAccount, locode: r.locode };
    const found = this.index.match(keys);
    if (found) {
      await this.loadSeries(tx, found.row.id);
      await this.merge(tx, found.row.id, r, found.row.cdpAccount === null ? r.cdpAccount : null, out);
      return { id: found.row.id };
    }
    if (!r.country)
      return {
        problem: {
          code: "unknown_country",
          message: `${r.name}: country "${r.countryName}" is not known, so the jurisdiction cannot be created`,
        },
      };
    const id = randomUUID();
    const profile = ref.profile;
    let parentId: string | null = null;
    if (profile?.parent) {
      const parent = this.index.match({ ...profile.parent, cdpAccount: null, locode: null });
      if (!parent)
        return {
          problem: {
            code: "unknown_parent",
            message: `${r.name}: its parent ${profile.parent.name} (${profile.parent.country}) is not stored`,
          },
        };
      parentId = parent.row.id;
    }
    const values = {
      id,
      name: r.name,
      type: profile?.type ?? typeOf(r.boundary),
      ...(profile ? { tags: profile.tags, parentId } : {}),
      country: r.country,
      locode: r.locode,
      cdpAccount: r.cdpAccount,
      region: r.region,
      createdBy: this.actor.id,
      updatedBy: this.actor.id,
    };
    out.jurisdictions.push(values);
    this.index.add({ id, ...keys, country: r.country });
    this.series.set(id, new Map());
    const points = this.changedPoints(id, r);
    out.series.push(...points);
    out.audit.push({
      actor: this.actor.id,
      entity: "jurisdiction",
      entityId: id,
      action: "create",
      state: { ...values, series: points },
    });
    this.status.set(id, "created");
    return { id, created: true };
  }

  private changedPoints(id: string, r: JurisdictionRecord) {
    const stored = this.series.get(id) ?? new Map<string, number>();
    const points = [];
    for (const indicator of ["population", "gdp", "area"] as const) {
      for (const p of r[indicator]) {
        const key = `${indicator}|${p.year}`;
        if (stored.get(key) === p.value) continue;
        stored.set(key, p.value);
        points.push({
          jurisdictionId: id,
          indicator,
          year: p.year,
          value: p.value,
          unit: SERIES_UNITS[indicator],
        });
      }
    }
    this.series.set(id, stored);
    return points;
  }

  private async merge(
    tx: Db,
    id: string,
    r: JurisdictionRecord,
    fillAccount: number | null,
    out: WriteBuffer,
  ) {
    const points = this.changedPoints(id, r);
    if (points.length === 0 && fillAccount === null) {
      if (!this.status.has(id)) this.status.set(id, "unchanged");
      return;
    }
    out.series.push(...points);
    if (fillAccount !== null)
      this.index.add({ id, name: r.name, country: r.country, cdpAccount: fillAccount, locode: r.locode });
    await touchJurisdiction(tx, id, fillAccount, this.actor.id);
    out.audit.push({
      actor: this.actor.id,
      entity: "jurisdiction",
      entityId: id,
      action: "update",
      state: { id, cdpAccount: fillAccount, series: points },
    });
    if (this.status.get(id) !== "created") this.status.set(id, "updated");
  }

  /** Adds to `counts` how many jurisdictions this import created, updated and found unchanged. */
  tally(counts: KindCounts): void {
    for (const status of this.status.values()) counts[status] += 1;
  }
}
