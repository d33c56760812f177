// A part of one list that the question names by its heading (某年某奖的"首次申报"获奖企业 when the
// notice splits its list under "(以下为首次申报企业)" and "(以下为复审企业)"). No fact records the
// heading, so the recipients are kept whose names stand under that heading in the document, or
// lead the sentence that counts the group (甲公司等3家首次申报企业). When no document of the
// answer has such a heading, the list is left whole and the interpretation says so.
import type { AwardFact } from "../types.js";

// Words before 企业/单位 that ask or scope rather than name a part of a list.
const NOT_A_HEADING =
  /哪|什么|几|多少|获|得|评|该|这|那|其|本|所有|全部|各|每|有|个人|拟|候选|初选|公示|提名|正式|以上|以下|省|市|区|县|国/;

/** The heading word a question gives its recipients (的首次申报获奖企业 → 首次申报), if any. */
export function subListWord(rest: string): string | null {
  const m = /(?:^|[|的])的?((?!的)\p{Script=Han}{2,5}?)(?:获奖)?(?:企业|单位|组织)/u.exec(rest);
  if (!m || NOT_A_HEADING.test(m[1])) return null;
  return m[1];
}

// A heading line: in brackets, after 以下为, or numbered (一、…), short, not a sentence.
const HEADING =
  /^(?:[(（]\s*(?:以下为|以下是)?([^()（）,，。]{2,20})[)）]|(?:以下为|以下是)([^()（）,，。]{2,20})[:：]?|[一二三四五六七八九十]+[、.]([^()（）,，。]{2,20}))$/;

/** The words of a heading line with its frame taken off ((以下为首次申报企业) → 首次申报), or null. */
export function headingWord(line: string): string | null {
  const m = HEADING.exec(line.trim());
  if (!m) return null;
  const words = (m[1] ?? m[2] ?? m[3] ?? "").replace(/[:：]$/, "").replace(/(获奖)?(企业|单位|组织|个人)(名单)?$/, "");
  return words || null;
}

/** The text under the heading named `word`, up to the next heading; null when there is none. */
export function sectionUnder(text: string, word: string): string | null {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => headingWord(l) === word);
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && headingWord(lines[end]) == null) end++;
  return lines.slice(start + 1, end).join("\n");
}

/** Recipients named first in "甲等N家<word>企业": the sentence says 甲 belongs to the group. */
function groupHeads(text: string, word: string): (name: string) => boolean {
  return (name) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const after = text.slice(at + name.length, at + name.length + word.length + 8);
      if (new RegExp(`^等[0-9一二三四五六七八九十百]+[家个名位]${word}`).test(after)) return true;
    }
    return false;
  };
}

/**
 * The facts whose recipient the documents place under `word`; `found` is false (and the facts come
 * back as they were) when no document has that heading or group.
 */
export function inSubList(facts: AwardFact[], texts: Map<string, string>, word: string): { facts: AwardFact[]; found: boolean } {
  let found = false;
  const fits = new Map<string, (name: string) => boolean>();
  for (const [doc, text] of texts) {
    const section = sectionUnder(text, word);
    const heads = groupHeads(text, word);
    const hasGroup = new RegExp(`等[0-9一二三四五六七八九十百]+[家个名位]${word}`).test(text);
    if (section == null && !hasGroup) continue;
    found = true;
    fits.set(doc, (name) => section?.includes(name) || heads(name));
  }
  if (!found) return { facts, found };
  return { facts: facts.filter((f) => fits.get(f.doc)?.(f.recipient) ?? false), found };
}
