// Policy documents a text names: every 《…》 title, “…” titles the text presents as policy
// documents (the quoted name ends in a policy word: 措施, 纲要, 办法…), and the document's own
// title when it is itself a policy (…的决定, …管理办法, …实施方案).

import { ANNOUNCES_RESULTS, NOT_A_POLICY, POLICY_DOCUMENT_SUFFIX } from "../../../graph/policy-vocabulary.js";
import type { Evidence, PolicyFact, Warning } from "../../../graph/types.js";
import { spanAt } from "../../text/sentences.js";
import type { PreparedDocument } from "../prepared-document.js";
import { regionAt, resolveMention } from "./context.js";
import type { DocumentHead } from "./document-head.js";

/** Words a policy document's name ends with. 计划/行动/工程 name programmes of work, not documents. */
export const POLICY_SUFFIX = /(决定|办法|暂行办法|实施方案|行动方案|方案|规划|纲要|意见|实施意见|措施|条例|规定|细则|通知|法)$/;

export interface PolicyMention {
  title: string;
  /** Offsets of the whole mention in the text (with its brackets/quotes). */
  start: number;
  end: number;
  /** Own title of a policy document. */
  own: boolean;
  /** The issue year printed with an own title ("(2021年11月30日)" under it). */
  year?: number | null;
}

/**
 * Does a 《》 title name a policy document? It ends with a policy word (after a parenthetical
 * such as "(试行)" or "(2016-2020年)"), and is not a newspaper, a report, a ranking or a standard,
 * nor a notice announcing results (…关于公布…名单的通知).
 */
export function namesPolicy(title: string): boolean {
  const t = title
    .replace(/[“”]/g, "")
    .replace(/(?:[(（][^()（）]*[)）])+$/, "")
    .trim();
  if (!POLICY_DOCUMENT_SUFFIX.test(t) || NOT_A_POLICY.test(t)) return false;
  return !(/(通知|通报|决定|公告)$/.test(t) && ANNOUNCES_RESULTS.test(t) && !/印发|修改|修订|管理办法|评审办法|实施办法/.test(t));
}

