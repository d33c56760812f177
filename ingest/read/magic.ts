// What a file is, from its first bytes rather than its name: a PDF renamed .txt is still a PDF.

export type SniffedFormat =
  | { format: "pdf" }
  | { format: "docx" }
  | { format: "doc" }
  | { format: "binary"; what: string }
  | { format: "text" };

const ascii = (bytes: Uint8Array, at: number, s: string) => {
  for (let i = 0; i < s.length; i++) if (bytes[at + i] !== s.charCodeAt(i)) return false;
  return true;
};
const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Signatures of formats that are not text; the name says what the user gave us. */
const BINARY: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], "a PNG image"],
  [[0xff, 0xd8, 0xff], "a JPEG image"],
  [[0x47, 0x49, 0x46, 0x38], "a GIF image"],
  [[0x1f, 0x8b], "a gzip archive"],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], "a 7z archive"],
  [[0x52, 0x61, 0x72, 0x21], "a RAR archive"],
  [[0x7f, 0x45, 0x4c, 0x46], "an executable (ELF)"],
  [[0x4d, 0x5a], "an executable (PE)"],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "an RTF document"],
];

/** The format the bytes are in, whatever the file is called. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  // %PDF- may follow a little junk (a BOM, a mail header) within the first KiB.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 1024));
  if (head.indexOf("%PDF-") >= 0) return { format: "pdf" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (all.indexOf("word/document.xml") >= 0) return { format: "docx" };
    if (all.indexOf("xl/workbook") >= 0) return { format: "binary", what: "an Excel workbook (.xlsx)" };
    if (all.indexOf("ppt/presentation") >= 0) return { format: "binary", what: "a PowerPoint file (.pptx)" };
    return { format: "binary", what: "a ZIP archive" };
  }
  // OLE2 compound file: Word 97–2003 .doc (also old .xls/.ppt, which qkg reads no better).
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { format: "doc" };
  for (const [sig, what] of BINARY) if (startsWith(bytes, sig)) return { format: "binary", what };
  if (ascii(bytes, 0, "RIFF")) return { format: "binary", what: "a RIFF media file" };
  return { format: "text" };
}
