// One file to one source document: read once, recognised by its bytes, decoded or taken out of its
// container, and checked against the contents already read (the same notice saved twice is one
// document). Everything that goes wrong is an UnreadableFile naming why; every guess is a warning.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Warning } from "../../graph/types.js";
import type { DocumentFile } from "../files.js";
import type { SourceContent, SourceFile } from "../prepare.js";
import { cleanDocument } from "./clean.js";
import { decodeBytes, UnreadableFile } from "./decode.js";
import { docxToText } from "./docx.js";
import { sniffFormat } from "./magic.js";
import { pdfToText } from "./pdf.js";

/** What to run to turn a Word 97–2003 file into one qkg reads. */
export const DOC_CONVERT = "libreoffice --headless --convert-to docx";

/** The text of a file of any format qkg reads; throws UnreadableFile for the rest. */
export async function readContent(bytes: Uint8Array, path: string): Promise<SourceContent> {
  if (bytes.length === 0) throw new UnreadableFile("empty", "the file is empty");
  const sniffed = sniffFormat(bytes);
  let content: SourceContent;
  switch (sniffed.format) {
    case "pdf": {
      const pdf = await pdfToText(bytes);
      content = { ...cleanDocument(pdf.text, path, "plain"), encoding: "pdf", pages: pdf.pages };
      // Page offsets hold only while cleaning left the joined pages as they were (it does: each page is tidied).
      if (content.text !== pdf.text) content.pages = undefined;
      break;
    }
    case "docx":
      content = { ...cleanDocument(await docxToText(bytes), path, "plain"), encoding: "docx" };
      break;
    case "doc":
      throw new UnreadableFile(
        "unsupported",
        `a Word 97–2003 (.doc) file, which qkg does not read: convert it with \`${DOC_CONVERT} ${shellQuote(path)}\` and ingest the .docx`,
      );
    case "binary":
      throw new UnreadableFile("binary", `the file is ${sniffed.what}, not a document qkg reads`);
    default: {
      const decoded = decodeBytes(bytes);
      content = { ...cleanDocument(decoded.text, path), encoding: decoded.encoding };
      if (decoded.uncertain) content.warnings = [{ code: "encoding_uncertain", message: decoded.uncertain }];
    }
  }
  if (!content.text.trim()) {
    const what = sniffed.format === "pdf" ? " (a scanned PDF has no text layer: run OCR first)" : "";
    throw new UnreadableFile("no_text", `the document yields no text${what}`);
  }
  return content;
}

const shellQuote = (s: string) => (/^[\w./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);

export interface ReadWarning extends Warning {
  path: string;
}

/** Reads the files of one ingest, keeping the first path of each content and the warnings per document. */
export class DocumentReader {
  private readonly firstByHash = new Map<string, DocumentFile>();
  private readonly byDoc = new Map<string, ReadWarning[]>();
  readonly warnings: ReadWarning[] = [];

  /**
   * The source file, or null when the same bytes were read already under another path (a warning says so).
   * `known(hash)` true: the graph holds this content already, so it is not decoded (a re-ingest of an
   * unchanged folder reads and hashes each file, nothing more); the file comes back without `content`.
   */
  async read(file: DocumentFile, known?: (hash: string) => boolean): Promise<SourceFile | null> {
    // Read synchronously: a file at a time either way, and a no-change re-ingest of thousands of
    // small files spent most of its time waiting for the thread pool's open, stat, read and close.
    const bytes = readFileSync(file.path);
    const hash = createHash("sha256").update(bytes).digest("hex");
    const first = this.firstByHash.get(hash);
    if (first) {
      this.warn(
        first.id,
        file.path,
        "duplicate_content",
        `${file.path} has the same content as ${first.path}: ingested once, as ${first.id}`,
      );
      return null;
    }
    if (known?.(hash)) {
      // Read successfully when it was ingested (same bytes, same reader): it stays the first of its content.
      this.firstByHash.set(hash, file);
      return { id: file.id, path: file.path, bytes, hash };
    }
    const content = await readContent(bytes, file.path);
    this.firstByHash.set(hash, file);
    for (const w of content.warnings ?? []) this.warn(file.id, file.path, w.code, `${w.message}`);
    return { id: file.id, path: file.path, bytes, hash, content };
  }

  /** Warnings about a document's reading, to be kept in the graph with its extraction warnings. */
  warningsFor(doc: string): Warning[] {
    return (this.byDoc.get(doc) ?? []).map(({ path: _path, ...w }) => w);
  }

  private warn(doc: string, path: string, code: string, message: string) {
    const w: ReadWarning = { doc, path, code, message };
    this.warnings.push(w);
    const list = this.byDoc.get(doc) ?? [];
    list.push(w);
    this.byDoc.set(doc, list);
  }
}
