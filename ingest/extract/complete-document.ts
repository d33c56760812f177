// The part of preparing a document that needs no segmenter and no decoder: sentences, region
// mentions, the document's region and years, from a document the main thread read, normalised,
// split and segmented. Extraction threads run it; it imports nothing that reads bytes or
// converts characters (their tables would be loaded again in every thread).
import type { DocumentRecord } from "../../graph/types.js";
import type { SplitDocument } from "../prepare.js";
import type { RegionIndex } from "../regions.js";
import { splitSentences } from "../text/sentences.js";
import { documentYear, inferDocumentRegion, reviewYear } from "./document-context.js";
import type { PreparedDocument, Token } from "./prepared-document.js";
import { findRegionMentions } from "./region-mentions.js";

/**
 * The rest of preparing, which needs no segmenter: sentences, region mentions, the document's
 * region and years. An extraction thread runs it on what the main thread split and segmented.
 */
export function completeDocument(doc: SplitDocument & { tokens: Token[] }, regions: RegionIndex): PreparedDocument {
  const { cleaned, norm, title, paragraphs } = doc;
  const sentences = splitSentences(norm, paragraphs);
  const regionMentions = findRegionMentions(norm, regions);
  const region = inferDocumentRegion(norm, title, regionMentions, regions);
  const record: DocumentRecord = {
    id: doc.id,
    path: doc.path,
    title: cleaned.title,
    date: cleaned.date,
    region,
    hash: doc.hash,
    encoding: cleaned.encoding,
    text: cleaned.text,
    ...(cleaned.pages ? { pages: cleaned.pages } : {}),
  };
  const reportsOn = reviewYear(title ?? paragraphs[0]?.text ?? null);
  return {
    record,
    norm,
    paragraphs,
    sentences,
    tokens: doc.tokens,
    regionMentions,
    region,
    year: documentYear(cleaned.date),
    reviewYear: reportsOn,
    regions,
  };
}
