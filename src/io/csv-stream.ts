/**
 * Streams a CSV file row by row with csv-parse's streaming API (constant memory), checking on the way that the
 * file is text (no NUL bytes), valid UTF-8 (or Latin-1 when said so: decoded to UTF-8 on the way), delimited as
 * expected, not cut short, and has no record over `MAX_RECORD_BYTES` (a file with no line ends cannot fill memory).
 */
import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { parse } from "csv-parse";
import type { ReportBuilder } from "./import-report.ts";
import { decodeWindows1252 } from "./windows-1252.ts";

/** A file to read: a path on disk, or bytes in memory with a name for messages. */
export type FileSource = string | { name: string; data: Buffer | Uint8Array | string };

/** The largest CSV record read (1 MiB): a longer one is refused, so a file without line ends cannot fill memory. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** Text encodings a CSV file may be read in ("latin1" reads ISO-8859-1 and its superset Windows-1252). */
export const CSV_ENCODINGS = ["utf8", "latin1"] as const;

/** A text encoding a CSV file may be read in. */
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

/** Called as rows are read: rows so far, bytes so far and the file's size in bytes. */
export type ProgressCallback = (rowsDone: number, bytesDone: number, totalBytes: number) => void;

/** Options shared by every streaming reader. */
export interface StreamOptions {
  onProgress?: ProgressCallback;
  /** Text encoding of the file; UTF-8 unless said (a Latin-1 file read as UTF-8 is refused, naming the line). */
  encoding?: CsvEncoding | undefined;
  /** Field delimiter; a comma unless said. */
  delimiter?: string | undefined;
  /** Call `onProgress` every this many rows (default 1000) and once at the end. */
  progressEvery?: number;
}

/** One CSV record with the file line it starts on (header = 1). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** The name used in messages for a file source. */
export function sourceName(source: FileSource): string {
  return typeof source === "string" ? basename(source) : source.name;
}

function openSource(source: FileSource): { stream: Readable; total: number } {
  if (typeof source === "string") {
    const total = statSync(source).size;
    return { stream: createReadStream(source), total };
  }
  const data = typeof source.data === "string" ? Buffer.from(source.data, "utf8") : Buffer.from(source.data);
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += 65536) chunks.push(data.subarray(i, i + 65536));
  return { stream: Readable.from(chunks), total: data.length };
}

/**
 * Checks bytes on their way to the parser: NUL bytes mean binary, invalid UTF-8 means another encoding. A
 * Latin-1 file is decoded to UTF-8 here (single-byte, so chunk boundaries never split a character).
 */
class TextCheck extends Transform {
  bytes = 0;
  private lines = 1;
  private readonly decoder: TextDecoder | null;
  /** The header line read so far, while its delimiter is still to be checked (null once checked). */
  private header: string | null;

  constructor(
    encoding: CsvEncoding,
    sniffDelimiter: boolean,
    private readonly fail: (code: string, message: string, line: number) => void,
  ) {
    super();
    this.decoder = encoding === "utf8" ? new TextDecoder("utf-8", { fatal: true }) : null;
    this.header = sniffDelimiter ? "" : null;
  }

  /** Checks the header's delimiter before the parser sees a record (a quote error could hide it later). */
  private headerRefused(chunk: Buffer): boolean {
    if (this.header === null) return false;
    const end = chunk.indexOf(10);
    this.header += chunk.subarray(0, end < 0 ? chunk.length : end).toString("latin1");
    if (end < 0 && this.header.length < MAX_RECORD_BYTES) return false;
    const message = otherDelimiter(this.header);
    this.header = null;
    if (message) this.fail("wrong_delimiter", message, 1);
    return message !== null;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      const line = this.lines + countNewlines(chunk.subarray(0, nul));
      this.fail("binary_file", `the file is not text: it holds a NUL byte (line ${line})`, line);
      done();
      return;
    }
    if (this.decoder) {
      try {
        this.decoder.decode(chunk, { stream: true });
      } catch {
        const text = new TextDecoder("utf-8").decode(chunk);
        const bad = text.indexOf("\uFFFD");
        const line = this.lines + countNewlines(Buffer.from(text.slice(0, Math.max(bad, 0))));
        this.fail(
          "invalid_encoding",
          `the file is not valid UTF-8 (first bad byte on line ${line}); it may be Latin-1 or Windows-1252: ` +
            "save it as UTF-8, or import it saying its encoding (--encoding latin1; API: encoding=latin1)",
          line,
        );
        done();
        return;
      }
    }
    if (this.headerRefused(chunk)) {
      done();
      return;
    }
    this.lines += countNewlines(chunk);
    done(null, this.decoder ? chunk : Buffer.from(decodeWindows1252(chunk), "utf8"));
  }
}

