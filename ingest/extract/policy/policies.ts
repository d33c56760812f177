// Policy documents a text names: every 《…》 title, “…” titles the text presents as policy
// documents (the quoted name ends in a policy word: 措施, 纲要, 办法…), and the document's own
// title when it is itself a policy (…的决定, …管理办法, …实施方案).
import type { PreparedDocument } from "../prepared-document.js";

/** Words a policy document's name ends with. 计划/行动/工程 name programmes of work, not documents. */
export const POLICY_SUFFIX = /(决定|办法|暂行办法|实施方案|行动方案|方案|规划|纲要|意见|实施意见|措施|条例|规定|细则|通知|法)$/;
/** A document title that is itself a policy (the title of 002-like decisions and plans). */
const OWN_TITLE = /(的决定|管理办法|实施办法|暂行办法|实施方案|行动方案|工作方案|规划|纲要|实施意见|指导意见|若干意见|条例|规定|细则|的通知)$/;

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
  if (title && OWN_TITLE.test(title) && title.length >= 6) {
    const at = s.indexOf(title);
    out.push({ title, start: Math.max(0, at), end: at >= 0 ? at + title.length : 0, own: true });
  }
  for (const m of s.matchAll(/《([^《》\n]{2,80})》/g)) {
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
    if (tail && POLICY_SUFFIX.test(tail)) titleText = s.slice(open, close + 1 + tail.length);
    else if (!tail && POLICY_SUFFIX.test(inner) && /措施|纲要|办法|方案|规划|意见|决定|条例/.test(inner.slice(-4))) titleText = inner;
    else continue;
    if (titleText.replace(/[“”]/g, "").length < 6) continue;
    // Quoted names inside a 《》 title are part of that title, already taken.
    if (out.some((p) => !p.own && p.start <= open && close < p.end)) continue;
    out.push({ title: titleText, start: open, end: close + 1 + tail.length, own: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A 质量奖 programme a policy governs: 《常州市市长质量奖管理办法》 → 常州市市长质量奖. */
export function programmeOf(title: string): string | null {
  const m = /^(.{2,30}?(?:质量奖|质量管理奖|标准创新贡献奖|奖))(?:评选|评审|评定|管理|实施)*(?:办法|暂行办法|细则|规定|实施方案|章程)$/.exec(title.replace(/[“”]/g, ""));
  return m ? m[1] : null;
}
