// Standard codes as texts write them: "GB/T 19580-2012", "GB/T19580—2012", "ISO 9001:2015",
// "DB32/T 1234-2019", "T/ABC 10201-2020", "Q/XYZ 001-2021", full-width forms folded by the caller.
import { levelOfPrefix } from "../../../graph/standard-vocabulary.js";
import type { StandardLevel } from "../../../graph/types.js";

export interface CodeMatch {
  start: number;
  end: number;
  /** Canonical: "GB/T 19580-2012". */
  code: string;
  /** Without the year: "GB/T 19580". */
  number: string;
  editionYear: number | null;
  level: StandardLevel;
  province?: string;
}

const S = "[ \\t]*";
const SLASH = `${S}[/∕／]${S}`;
// Prefix families, most specific first; a family's prefix is validated against the vocabulary.
const PREFIX = [
  `ISO${SLASH}(?:IEC|TS|TR|PAS)`,
  `IEC${SLASH}(?:TS|TR)`,
  "ISO",
  "IEC",
  `ITU${S}-${S}[TR]`,
  `T${SLASH}[A-Z]{2,10}`,
  `Q${SLASH}[A-Z0-9]{1,12}`,
  `DB${S}\\d{2}(?:\\d{2})?(?:${SLASH}[TZ]?)?`,
  `[A-Z]{2,3}(?:${SLASH}[TZ])?`,
].join("|");
const NUMBER = "(?:\\d+(?:\\.\\d+)*|[A-Z]\\.\\d+(?:\\.\\d+)*)";
// Year separators as typed: ASCII hyphen, em/en dashes, horizontal bar, colon (ISO).
const YEAR = `(?:${S}[-—–―−:]${S}((?:19|20)\\d{2}|\\d{2})(?!\\d))?`;
const CODE_RE = new RegExp(`(?<![A-Za-z])(${PREFIX})${S}(${NUMBER})(?!\\d|\\.\\d)${YEAR}`, "g");

/** "GB / t" → "GB/T", "ITU - T" → "ITU-T", "DB 32/T" → "DB32/T". */
function canonicalPrefix(raw: string): string {
  const p = raw
    .replace(/[ \t]+/g, "")
    .replace(/[∕／]/g, "/")
    .toUpperCase();
  // "GBT 19580" is a common typing of GB/T.
  return /^GB[TZ]$/.test(p) ? `GB/${p[2]}` : p;
}

/** Two-digit years are of the last century from 50 on ("-94" → 1994, "-08" → 2008). */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 4 ? n : n >= 50 ? 1900 + n : 2000 + n;
}

/** Every standard code in `text` (full-width forms already folded), with its level from the prefix. */
export function findCodes(text: string): CodeMatch[] {
  const out: CodeMatch[] = [];
  for (const m of text.matchAll(CODE_RE)) {
    const prefix = canonicalPrefix(m[1]);
    const known = levelOfPrefix(prefix);
    if (!known) continue;
    // A bare two-letter industry code ("SN 1234") is too easily something else without its year.
    const bareIndustry = known.level === "industry" && !prefix.includes("/");
    if (bareIndustry && !m[3]) continue;
    const sep = prefix.startsWith("ISO") || prefix.startsWith("IEC") || prefix.startsWith("ITU") ? ":" : "-";
    const year = m[3] ? fullYear(m[3]) : null;
    const number = `${prefix} ${m[2]}`;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      code: year ? `${number}${sep}${year}` : number,
      number,
      editionYear: year,
      level: known.level,
      ...(known.province ? { province: known.province } : {}),
    });
  }
  return out;
}
