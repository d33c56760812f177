import * as OpenCC from "opencc-js";

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/**
 * The text extractors read: full-width forms folded (NFKC), Traditional characters in Simplified,
 * with exactly one output character per input character so every offset still points into the
 * original text. A character whose folding would change the length (①, ㎡, …) is kept as it is.
 */
export function normalizeForExtraction(text: string): string {
  let folded = "";
  for (const ch of text) {
    const n = ch === "\u3000" ? " " : ch.normalize("NFKC");
    folded += n.length === ch.length ? n : ch;
  }
  const simplified = toSimplified(folded);
  if (simplified.length === folded.length) return simplified;
  // Phrase conversions that change length are rare; fall back to one character at a time.
  let out = "";
  for (const ch of folded) {
    const s = toSimplified(ch);
    out += s.length === ch.length ? s : ch;
  }
  return out;
}
