/**
 * Matches jurisdictions described by files to stored ones: by CDP account number, then UN/LOCODE, then name and
 * country (case, accents, punctuation and a leading "City of" ignored). Pure: fed with what the database holds.
 */

/** What matching needs to know of a jurisdiction. */
export interface JurisdictionKeys {
  id: string;
  name: string;
  country: string | null;
  cdpAccount: number | null;
  locode: string | null;
}

/** How a record was matched, for the import report. */
export type MatchedBy = "cdp-account" | "locode" | "name-country";

/** Normalises a name for matching: "City of São Paulo" and "sao paulo" are the same. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/^(city|municipality|town|county|district|prefecture|metropolitan municipality) of /, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Normalises a UN/LOCODE: "BR RIO", "BRRIO" and "br-rio" are the same. */
export function locodeKey(locode: string): string {
  return locode.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** An in-memory index of jurisdictions by their identifiers. */
export class JurisdictionIndex {
  private readonly byAccount = new Map<number, JurisdictionKeys>();
  private readonly byLocode = new Map<string, JurisdictionKeys>();
  private readonly byName = new Map<string, JurisdictionKeys>();

  constructor(rows: Iterable<JurisdictionKeys> = []) {
    for (const row of rows) this.add(row);
  }

  /** Adds (or re-adds after a change) a jurisdiction. */
  add(row: JurisdictionKeys): void {
    if (row.cdpAccount !== null) this.byAccount.set(row.cdpAccount, row);
    if (row.locode) this.byLocode.set(locodeKey(row.locode), row);
    if (row.country) this.byName.set(`${row.country}|${nameKey(row.name)}`, row);
  }

  /** The stored jurisdiction a record describes, and how it was found; undefined when it is new. */
  match(record: Omit<JurisdictionKeys, "id">): { row: JurisdictionKeys; by: MatchedBy } | undefined {
    if (record.cdpAccount !== null) {
      const row = this.byAccount.get(record.cdpAccount);
      if (row) return { row, by: "cdp-account" };
    }
    if (record.locode) {
      const row = this.byLocode.get(locodeKey(record.locode));
      if (row) return { row, by: "locode" };
    }
    if (record.country) {
      const row = this.byName.get(`${record.country}|${nameKey(record.name)}`);
      // A name match with a different CDP account is another government of the same name, not this one.
      if (
        row &&
        (row.cdpAccount === null || record.cdpAccount === null || row.cdpAccount === record.cdpAccount)
      ) {
        return { row, by: "name-country" };
      }
    }
    return undefined;
  }
}
