// PDF text through pdf.js (the legacy build runs on Node 20): one block of lines per page, with the
// offset where each page starts so a fact's evidence can name its page.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { tidy } from "./clean.js";
import { UnreadableFile } from "./decode.js";

export interface PdfText {
  /** The pages' text, tidied, joined by a blank line. */
  text: string;
  /** Offset in `text` where page n starts, at index n-1 (an empty page starts where the next does). */
  pages: number[];
}

interface TextItem {
  str?: string;
  hasEOL?: boolean;
  /** [a, b, c, d, x, y]: the item's position. */
  transform?: number[];
  width?: number;
  height?: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  size: number;
}

const require = createRequire(import.meta.url);
/** pdf.js's character maps: PDFs of Chinese notices often use the predefined Adobe-GB1 CMaps. */
const PDFJS_DIR = dirname(require.resolve("pdfjs-dist/package.json"));

export async function pdfToText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${join(PDFJS_DIR, "cmaps")}/`,
      cMapPacked: true,
      standardFontDataUrl: `${join(PDFJS_DIR, "standard_fonts")}/`,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as Error).name;
    if (name === "PasswordException") throw new UnreadableFile("unsupported", "the PDF is password-protected");
    throw new UnreadableFile("undecodable", `the PDF cannot be read (${(e as Error).message})`);
  }
  try {
    const texts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      texts.push(tidy(pageText(content.items as TextItem[])));
      page.cleanup();
    }
    return joinPages(texts);
  } finally {
    await doc.destroy();
  }
}

/**
 * A page's lines, with the lines a layout wrapped put back together: a line that runs to the right
 * margin and does not end a sentence continues on the next one ("…决定授予某某有限公司" / "2022年度…"),
 * as in the same notice saved as text. A short line (a title, a signature) keeps its break.
 */
function pageText(items: TextItem[]): string {
  const lines = pageLines(items);
  const margin = Math.max(...lines.map((l) => l.right));
  let out = "";
  for (const [i, line] of lines.entries()) {
    out += line.text;
    if (i === lines.length - 1) break;
    const wrapped = line.right >= margin - 1.5 * line.size && !/[。！？；：:!?;]\s*$/.test(line.text);
    if (!wrapped) out += "\n";
    else if (/[A-Za-z]$/.test(line.text) && /^[A-Za-z]/.test(lines[i + 1].text)) out += " ";
  }
  return out;
}

function pageLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const [, , , , x = 0] = item.transform ?? [];
    const str = item.str ?? "";
    if (str) {
      if (!current) current = { text: "", left: x, right: x, size: Math.abs(item.height ?? 0) || 10 };
      current.text += str;
      current.right = Math.max(current.right, x + (item.width ?? 0));
    }
    if (item.hasEOL && current) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim());
}

/** Pages joined by a blank line, with each page's start offset. */
export function joinPages(texts: string[]): PdfText {
  let text = "";
  const starts: number[] = [];
  for (const t of texts) {
    if (t && text) text += "\n\n";
    starts.push(text.length);
    text += t;
  }
  return { text, pages: starts };
}
