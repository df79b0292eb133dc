/**
 * Checks a ZIP container (an XLSX workbook) before a library inflates it: too many entries, or more bytes
 * than a workbook may expand to (a "zip bomb"), are refused without allocating them. Every entry is inflated
 * as a stream whose output is counted and dropped, so sizes the directory under-declares cannot slip through.
 */
import { createInflateRaw } from "node:zlib";

/** The most a workbook may expand to, in bytes, and the most entries it may have. */
export const ZIP_LIMITS = { maxExpandedBytes: 256 * 1024 * 1024, maxEntries: 10_000 };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Why a ZIP is refused, or null when it may be opened. */
export async function zipProblem(data: Buffer, limits = ZIP_LIMITS): Promise<string | null> {
  const eocd = findEndOfDirectory(data);
  if (eocd < 0) return "the file is not a ZIP container (no end of central directory)";
  const entries = data.readUInt16LE(eocd + 10);
  let at = data.readUInt32LE(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff) return "ZIP64 workbooks are not supported";
  if (entries > limits.maxEntries) return `the workbook has ${entries} parts (at most ${limits.maxEntries})`;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL_SIGNATURE)
      return "the ZIP central directory is damaged";
    const method = data.readUInt16LE(at + 10);
    const compressed = data.readUInt32LE(at + 20);
    const declared = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    at += 46 + nameLength + extra;
    const room = limits.maxExpandedBytes - total;
    if (declared > room) return expandsTooMuch(limits);
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_SIGNATURE)
      return "a ZIP entry's local header is damaged";
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (start + compressed > data.length) return "a ZIP entry runs past the end of the file";
    if (method === 0) total += compressed;
    else if (method === 8) {
      const size = await inflatedSize(data.subarray(start, start + compressed), room);
      if (size === "invalid") return "a ZIP entry is not valid deflate data";
      if (size === "too_big") return expandsTooMuch(limits);
      total += size;
    } else return `a ZIP entry uses compression method ${method} (only stored and deflate are read)`;
    if (total > limits.maxExpandedBytes) return expandsTooMuch(limits);
  }
  return null;
}

/** The inflated size of a deflate stream, counted chunk by chunk and stopped once past `room` bytes. */
function inflatedSize(deflated: Buffer, room: number): Promise<number | "too_big" | "invalid"> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw();
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > room) {
        inflate.destroy();
        resolve("too_big");
      }
    });
    inflate.on("error", () => resolve("invalid"));
    inflate.on("end", () => resolve(size));
    inflate.end(deflated);
  });
}

function expandsTooMuch(limits: typeof ZIP_LIMITS): string {
  return `the workbook expands to more than ${limits.maxExpandedBytes / 1024 / 1024} MB (a ZIP bomb?)`;
}

/** The offset of the end-of-central-directory record, searching back over a comment of up to 64 KB. */
function findEndOfDirectory(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (data.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  }
  return -1;
}