/** What is wrong with a header line that has no comma but another delimiter, or null. */
function otherDelimiter(header: string): string | null {
  if (header.includes(",")) return null;
  const other = [";", "\t", "|"].find((d) => header.includes(d));
  if (!other) return null;
  const shown = other === "\t" ? "tab" : `"${other}"`;
  return (
    `the file uses ${shown} between columns, not a comma: save it comma-separated, or import it ` +
    `saying its delimiter (--delimiter ${shown}; API: delimiter=${other === "\t" ? "tab" : other})`
  );
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(10); i >= 0; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

/**
 * Yields the header (line 1) and then every record of a CSV file; problems with the file itself go to the report
 * as fatal errors (binary, encoding, delimiter, broken quoting) and stop the rows, a record whose cell count
 * differs from the header's is reported as an error and not yielded.
 */
export async function* csvRows(
  source: FileSource,
  report: ReportBuilder,
  options: StreamOptions = {},
): AsyncGenerator<CsvRow> {
  let opened: { stream: Readable; total: number };
  try {
    opened = openSource(source);
  } catch (error) {
    report.fatal("unreadable_file", `the file cannot be opened: ${(error as Error).message}`);
    return;
  }
  const encoding = options.encoding ?? "utf8";
  let failed = false;
  const check = new TextCheck(encoding, !options.delimiter, (code, message, line) => {
    failed = true;
    report.fatal(code, message, { line });
    opened.stream.unpipe(check);
    check.end();
  });
  opened.stream.on("error", (error) => {
    failed = true;
    report.fatal("unreadable_file", `the file cannot be read: ${error.message}`);
    check.end();
  });
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: MAX_RECORD_BYTES,
    delimiter: options.delimiter === "tab" ? "\t" : (options.delimiter ?? ","),
  });
  opened.stream.pipe(check).pipe(parser);
  const every = options.progressEvery ?? 1000;
  let header: string[] | null = null;
  let rows = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (failed) break;
      const { record, info } = item;
      const line = info.lines - countEmbeddedNewlines(record);
      if (header === null) {
        header = record;
        const wrong = !options.delimiter && record.length === 1 ? otherDelimiter(record[0] ?? "") : null;
        if (wrong) {
          report.fatal("wrong_delimiter", wrong, { line });
          break;
        }
      } else if (record.length !== header.length) {
        report.error(
          "column_count",
          `line has ${record.length} cells where the header has ${header.length}` +
            (record.length < header.length ? " (the file may be cut short)" : ""),
          { line },
        );
        continue;
      }
      rows++;
      if (options.onProgress && rows % every === 0) options.onProgress(rows, check.bytes, opened.total);
      yield { line, cells: record };
    }
  } catch (error) {
    if (!failed) {
      const e = error as Error & { lines?: number; code?: string };
      if (e.code === "CSV_MAX_RECORD_SIZE")
        report.fatal(
          "record_too_large",
          `a record starting near line ${e.lines ?? "?"} is longer than ${MAX_RECORD_BYTES} bytes: the file ` +
            "has no line ends where expected (or an unclosed quote), so it is not a CSV table",
          { line: e.lines ?? null },
        );
      else
        report.fatal("malformed_csv", `the file is not valid CSV: ${e.message}`, { line: e.lines ?? null });
    }
  } finally {
    opened.stream.destroy();
  }
  if (header === null && !failed && !report.report.fatal) report.fatal("empty_file", "the file is empty");
  options.onProgress?.(rows, check.bytes, opened.total);
}

function countEmbeddedNewlines(record: string[]): number {
  let n = 0;
  for (const cell of record) for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) n++;
  return n;
}
