// Names people shorten: a fragment of the full name (一个词 inside 某某一个词科技有限公司), or
// characters of the full name kept in order (北方歌舞艺术中心 → 北歌; 某市东区某小学 → 某市某小学),
// the way Chinese abbreviations are formed. Resolved against the graph's organisations only.
import type { Lexicon } from "./lexicon.js";
import { matchKey } from "./normalize.js";

/** Are the characters of `short` found in `full` in the same order, starting with its first? */
export function isOrderedAbbreviation(short: string, full: string): boolean {
  if (short.length < 2 || short.length >= full.length || short[0] !== full[0]) return false;
  let at = 1;
  for (let i = 1; i < short.length; i++) {
    at = full.indexOf(short[i], at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * The organisations a name the lexicon does not know may stand for: those containing it, else
 * those it abbreviates (characters in order). Several: the caller lists them as candidates.
 */
export function organisationsFor(lex: Lexicon, name: string): string[] {
  const fragment = matchKey(name);
  if (fragment.length < 2) return [];
  const containing = lex.organizations.filter((_, i) => lex.organizationKeys[i].includes(fragment));
  if (containing.length) return containing;
  return lex.organizations.filter((_, i) => isOrderedAbbreviation(fragment, lex.organizationKeys[i]));
}
