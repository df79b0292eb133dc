/** CDP "Accounting year" cells (`2018-01-01 - 2018-12-31`) as a period and the inventory year it stands for. */

const DAY_MS = 86_400_000;
const PERIOD = /^(\d{4}-\d{2}-\d{2})?\s*-\s*(\d{4}-\d{2}-\d{2})?$/;

/** An accounting period; `year` is null when either end is missing or unreadable. */
export interface AccountingPeriod {
  start: string | null;
  end: string | null;
  year: number | null;
  /** True when the period is not one whole calendar year (a fiscal year, 1 Jan – 1 Jan …). */
  offCalendar: boolean;
}

function date(s: string | undefined): Date | null {
  if (!s) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * Reads a period; the inventory year is the calendar year holding most of its days (ties go to the start year),
 * so "2019-01-01 - 2020-01-01" is 2019 and "2017-07-01 - 2018-06-30" is 2017.
 */
export function parseAccountingPeriod(cell: string): AccountingPeriod | null {
  const m = PERIOD.exec(cell.trim());
  if (!m) return null;
  const start = date(m[1]);
  const end = date(m[2]);
  const result: AccountingPeriod = { start: m[1] ?? null, end: m[2] ?? null, year: null, offCalendar: false };
  if (!start || !end || end < start) return result;
  const y0 = start.getUTCFullYear();
  const y1 = end.getUTCFullYear();
  let best = y0;
  let bestDays = -1;
  for (let y = y0; y <= y1; y++) {
    const from = Math.max(start.getTime(), Date.UTC(y, 0, 1));
    const to = Math.min(end.getTime(), Date.UTC(y, 11, 31));
    const days = (to - from) / DAY_MS + 1;
    if (days > bestDays) {
      best = y;
      bestDays = days;
    }
  }
  result.year = best;
  result.offCalendar = !(m[1] === `${y0}-01-01` && m[2] === `${y0}-12-31`);
  return result;
}
