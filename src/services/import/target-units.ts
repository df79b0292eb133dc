/**
 * Groups CDP targets into one unit per jurisdiction. The targets file names each city's country, which the
 * target records do not carry; it is read in a second streaming pass so unknown cities can be created.
 */
import { countryIso } from "../../io/country-iso.ts";
import { csvRows, type FileSource, type StreamOptions } from "../../io/csv-stream.ts";
import { type ImportReport, ReportBuilder } from "../../io/import-report.ts";
import type { JurisdictionRecord, TargetRecord } from "../../io/records.ts";
import type { ImportUnit } from "./import-types.ts";

async function citiesOf(
  source: FileSource,
  file: string,
  text: Pick<StreamOptions, "encoding" | "delimiter">,
): Promise<Map<number, JurisdictionRecord>> {
  const cities = new Map<number, JurisdictionRecord>();
  let index: Map<string, number> | null = null;
  for await (const { line, cells } of csvRows(source, new ReportBuilder(file), text)) {
    if (!index) {
      index = new Map(cells.map((c, i) => [c, i]));
      continue;
    }
    const cell = (name: string) => (cells[index?.get(name) ?? -1] ?? "").trim();
    const account = Number(cell("Account.Number"));
    if (!Number.isInteger(account) || cities.has(account)) continue;
    const countryName = cell("Country");
    cities.set(account, {
      name: cell("City") || cell("Organization"),
      country: countryIso(countryName) ?? null,
      countryName,
      cdpAccount: account,
      locode: null,
      region: cell("CDP.Region") || null,
      boundary: cell("City.boundary") || null,
      population: [],
      gdp: [],
      area: [],
      provenance: { source: "cdp", file, line },
    });
  }
  return cities;
}

/** One unit per jurisdiction of the targets file, holding its targets. */
export async function targetUnits(
  source: FileSource,
  targets: readonly TargetRecord[],
  report: ImportReport,
  text: Pick<StreamOptions, "encoding" | "delimiter"> = {},
): Promise<ImportUnit[]> {
  if (report.fatal) return [];
  const cities = await citiesOf(source, report.file, text);
  const units = new Map<string, ImportUnit>();
  for (const t of targets) {
    const key = t.cdpAccount !== null ? `a${t.cdpAccount}` : `n${t.jurisdictionName}`;
    let unit = units.get(key);
    if (!unit) {
      const city = t.cdpAccount !== null ? cities.get(t.cdpAccount) : undefined;
      const record: JurisdictionRecord = city ?? {
        name: t.jurisdictionName,
        country: null,
        countryName: "",
        cdpAccount: t.cdpAccount,
        locode: null,
        region: null,
        boundary: null,
        population: [],
        gdp: [],
        area: [],
        provenance: t.provenance,
      };
      unit = {
        label: `${record.name} targets`,
        jurisdiction: { record },
        payload: { kind: "targets", targets: [] },
        lines: [],
      };
      units.set(key, unit);
    }
    if (unit.payload.kind === "targets") unit.payload.targets.push(t);
    unit.lines.push(t.provenance.line);
  }
  return [...units.values()];
}
