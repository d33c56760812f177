import * as OpenCC from "opencc-js";

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/**
 * The text extractors read: full-width forms folded (NFKC), Traditional characters in Simplified,
 * with exactly one output character per input character so every offset still points into the
 * original text. A character whose folding would change the length (①, ㎡, …) is kept as it is.
 */
export function normalizeForExtraction(text: string): string {
  let folded = "";
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII and the CJK Unified Ideographs are their own NFKC form: most of any notice, copied in runs.
    if (c < 0xa0 || (c >= 0x4e00 && c <= 0x9fff)) continue;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const n = ch === "\u3000" ? " " : ch.normalize("NFKC");
    folded += text.slice(kept, i) + (n.length === ch.length ? n : ch);
    i += ch.length - 1;
    kept = i + 1;
  }
  folded += text.slice(kept);
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
