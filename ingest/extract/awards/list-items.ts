// One line of a list of recipients: "1.江苏某某有限公司(2019年、2021年)", "某公司董事长周某某",
// "周某某 某公司总工程师", "A有限公司 B有限公司" (several on one line), "X公司(原Y厂)".
import type { GazetteerEntry } from "../../../graph/types.js";
import { type AwardContext, inDocumentProvince } from "./context.js";
import type { Recipient } from "./facts.js";
import { cleanName, DECLARED, isOrgName, isProjectName, isShortName, resolveShortName } from "./organisation-names.js";
import { isPersonName, parseListedPerson, parsePerson } from "./persons.js";
import { findParenYears } from "./years.js";

// NFKC folds ①–⑳ to "1"–"20": such a number straight before a name is a mark too, unless it counts
// something (3家). Larger numbers start names (58同城).
export const ITEM_MARK =
  /^[\s\-–●•·■◆▪○◎★☆*>▲△▶►❖✔√]*(?:[(]\s*\d{1,3}\s*[)]|\d{1,3}\s*[.、)]|\d{1,3}\s+|[①-⑳]|(?:1\d|20|[1-9])(?=[\u4e00-\u9fff])(?![家个名位项年月日届批人次种类条件])|[一二三四五六七八九十]+[、.]|[(][一二三四五六七八九十]+[)])?\s*/;

export interface ParsedItem {
  recipients: Recipient[];
  /** Years from a parenthesis on the line; each is one award line. */
  years: number[];
  yearLabel: string | null;
  category: string | null;
  aliases: GazetteerEntry[];
}

const FORMER = /\(\s*原(?:名|名称)?[:：]?\s*([^()]{2,30}?)\s*\)/g;
const PERSONAL_DETAIL =
  /^(?:[男女]|[\u4e00-\u9fff]{1,3}族|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*出?生|(?:中共)?(?:预备)?党员|群众|无党派人士|\d{2}\s*岁|(?:大学|研究生|硕士|博士|本科|大专)(?:学历|学位)?)$/;
const CATEGORY_PAREN = /\(\s*(组织|个人|企业|单位|[\u4e00-\u9fff]{2}类)\s*\)/;
// Anything that makes a line prose rather than a list entry.
const PROSE = /[。；！？:：]|(?:获得|荣获|获评|表示|通过|开展|实施|推进|加强|成为|以来|目前|已经|我们|他们)/;

