/**
 * Exact summation of doubles (Shewchuk's non-overlapping partials, as Python's `math.fsum`): the running sum is
 * held without error and rounded once when read, so a network figure is the correctly rounded sum of its parts,
 * whatever order jurisdictions were added in — and a part can be taken out again exactly, which lets a maintained
 * roll-up subtract a jurisdiction's old figure and add its new one with the same result as summing afresh.
 */
export class ExactSum {
  /** Non-overlapping partials, increasing in magnitude; their exact sum is the running sum. */
  private partials: number[] = [];
  /** Non-finite parts are counted, not summed: IEEE semantics (∞ − ∞ is NaN) without losing the finite sum. */
  private nan = 0;
  private posInf = 0;
  private negInf = 0;

  /** Adds `x` exactly. */
  add(x: number): void {
    if (!Number.isFinite(x)) {
      this.special(x, 1);
      return;
    }
    const p = this.partials;
    let i = 0;
    for (let k = 0; k < p.length; k++) {
      let y = p[k] as number;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0 || i === 0) p.push(x);
  }

  /** Takes `x` out exactly (the inverse of `add`). */
  remove(x: number): void {
    if (Number.isFinite(x)) this.add(-x);
    else this.special(x, -1);
  }

  /** The exact sum rounded once to the nearest double (ties to even). */
  value(): number {
    if (this.nan > 0 || (this.posInf > 0 && this.negInf > 0)) return Number.NaN;
    if (this.posInf > 0) return Number.POSITIVE_INFINITY;
    if (this.negInf > 0) return Number.NEGATIVE_INFINITY;
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = p[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n] as number;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half to even across the partials below: when the rest lies exactly halfway, look one further.
    const below = n > 0 ? (p[n - 1] as number) : 0;
    if ((lo < 0 && below < 0) || (lo > 0 && below > 0)) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi + 0; // never −0
  }

  private special(x: number, sign: 1 | -1): void {
    if (Number.isNaN(x)) this.nan += sign;
    else if (x > 0) this.posInf += sign;
    else this.negInf += sign;
  }
}

/** The correctly rounded sum of `values`. */
export function exactSum(values: Iterable<number>): number {
  const s = new ExactSum();
  for (const v of values) s.add(v);
  return s.value();
}
