import type { DocumentRecord } from "../graph/types.js";
import { documentYear, inferDocumentRegion, reviewYear } from "./extract/document-context.js";
import type { PreparedDocument, Token } from "./extract/prepared-document.js";
import { findRegionMentions } from "./extract/region-mentions.js";
import { cleanDocument } from "./read/clean.js";
import { decodeBytes } from "./read/decode.js";
import type { RegionIndex } from "./regions.js";
import { normalizeForExtraction } from "./text/normalize.js";
import { splitParagraphs, splitSentences } from "./text/sentences.js";

export interface SourceFile {
  /** The document id: its file name. */
  id: string;
  path: string;
  bytes: Uint8Array;
  /** sha256 of the bytes, computed at the edge. */
  hash: string;
}

/** Bytes to a document ready for extraction: decoded, cleaned, normalised, split, segmented. */
export function prepareDocument(
  file: SourceFile,
  deps: { segment: (text: string, offset: number) => Token[]; regions: RegionIndex },
): PreparedDocument {
  const { text: raw, encoding } = decodeBytes(file.bytes);
  const cleaned = cleanDocument(raw, file.id);
  const norm = normalizeForExtraction(cleaned.text);
  const paragraphs = splitParagraphs(norm);
  const sentences = splitSentences(norm, paragraphs);
  const tokens = paragraphs.flatMap((p) => deps.segment(p.text, p.start));
  const regionMentions = findRegionMentions(norm, deps.regions);
  const title = cleaned.title ? normalizeForExtraction(cleaned.title) : null;
  const region = inferDocumentRegion(norm, title, regionMentions, deps.regions);
  const record: DocumentRecord = {
    id: file.id,
    path: file.path,
    title: cleaned.title,
    date: cleaned.date,
    region,
    hash: file.hash,
    encoding,
    text: cleaned.text,
  };
  const reportsOn = reviewYear(title ?? paragraphs[0]?.text ?? null);
  return { record, norm, paragraphs, sentences, tokens, regionMentions, region, year: documentYear(cleaned.date), reviewYear: reportsOn };
}