/** Parse one list line (normalised text). Null when the line is not a list of recipients. */
export function parseItem(text: string, ctx: AwardContext, opts: { personal?: boolean } = {}): ParsedItem | null {
  const mark = ITEM_MARK.exec(text)![0];
  // "南昌：某某有限公司": a region label before the names (lists grouped by city or district).
  let regionHint: string | null = null;
  const hint = (label: string) => {
    const e = ctx.index.lookup(label);
    if (e.length && !regionHint) regionHint = inDocumentProvince(e, ctx).name;
    return e.length > 0;
  };
  // Also with a count: "杭州市(3家):A、B、C".
  let t = text
    .slice(mark.length)
    .replace(/^([\u4e00-\u9fff]{2,10})\s*(?:\(\s*(?:共)?\s*\d+\s*[家个名位]\s*\))?\s*[:：]\s*/, (all, label: string) =>
      hint(label) ? "" : all,
    );
  // "某某(男)", "某某同志": personal details that are not part of the name.
  // "王某  男  汉族  某公司董事长": the same details as table columns.
  t = t.replace(/(^|\s)(?:[男女]|[\u4e00-\u9fff]{1,2}族|(?:中共)?党员)(?=\s)/g, "$1 ");
  t = t.replace(/同志(?=\s|$)/g, " ").replace(/\(([^()]*)\)/g, (all, inner: string) => {
    // "(男,汉族,某公司董事长)": sex, ethnicity, birth and party membership are not the affiliation.
    const parts = inner.split(/[,，、;；]/).map((x) => x.trim());
    const kept = parts.filter((x) => x && !PERSONAL_DETAIL.test(x));
    if (kept.length === parts.length) return all;
    return kept.length ? `(${kept.join(",")})` : " ";
  });
  // A short name on its own line is a list entry only when numbered or when the document resolves it.
  const shortMode: ShortMode = /[\d①-⑳一二三四五六七八九十]/.test(mark) ? "any" : "resolved";
  const aliases: GazetteerEntry[] = [];
  let years: number[] = [];
  let yearLabel: string | null = null;
  for (const p of findParenYears(t).reverse()) {
    years = [...p.years, ...years];
    yearLabel = p.label ?? yearLabel;
    t = `${t.slice(0, p.start)} ${t.slice(p.end)}`;
  }
  let category: string | null = null;
  const cat = CATEGORY_PAREN.exec(t);
  if (cat) {
    category = cat[1];
    t = t.replace(cat[0], " ");
  }
  const formers: string[] = [];
  t = t.replace(FORMER, (_m, name: string) => {
    formers.push(cleanName(name));
    return "";
  });
  const declared: string[] = [];
  t = t.replace(DECLARED, (_m, name: string) => {
    declared.push(cleanName(name));
    return "";
  });
  // Table columns after the name: a region ("(金坛区)", "  溧阳市") or a category word.
  t = t.replace(/\(\s*([\u4e00-\u9fff]{2,10})\s*\)/g, (all, inner: string) => (ctx.index.byName.has(inner) && hint(inner) ? " " : all));
  t = t.replace(/[;；,，。.、\s]+$/, "").trim();
  // "张某(某公司质量总监)": the parenthesis is the person's organisation, not a remark.
  const parenPerson = /\)$/.test(t) ? parsePerson(t) : null;
  // A remark after the name ("(连续两次获奖)", "(排名不分先后)"): names do not end with a parenthesis.
  while (!parenPerson && /\)$/.test(t) && /[^\s(]\s*\([^()]*\)$/.test(t)) {
    const inner = /\(([^()]*)\)$/.exec(t)![1];
    // "…、李某(某公司总经理)": the last of several persons, with their organisation.
    if (parsePerson(/(?:^|[、;；\s])([^、;；\s]+\([^()]*\))$/.exec(t)?.[1] ?? "")) break;
    if (!category && /^(?:组织|个人|企业|单位|[\u4e00-\u9fff]{2}类)$/.test(inner)) category = inner;
    t = t.replace(/\s*\([^()]*\)$/, "").trim();
  }
  for (;;) {
    const col = /\s+([\u4e00-\u9fff]{2,10})$/.exec(t);
    if (!col || !(ctx.index.byName.has(col[1]) || /^(?:组织|个人|企业|单位)类?$/.test(col[1]))) break;
    if (ctx.index.byName.has(col[1])) hint(col[1]);
    if (!category && /类$|^(?:组织|个人)$/.test(col[1])) category = col[1];
    t = t.slice(0, col.index).trim();
  }
  // A line naming an award is a header or prose, never a recipient ("一、某市政府质量奖(组织类,3家)").
  if (!t || t.length > 120 || PROSE.test(t) || /奖|名单/.test(t)) return null;

  const person = parenPerson ?? parsePerson(t);
  let recipients: Recipient[] | null = null;
  if (person) recipients = [{ name: person.name, type: "person", affiliation: person.affiliation, role: person.role }];
  else if (opts.personal && isPersonName(t)) recipients = [{ name: t, type: "person", affiliation: null, role: null }];
  else if (opts.personal && parseListedPerson(t)) {
    const p = parseListedPerson(t)!;
    recipients = [{ name: p.name, type: "person", affiliation: p.affiliation, role: p.role }];
  } else if (opts.personal && /[、;；]/.test(t)) recipients = personsIn(t) ?? splitNames(t, ctx, shortMode);
  else recipients = splitNames(t, ctx, shortMode);
  if (!recipients?.length) return null;
  // Names separated by commas are a list only if every one is a complete name.
  if (/[，,]/.test(t) && !recipients.every((r) => r.type === "person" || isOrgName(r.name))) return null;

  if (regionHint) recipients = recipients.map((r) => ({ ...r, regionHint }));
  const main = recipients[0].type === "person" ? recipients[0].affiliation : recipients[0].name;
  if (main) {
    for (const f of formers) aliases.push({ name: f, kind: "organization", canonical: main });
    for (const d of declared) aliases.push({ name: d, kind: "organization", canonical: main });
  }
  return { recipients, years, yearLabel, category, aliases };
}

/** "王某(甲公司)、李某(乙公司董事长)": several persons on one line of a 个人 list; null unless all read. */
function personsIn(text: string): Recipient[] | null {
  const out: Recipient[] = [];
  for (const part of text
    .split(/[、;；]/)
    .map((x) => x.trim())
    .filter(Boolean)) {
    const p = parsePerson(part);
    if (p) out.push({ name: p.name, type: "person", affiliation: p.affiliation, role: p.role });
    else if (isPersonName(part)) out.push({ name: part, type: "person", affiliation: null, role: null });
    else return null;
  }
  return out.length ? out : null;
}

/**
 * Names separated by 、；or spaces. Spaces also occur inside a name (PDF/Word artefacts), so pieces
 * are joined until they make a complete name.
 */
export function splitNames(text: string, ctx: AwardContext, shortMode: ShortMode): Recipient[] | null {
  const out: Recipient[] = [];
  for (const group of text.split(/[、;；，,]/)) {
    const pieces = group.split(/\s+/).filter(Boolean);
    let acc = "";
    for (let i = 0; i < pieces.length; i++) {
      acc += pieces[i];
      const name = cleanName(acc);
      const r = classify(name, ctx, "none");
      if (r && (r.type !== "organization" || isOrgName(name) || i === pieces.length - 1)) {
        out.push(r);
        acc = "";
      }
    }
    if (acc) {
      const r = classify(cleanName(acc), ctx, shortMode);
      if (!r) return null;
      out.push(r);
    }
  }
  return out;
}

/** What a single name is: a full organisation, a project, a short name resolved to its full name. */
export type ShortMode = "none" | "resolved" | "any";

export function classify(name: string, ctx: AwardContext, shortMode: ShortMode): Recipient | null {
  if (isOrgName(name)) return { name, type: "organization", affiliation: null, role: null };
  if (isProjectName(name)) return { name, type: "project", affiliation: null, role: null };
  if (shortMode !== "none" && isShortName(name)) {
    const full = resolveShortName(name, ctx.fullNames, ctx.declared);
    if (!full && shortMode === "resolved") return null;
    if (full && full !== name) ctx.resolved.set(name, full);
    return { name: full ?? name, type: "organization", affiliation: null, role: null };
  }
  return null;
}
