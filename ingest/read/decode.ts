import chardet from "chardet";
import iconv from "iconv-lite";

/** Why a file could not be read as a document; the ingest reports it and goes on. */
export class UnreadableFile extends Error {
  constructor(
    readonly reason: "empty" | "binary" | "undecodable" | "unsupported" | "unreadable" | "no_text" | "duplicate",
    message: string,
  ) {
    super(message);
    this.name = "UnreadableFile";
  }
}

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** Set when the encoding was a guess below the confidence threshold: what was guessed and why. */
  uncertain?: string;
}

/** chardet's confidence (0–100) at or above which a legacy Chinese encoding is taken without a warning. */
export const CONFIDENT = 50;
/** How much of a file the detector reads: enough for the statistics, bounded for a 50 MB file. */
const SAMPLE = 64 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const LEGACY: Record<string, "gb18030" | "big5"> = { GB18030: "gb18030", Big5: "big5" };

/**
 * Bytes to text: a BOM decides (UTF-8, UTF-16LE/BE); else valid UTF-8 is UTF-8; else chardet
 * chooses between GB18030 (a superset of GBK and GB2312) and Big5. iconv-lite rather than
 * TextDecoder('gbk'), which mangles 4-byte GB18030 sequences. A guess below CONFIDENT is returned
 * with `uncertain` set so the caller can warn; text that is plainly another script is refused.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new UnreadableFile("empty", "the file is empty");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  rejectBinary(bytes.subarray(0, 8192));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { text: utf8.decode(bytes.subarray(start)), encoding: "utf-8" };
  } catch {
    // not UTF-8: a legacy Chinese encoding below
  }
  return decodeLegacy(bytes);
}

function rejectBinary(sample: Uint8Array): void {
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw new UnreadableFile("binary", "the file is binary (it contains NUL bytes)");
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  if (controls > sample.length * 0.05) throw new UnreadableFile("binary", "the file is binary (too many control bytes)");
}

function decodeLegacy(bytes: Uint8Array): DecodedText {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE));
  const ranked = chardet.analyse(sample);
  const chinese = ranked.filter((m) => m.name in LEGACY);
  const other = ranked.find((m) => !(m.name in LEGACY));
  const best = chinese[0];
  const bestConfidence = best?.confidence ?? 0;
  // Japanese, Korean or Latin text detected with certainty, with no Chinese reading close: not ours.
  if (other && other.confidence >= CONFIDENT && other.confidence - bestConfidence >= 30) {
    throw new UnreadableFile("undecodable", `the file is not UTF-8, UTF-16, GB18030/GBK or Big5 text (it looks like ${other.name})`);
  }
  // Ties go to GB18030: mainland notices far outnumber Big5 ones.
  const encoding = best && best.confidence > (chinese.find((m) => m.name === "GB18030")?.confidence ?? 0) ? LEGACY[best.name] : "gb18030";
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  const bad = countReplacements(text);
  if (bad > Math.max(2, text.length * 0.01)) {
    throw new UnreadableFile("undecodable", "the file is not UTF-8, UTF-16, GB18030/GBK or Big5 text");
  }
  const confidence = chinese.find((m) => LEGACY[m.name] === encoding)?.confidence ?? 0;
  if (confidence >= CONFIDENT) return { text, encoding };
  const alternative = encoding === "gb18030" ? "Big5" : "GB18030";
  return {
    text,
    encoding,
    uncertain: `encoding uncertain: read as ${encoding === "big5" ? "Big5" : "GB18030"} (detector confidence ${confidence}/100; ${alternative} is possible)`,
  };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}
