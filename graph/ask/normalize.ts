// Question text as the parser sees it: one spelling for what people type many ways.
import { T2S_PAIRS } from "./t2s-table.js";

let t2s: Map<string, string> | undefined;
function t2sMap(): Map<string, string> {
  if (!t2s) {
    t2s = new Map();
    for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) t2s.set(T2S_PAIRS[i], T2S_PAIRS[i + 1]);
  }
  return t2s;
}

/** Traditional characters to Simplified, character by character. */
export function toSimplified(s: string): string {
  const m = t2sMap();
  let out = "";
  for (const ch of s) out += m.get(ch) ?? ch;
  return out;
}

// Control and format characters (zero-width joiners, bidi marks) carry no meaning in a question
// but would split a name in two.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * The question in one form: NFKC (full-width digits and letters, compatibility ideographs),
 * Simplified characters, no invisible characters, runs of white space collapsed.
 */
export function normalizeQuestion(q: string): string {
  return toSimplified(q.normalize("NFKC")).replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
}

// Quotes and title marks wrap names (“全国质量标杆”, 《…决定》) and are written or left out at will,
// so names and questions are matched with them removed; so is white space inside names.
const IGNORED = /[\s"'“”‘’「」『』《》〈〉【】·•・]/g;

/** The form names are matched in: normalized, without quotes, title marks or spaces. */
export function matchKey(s: string): string {
  return normalizeQuestion(s).replace(IGNORED, "").replace(/（/g, "(").replace(/）/g, ")");
}
