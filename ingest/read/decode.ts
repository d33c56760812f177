import iconv from "iconv-lite";

/** Why a file could not be read as a text document; the ingest reports it and goes on. */
export class UnreadableFile extends Error {
  constructor(
    readonly reason: "empty" | "binary" | "undecodable" | "unsupported" | "unreadable",
    message: string,
  ) {
    super(message);
    this.name = "UnreadableFile";
  }
}

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK
 * and GB2312). iconv-lite rather than TextDecoder('gbk'), which mangles 4-byte GB18030 sequences.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnreadableFile("empty", "the file is empty");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new UnreadableFile("binary", "the file is binary (it contains NUL bytes)");
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (controls > sample.length * 0.05) throw new UnreadableFile("binary", "the file is binary (too many control bytes)");
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: utf8.decode(bytes.subarray(start)), encoding: "utf-8" };
  } catch {
    // not UTF-8: try GB18030 below
  }
  const text = iconv.decode(Buffer.from(bytes), "gb18030");
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > Math.max(2, text.length * 0.01)) {
    throw new UnreadableFile("undecodable", "the file is neither UTF-8 nor GB18030/GBK text");
  }
  return { text, encoding: "gb18030" };
}
