import { completeDocument } from "./extract/complete-document.js";
import type { PreparedDocument, Token } from "./extract/prepared-document.js";
import { type CleanedDocument, cleanDocument } from "./read/clean.js";
import { decodeBytes } from "./read/decode.js";
import type { RegionIndex } from "./regions.js";
import { normalizeForExtraction } from "./text/normalize.js";
import { tagParagraphs } from "./text/paragraph-tokens.js";
import { type Span, splitParagraphs } from "./text/sentences.js";
import { WHOLE_DOCUMENT } from "./text/windows.js";

/** A document's text as read from its file, whatever the format. */
export interface SourceContent extends CleanedDocument {
  /** utf-8, gb18030, big5, …; "pdf" or "docx" for text taken out of those. */
  encoding: string;
  /** For a PDF: where each page starts in `text`. */
  pages?: number[];
  /** Guesses made while reading (an uncertain encoding), for the document's warnings. */
  warnings?: Array<{ code: string; message: string }>;
}

export interface SourceFile {
  /** The document id: its path relative to the folder ingested (the base name of a file given directly). */
  id: string;
  path: string;
  bytes: Uint8Array;
  /** sha256 of the bytes, computed at the edge. */
  hash: string;
  /** The text already read (PDF, .docx, sniffed encodings); without it the bytes are decoded as text here. */
  content?: SourceContent;
}

/**
 * Bytes to a document ready for extraction: decoded, cleaned, normalised, split, segmented. A
 * document longer than one extraction window is segmented window by window at extraction time
 * (text/windows.ts), so its tokens are not all held at once.
 */
export function prepareDocument(
  file: SourceFile,
  deps: { segment: (text: string, offset: number) => Token[]; regions: RegionIndex },
): PreparedDocument {
  return prepareSplit(splitDocument(file), deps);
}

/** prepareDocument from the split document on. */
export function prepareSplit(
  split: SplitDocument,
  deps: { segment: (text: string, offset: number) => Token[]; regions: RegionIndex },
): PreparedDocument {
  const tokens: Token[] = [];
  if (split.norm.length <= WHOLE_DOCUMENT) {
    tagParagraphs(
      split.norm,
      split.paragraphs,
      (text) => deps.segment(text, 0),
      // Segmented whole, a token already has its offsets in the text: kept as it is, not made again.
      (t, start) => tokens.push(t.start === start ? t : { word: t.word, tag: t.tag, start, end: start + t.word.length }),
    );
  }
  return completeDocument({ ...split, tokens }, deps.regions);
}

/** A document read and split into paragraphs: what segmenting needs (nodejieba runs on each paragraph). */
export interface SplitDocument {
  id: string;
  path: string;
  hash: string;
  cleaned: SourceContent;
  norm: string;
  /** The title normalised as the text is (null without one). */
  title: string | null;
  paragraphs: Span[];
}

/** Decodes (when not read already), cleans, normalises and splits a document into paragraphs. */
export function splitDocument(file: SourceFile): SplitDocument {
  const cleaned = file.content ?? textContent(file.bytes, file.id);
  const norm = normalizeForExtraction(cleaned.text);
  const title = cleaned.title ? normalizeForExtraction(cleaned.title) : null;
  return { id: file.id, path: file.path, hash: file.hash, cleaned, norm, title, paragraphs: splitParagraphs(norm) };
}

function textContent(bytes: Uint8Array, name: string): SourceContent {
  const { text, encoding } = decodeBytes(bytes);
  return { ...cleanDocument(text, name), encoding };
}
