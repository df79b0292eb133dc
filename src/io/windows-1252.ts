/**
 * Windows-1252 ("ANSI", what Windows spreadsheets save as "Latin-1"): ISO-8859-1 plus printable characters in
 * 0x80–0x9F (WHATWG Encoding Standard, index windows-1252). Written out because Node 20's
 * `TextDecoder("windows-1252")` decodes 0x80–0x9F as C1 control characters, which would garble "–" or "€".
 */

// 0x80–0x9F; the five bytes Windows leaves undefined keep their C1 code points, as the standard says.
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
const TABLE = Array.from({ length: 256 }, (_, b) =>
  String.fromCharCode(b >= 0x80 && b < 0xa0 ? (HIGH[b - 0x80] as number) : b),
);
const ENCODE = new Map(TABLE.map((ch, b) => [ch, b]));

/** Decodes Windows-1252 bytes (every byte is one character, so a chunk never splits one). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += TABLE[b];
  return out;
}

/** Encodes text as Windows-1252; a character it cannot hold becomes "?". */
export function encodeWindows1252(text: string): Buffer {
  return Buffer.from(Array.from(text, (ch) => ENCODE.get(ch) ?? 0x3f));
}