/** Index of the “ that opens the quote closed at `close`, allowing nested “…” inside. */
function openingQuote(s: string, close: number, floor: number): number {
  let depth = 0;
  for (let i = close; i >= floor; i--) {
    if (s[i] === "”") depth++;
    else if (s[i] === "“") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

export function findPolicyMentions(doc: PreparedDocument, own: DocumentHead["own"] = null): PolicyMention[] {
  const s = doc.norm;
  const out: PolicyMention[] = [];
  if (own) out.push({ title: own.title, start: own.start, end: own.end, own: true, year: own.year });
  const ownTitle = own?.title ?? null;
  for (const m of s.matchAll(/《([^《》\n]{2,80})》/g)) {
    const title = m[1].trim();
    // The issued policy's name in the title line is the document's own title, already read.
    if (ownTitle && title === ownTitle && out[0] && m.index! <= out[0].end) continue;
    // A title inside the document's own title line is part of it ("关于深入贯彻《…纲要》…的实施意见")
    // only as a mention; it is read where the body names it.
    if (own && m.index! >= own.start && m.index! < own.end) continue;
    // "(以下简称《实施方案》)": a short name for a policy already named.
    if (/简称$/.test(s.slice(Math.max(0, m.index! - 3), m.index!))) continue;
    if (!namesPolicy(title)) continue;
    out.push({ title, start: m.index!, end: m.index! + m[0].length, own: false });
  }
  // “…措施” (the whole quote is the title, nested quotes kept) and “中国制造2025”常州行动纲要 (a
  // quoted name followed by the rest of the title).
  for (const m of s.matchAll(/”([^“”，。；、,;《》\s]{0,12}?)(?=[，。；、,;等和及与”\s]|$)/g)) {
    const close = m.index!;
    const tail = m[1];
    const paraStart = s.lastIndexOf("\n", close) + 1;
    const open = openingQuote(s, close, paraStart);
    if (open < 0) continue;
    const inner = s.slice(open + 1, close);
    let titleText: string;
    // A quote nested in a longer quoted title: the outer quote is the title.
    if (tail && s[close + 1 + tail.length] === "”") continue;
    // "“某名城”5项质量措施": a count of measures, not a title.
    if (/^[\d一二两三四五六七八九十]+[项条个]/.test(tail)) continue;
    if (tail && POLICY_SUFFIX.test(tail)) titleText = s.slice(open, close + 1 + tail.length);
    else if (!tail && POLICY_SUFFIX.test(inner) && /措施|纲要|办法|方案|规划|意见|决定|条例/.test(inner.slice(-4))) titleText = inner;
    else continue;
    if (titleText.replace(/[“”]/g, "").length < 6) continue;
    // Quoted names inside a 《》 title are part of that title, already taken.
    if (out.some((p) => p.end > p.start && p.start <= open && close < p.end)) continue;
    out.push({ title: titleText, start: open, end: close + 1 + tail.length, own: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A 质量奖 programme a policy governs: 《常州市市长质量奖管理办法》 → 常州市市长质量奖. */
export function programmeOf(title: string): string | null {
  const m =
    /^(.{2,30}?(?:质量奖|质量管理奖|标准创新贡献奖|奖))(?:评选|评审|评定|管理|实施)*(?:办法|暂行办法|细则|规定|实施方案|章程)$/.exec(
      title.replace(/[“”]/g, ""),
    );
  return m ? m[1] : null;
}

// ---- Policy facts -------------------------------------------------------------------------------

type NewPolicy = Omit<PolicyFact, "id">;

/** Words just before a title that name its issuer. */
const ISSUERS: Array<[RegExp, "country" | "province" | "city" | "local"]> = [
  [/(党中央|国务院|全国人大|国家|中共中央|中办|国办|总局)[^，。；《]{0,12}$/, "country"],
  [/(省委|省政府|省人民政府|省局|省市场监管局|省质量强省)[^，。；《]{0,10}$/, "province"],
  // Any city bureau (市局, 市市场监管局, 市教育局…); not 区市场监管局 or 市场监管总局.
  [/(市委|市政府|市人民政府|(?<![省区县])市(?!场)[\u4e00-\u9fa5]{0,8}?局|市质量强市|市领导小组)[^，。；《]{0,10}$/, "city"],
  [/(区委|区政府|区人民政府|区市场监管局|县委|县政府)[^，。；《]{0,10}$/, "local"],
];

function sentenceAround(doc: PreparedDocument, pos: number) {
  return spanAt(doc.sentences, pos) ?? null;
}

/** The issuer's region: a region the title starts with, an issuer named just before it, a national law, else the document's region. */
export function policyRegion(doc: PreparedDocument, m: PolicyMention): string | null {
  if (m.own) return doc.region;
  const bodyStart = m.start + 1;
  // A name inside quotes at the start (“中国制造2025”常州行动纲要) is a slogan, not the issuer.
  const lead = m.title.startsWith("“") ? undefined : doc.regionMentions.find((r) => r.start >= bodyStart && r.start <= bodyStart + 1);
  if (lead) return resolveMention(doc, lead.candidates);
  const sent = sentenceAround(doc, m.start);
  const before = sent ? doc.norm.slice(sent.start, m.start) : "";
  const named = [...doc.regionMentions].reverse().find((r) => sent && r.start >= sent.start && r.end <= m.start && m.start - r.end <= 6);
  if (named) return resolveMention(doc, named.candidates);
  for (const [re, level] of ISSUERS) {
    if (!re.test(before)) continue;
    if (level === "country") return "中国";
    if (level === "province") return regionAt(doc.regions, doc.region, "province");
    if (level === "city") return regionAt(doc.regions, doc.region, "city") ?? doc.region;
    return doc.region;
  }
  if (/(法|条例)$/.test(m.title)) return "中国";
  return doc.region;
}

/** Only an explicit issue date counts: "2023年2月，…印发《…》"; plan periods in a title do not. */
export function policyYear(doc: PreparedDocument, m: PolicyMention): number | null {
  const sent = sentenceAround(doc, m.start);
  if (!sent) return null;
  const before = doc.norm.slice(sent.start, m.start);
  const y = /((?:19|20)\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?[^，。；《]{0,16}(印发|出台|发布|颁布|公布|施行|实施|出版)[了]?$/.exec(
    before,
  );
  return y ? Number(y[1]) : null;
}

export function policyFacts(doc: PreparedDocument, mentions: PolicyMention[]): { facts: NewPolicy[]; warnings: Warning[] } {
  const facts: NewPolicy[] = [];
  for (const m of mentions) {
    const sent = m.own ? null : sentenceAround(doc, m.start);
    const span = sent ?? { start: m.start, end: m.end };
    const evidence: Evidence = { doc: doc.record.id, start: span.start, end: span.end, text: doc.record.text.slice(span.start, span.end) };
    if (m.own && m.end <= m.start) {
      // The title is in the header only; point at the start of the text.
      evidence.start = 0;
      evidence.end = Math.min(doc.record.text.length, m.title.length);
      evidence.text = doc.record.text.slice(evidence.start, evidence.end);
    }
    const programme = programmeOf(m.title);
    const fact: NewPolicy = {
      doc: doc.record.id,
      kind: "policy",
      evidence: [evidence],
      title: m.title,
      region: policyRegion(doc, m),
      year: m.own ? (m.year ?? null) : policyYear(doc, m),
    };
    if (programme) fact.programmes = [programme];
    facts.push(fact);
  }
  return { facts, warnings: [] };
}
