/** Committed changes announced by the database (migration 0001): "<table>:<id>:<version>" on one channel. */

/** The LISTEN/NOTIFY channel the change triggers publish on. */
export const CHANGES_CHANNEL = "localledger_changes";

/** One committed insert or update of a versioned record. */
export interface Change {
  table: string;
  id: string;
  version: number;
}

/** Parses a notification payload; undefined when it is not a change. */
export function parseChange(payload: string): Change | undefined {
  const [table, id, version] = payload.split(":");
  const v = Number(version);
  if (!table || !id || !Number.isInteger(v)) return undefined;
  return { table, id, version: v };
}

/** Called for every committed change the database announces. */
export type ChangeListener = (change: Change) => void;
