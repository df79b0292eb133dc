/** A file that cannot be read as what it claims to be; the message says what is wrong and where. */
export class FileFormatError extends Error {
  override readonly name = "FileFormatError";
}
