/**
 * Progress of a long file read: a cli-progress bar with rows/s and ETA on a terminal, a plain line every ~2 s
 * otherwise (CI logs); both on stderr so stdout stays for the report.
 */
import cliProgress from "cli-progress";

/** A progress display: `update` as rows are read, `stop` at the end. */
export interface Progress {
  update(rows: number, bytes: number, total: number): void;
  stop(): void;
}

const MB = 1024 * 1024;

/** What is counted: bytes of a file (the default), or items such as jurisdictions; and what a row is. */
export interface ProgressUnits {
  done: string;
  rows: string;
}

/** A progress display for reading `label`, bar or lines depending on whether stderr is a terminal. */
export function createProgress(
  label: string,
  stream: NodeJS.WriteStream = process.stderr,
  units?: ProgressUnits,
): Progress {
  const rowsWord = units?.rows ?? "rows";
  const started = Date.now();
  const rate = (rows: number) => Math.round(rows / Math.max((Date.now() - started) / 1000, 0.001));
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} [{bar}] {percentage}% | {rows} ${rowsWord} | {rate} ${rowsWord}/s | ETA {eta_formatted}`,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started_ = false;
    return {
      update(rows, bytes, total) {
        if (!started_) {
          bar.start(Math.max(total, 1), 0, { rows: 0, rate: 0 });
          started_ = true;
        }
        bar.update(bytes, { rows, rate: rate(rows) });
      },
      stop() {
        if (started_) bar.stop();
      },
    };
  }
  let last = 0;
  return {
    update(rows, bytes, total) {
      const now = Date.now();
      if (now - last < 2000) return;
      last = now;
      const pct = total > 0 ? Math.round((100 * bytes) / total) : 0;
      const eta = bytes > 0 ? Math.round(((now - started) / 1000) * (total / bytes - 1)) : 0;
      const done = units
        ? `${bytes} of ${total} ${units.done}`
        : `${(bytes / MB).toFixed(1)} of ${(total / MB).toFixed(1)} MB`;
      stream.write(
        `${label}: ${pct}% (${done}), ${rows} ${rowsWord}, ${rate(rows)} ${rowsWord}/s, ETA ${eta} s\n`,
      );
    },
    stop() {},
  };
}
