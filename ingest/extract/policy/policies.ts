// Policy documents a text names: every 《…》 title, “…” titles the text presents as policy
// documents (the quoted name ends in a policy word: 措施, 纲要, 办法…), and the document's own
// title when it is itself a policy (…的决定, …管理办法, …实施方案).
import type { Evidence, PolicyFact, Warning } from "../../../graph/types.js";
import { regionAt, resolveMention } from "./context.js";
import type { PreparedDocument } from "../prepared-document.js";

/** Words a policy document's name ends with. 计划/行动/工程 name programmes of work, not documents. */
export const POLICY_SUFFIX = /(决定|办法|暂行办法|实施方案|行动方案|方案|规划|纲要|意见|实施意见|措施|条例|规定|细则|通知|法)$/;
/** A document title that is itself a policy (the title of 002-like decisions and plans). */
const OWN_TITLE = /(的决定|管理办法|实施办法|暂行办法|实施方案|行动方案|工作方案|规划|纲要|实施意见|指导意见|若干意见|条例|规定|细则)$/;
/** Titles that announce results (名单, 公示, 表彰) are notices about awards, not policies. */
const ANNOUNCEMENT = /名单|公示|公告|表彰|通报|获奖|授予/;

export interface PolicyMention {
  title: string;
  /** Offsets of the whole mention in the text (with its brackets/quotes). */
  start: number;
  end: number;
  /** Own title of a policy document. */
  own: boolean;
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

export function findPolicyMentions(doc: PreparedDocument): PolicyMention[] {
  const s = doc.norm;
  const out: PolicyMention[] = [];
  const title = doc.record.title?.normalize("NFKC").trim() ?? null;
  // "关于印发《某市质量强市建设实施方案》的通知": the document carries the policy it issues.
  const issued = title ? /印发《?([^《》]{6,80}?)》?的通知$/.exec(title) : null;
  const issuedTitle = issued && POLICY_SUFFIX.test(issued[1]) && !/通知$/.test(issued[1]) ? issued[1] : null;
  if (issuedTitle) {
    const at = s.indexOf(issuedTitle);
    out.push({ title: issuedTitle, start: Math.max(0, at), end: at >= 0 ? at + issuedTitle.length : 0, own: true });
  } else if (title && OWN_TITLE.test(title) && !ANNOUNCEMENT.test(title) && title.length >= 6) {
    const at = s.indexOf(title);
    out.push({ title, start: Math.max(0, at), end: at >= 0 ? at + title.length : 0, own: true });
  }
  for (const m of s.matchAll(/《([^《》\n]{2,80})》/g)) {
    // The issued policy's name in the title line is the document's own title, already read.
    if (issuedTitle && m[1].trim() === issuedTitle && out[0] && m.index! <= out[0].start) continue;
    out.push({ title: m[1].trim(), start: m.index!, end: m.index! + m[0].length, own: false });
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
  const m = /^(.{2,30}?(?:质量奖|质量管理奖|标准创新贡献奖|奖))(?:评选|评审|评定|管理|实施)*(?:办法|暂行办法|细则|规定|实施方案|章程)$/.exec(title.replace(/[“”]/g, ""));
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
  return doc.sentences.find((s) => s.start <= pos && pos < s.end) ?? null;
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
    if (level === "province") return regionAt(doc.region, "province");
    if (level === "city") return regionAt(doc.region, "city") ?? doc.region;
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
  const y = /((?:19|20)\d\d)年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?[^，。；《]{0,16}(印发|出台|发布|颁布|公布|施行|实施|出版)[了]?$/.exec(before);
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
      year: m.own ? null : policyYear(doc, m),
    };
    if (programme) fact.programmes = [programme];
    facts.push(fact);
  }
  return { facts, warnings: [] };
}
