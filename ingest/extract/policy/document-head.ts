// The head of a document as a reader sees it: the headline among navigation lines, the date a
// scraped page prints ("发布日期: 2021-05-18", "2021年6月9日"), the policy the document is (its
// own title, with the issuer left out when the issuer has a line of its own, or the policy a news
// headline says was issued), and the document's mode: setting goals or reporting outcomes.
import {
  ANNOUNCES_RESULTS,
  type DocumentMode,
  ISSUER_LINE,
  OWN_POLICY_TITLE,
  POLICY_DOCUMENT_SUFFIX,
  REPORT_TITLE,
} from "../../../graph/policy-vocabulary.js";
import type { PreparedDocument } from "../prepared-document.js";

export interface DocumentHead {
  /** The year the document speaks from: its date (metadata, else a date printed in its head). */
  speaking: number | null;
  /** The lines of the head: title, navigation, source and date lines, before the body. */
  lines: Array<{ text: string; start: number; paragraph: number }>;
  /** The policy the document is, with where its title is written. */
  own: { title: string; start: number; end: number; year: number | null } | null;
  mode: DocumentMode;
  /** The year a report reports on, or a plan plans for ("2019年行动计划", "2021年“质量月”"). */
  subjectYear: number | null;
  /** The year the headline names ("2018年度市长质量奖揭晓"). */
  headlineYear: number | null;
}

const HEAD_PARAGRAPHS = 14;
const HEAD_LINE_MAX = 90;
/** A printed date: 2021-05-18, 2021/5/18, 2021年5月18日, 18.05.2021. */
const DATE =
  /((?:19|20)\d\d)\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)|\b\d{1,2}\.\d{1,2}\.((?:19|20)\d\d)\b/;

/** Head lines: short paragraphs at the top, up to the first paragraph of running text. */
function headLines(doc: PreparedDocument): DocumentHead["lines"] {
  const out: DocumentHead["lines"] = [];
  for (let i = 0; i < Math.min(HEAD_PARAGRAPHS, doc.paragraphs.length); i++) {
    const p = doc.paragraphs[i];
    const text = doc.norm.slice(p.start, p.end).trim();
    if (text.length > HEAD_LINE_MAX) break;
    out.push({ text, start: p.start + doc.norm.slice(p.start, p.end).indexOf(text), paragraph: i });
  }
  return out;
}

