// The year a standards statement is for: stated in its sentence, else opening its paragraph
// ("到2027年，…" governs the goals after it), else the year a review reports on. A cumulative
// figure (累计, 截至目前, …以来) takes no year the text does not state.

import { spanAt } from "../../text/sentences.js";
import type { PreparedDocument } from "../prepared-document.js";

const STATED = /((?:19|20)\d\d)\s*年(?!以来|以前|前)/g;
const THIS_YEAR = /今年|本年度/;
const CUMULATIVE = /累计|截至|截止|以来|迄今|至目前|至今/;
// A year within the first words of a paragraph, past a heading like "(二)主要目标。".
const OPENING_YEAR = /^.{0,12}?((?:19|20)\d\d)\s*年(?!以来|以前|前)/;

/**
 * `head`: the sentence up to the statement; `at`: the statement's offset in the document. The
 * sentence's own words win; a paragraph's opening year and the review year only date what is not
 * cumulative.
 */
export function statementYear(doc: PreparedDocument, head: string, at: number): number | null {
  const stated = [...head.matchAll(STATED)].pop();
  if (stated) return Number(stated[1]);
  if (THIS_YEAR.test(head) && doc.year) return doc.year;
  if (CUMULATIVE.test(head)) return null;
  const para = spanAt(doc.paragraphs, at);
  const opening = para ? OPENING_YEAR.exec(para.text) : null;
  if (opening && para!.start + opening.index + opening[0].length <= at) return Number(opening[1]);
  return doc.reviewYear;
}