/** The year of the first printed date in the head (a source line, a date under the title). */
export function printedDateYear(lines: DocumentHead["lines"]): number | null {
  for (const l of lines) {
    const m = DATE.exec(l.text);
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}

const stripBrackets = (s: string) => s.replace(/[《》]/g, "");

/** A news headline's verbs: "某市出台…实施方案" reports a policy, it is not the policy's title. */
const NEWS_VERB = /印发|出台|发布|公布|出炉|召开|举行|荣获|获评|启动|解读|聚焦|亮相/;

/** A policy title line: ends with a policy word, does not announce results or report news, no sentence punctuation. */
function policyTitleLine(text: string): boolean {
  const t = stripBrackets(text.replace(/[(（][^()（）]*[)）]$/, ""));
  if (!/关于/.test(t) && NEWS_VERB.test(t)) return false;
  return t.length >= 8 && OWN_POLICY_TITLE.test(t) && !ANNOUNCES_RESULTS.test(t) && !/[，,。；;：:!！?？]/.test(t);
}

/** Navigation, source and date lines of a scraped page ("首页 > 新闻", "来源：…", "2021-05-18"). */
const PAGE_LINE = /[>›»|丨]|首页|当前位置|来源|发布|作者|编辑|责任|浏览|阅读|点击|字号|打印|分享/;

/**
 * Head paragraphs that only restate or frame the body: the headline (the first line of six or
 * more Chinese characters that is not a page line) and page lines. A short body line that states
 * a figure ("全市合格率94.5%") is neither.
 */
export function restatingHeadParagraphs(head: DocumentHead): Set<number> {
  const out = new Set<number>();
  let headline = false;
  for (const l of head.lines) {
    if (/[。；;]/.test(l.text)) continue;
    if (PAGE_LINE.test(l.text) || DATE.test(l.text)) out.add(l.paragraph);
    else if (!headline && /[\u4e00-\u9fa5]{6}/.test(l.text)) {
      headline = true;
      out.add(l.paragraph);
    }
  }
  return out;
}

/** "(2021年11月30日)" on the line after a title: the policy's issue year. */
function dateLineYear(text: string | undefined): number | null {
  const m = text ? /^[(（]\s*((?:19|20)\d\d)年\d{1,2}月\d{1,2}日\s*[)）]$/.exec(text) : null;
  return m ? Number(m[1]) : null;
}

/**
 * The policy the document is: a title line after an issuer line (its title without the issuer),
 * a title line on its own (an issuer before 关于 is dropped when the issuer also has its own
 * line), or the policy a headline says was issued ("…印发《某省质量强省建设纲要》").
 */
function ownPolicy(doc: PreparedDocument, lines: DocumentHead["lines"]): DocumentHead["own"] {
  const metaTitle = doc.record.title?.normalize("NFKC").trim() ?? "";
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!ISSUER_LINE.test(lines[i].text)) continue;
    const next = lines[i + 1];
    if (policyTitleLine(next.text))
      return {
        title: stripBrackets(next.text),
        start: next.start,
        end: next.start + next.text.length,
        year: dateLineYear(lines[i + 2]?.text),
      };
  }
  // The headline (metadata title or a head line) that is itself a policy's title.
  const candidates = [{ text: metaTitle, start: -1, paragraph: -1 }, ...lines];
  for (const c of candidates) {
    if (!c.text) continue;
    const issued = /印发(?:了)?《([^《》]{6,80})》(?:的通知)?$/.exec(c.text) ?? /印发([^《》，,。]{6,80}?)的通知$/.exec(c.text);
    if (issued && POLICY_DOCUMENT_SUFFIX.test(issued[1]) && !/通知$/.test(issued[1]) && !ANNOUNCES_RESULTS.test(issued[1])) {
      const at = doc.norm.indexOf(issued[1]);
      return { title: issued[1], start: Math.max(0, at), end: at >= 0 ? at + issued[1].length : 0, year: null };
    }
    const bare = c.text.replace(/^[^丨|｜]*[丨|｜]\s*/, "");
    if (policyTitleLine(bare)) {
      // The issuer stays in a title line that carries it (README: dropped only when printed on its own line).
      const title = stripBrackets(bare);
      const at = doc.norm.indexOf(bare);
      return { title, start: Math.max(0, at), end: at >= 0 ? at + bare.length : 0, year: null };
    }
  }
  return null;
}

/** The year a report is about or a plan plans for, named in its headline or its opening sentence. */
function subjectYearOf(text: string): number | null {
  const m = /((?:19|20)\d\d)\s*年度?(?!.*(?:19|20)\d\d\s*年)/.exec(text);
  return m ? Number(m[1]) : null;
}

export function documentHead(doc: PreparedDocument): DocumentHead {
  const lines = headLines(doc);
  const speaking = doc.year ?? printedDateYear(lines);
  const own = ownPolicy(doc, lines);
  const headline = [doc.record.title ?? "", ...lines.map((l) => l.text)].join("\n");
  // The first sentence of the body names the event a report is given at ("…2021年“质量月”开幕…").
  const firstBody = doc.paragraphs[lines.length]?.text ?? "";
  const opening = firstBody.split(/[。！!]/)[0] ?? "";
  let mode: DocumentMode = "news";
  let subjectYear: number | null = null;
  if (own) {
    mode = "plan";
    subjectYear = subjectYearOf(own.title);
  } else if (REPORT_TITLE.test(headline) || REPORT_TITLE.test(opening)) {
    mode = "report";
    const named = /((?:19|20)\d\d)\s*年度?[^，,。\n]{0,12}?(?:白皮书|质量状况|质量报告|工作总结|总结|公报|年报|“?质量月”?)/.exec(
      `${headline}\n${opening}`,
    );
    subjectYear = named ? Number(named[1]) : null;
  }
  const titled = [doc.record.title ?? "", ...lines.map((l) => l.text)].find((t) => /[\u4e00-\u9fa5]{6}/.test(t) && !DATE.test(t)) ?? "";
  return { speaking, lines, own, mode, subjectYear, headlineYear: subjectYearOf(titled) };
}
