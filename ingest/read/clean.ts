import { parseDocument } from "htmlparser2";
import { parse as parseYaml } from "yaml";

/** The part of htmlparser2's tree this module reads. */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  children?: HtmlNode[];
  startIndex?: number | null;
  endIndex?: number | null;
}
const isElement = (n: HtmlNode) => n.type === "tag" || n.type === "script" || n.type === "style";

export interface CleanedDocument {
  /** The text every offset in the graph points into. */
  text: string;
  title: string | null;
  date: string | null;
}

const BLOCK = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "tr",
  "table",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "section",
  "article",
  "header",
  "footer",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "hr",
  "title",
]);
const CELL = new Set(["td", "th"]);
const SKIP = new Set(["script", "style", "head", "noscript", "template", "title"]);
const HTML_HINT = /<(p|div|br|table|td|span|h[1-6]|li|section|article|body|html)\b[^>]*>/i;

/** Jekyll-style front matter: `---\nyaml\n---` at the very top. */
function splitFrontMatter(raw: string): { meta: Record<string, unknown>; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(raw);
  if (!m) return { meta: {}, body: raw };
  let meta: Record<string, unknown> = {};
  try {
    const parsed = parseYaml(m[1], { schema: "failsafe" });
    if (parsed && typeof parsed === "object") meta = parsed as Record<string, unknown>;
  } catch {
    // Front matter that is not YAML is kept out of the text but gives no metadata.
  }
  return { meta, body: raw.slice(m[0].length) };
}

/**
 * HTML to text through htmlparser2's tree: block elements become line breaks, cells are separated,
 * entities decoded. Broken markup degrades to text: an unclosed <title> (which would swallow the
 * rest of the page as its text) is closed before the first tag that follows it.
 */
export function htmlToText(html: string): { text: string; title: string | null } {
  // htmlparser2 keeps its open elements in an array it unshifts: a page of 100,000 unclosed <div>
  // or <font> tags costs it quadratic time. Past MAX_DEPTH every element is closed where it opens,
  // which keeps the line breaks and the text, in linear time.
  if (nestingDepth(html) > MAX_DEPTH)
    html = html.replace(OPEN_TAG, (tag, name: string) =>
      RAW_TEXT.has(name.toLowerCase()) || tag.endsWith("/>") ? tag : `${tag.slice(0, -1)}/>`,
    );
  const doc: HtmlNode = parseDocument(html, {
    recognizeSelfClosing: true,
    decodeEntities: true,
    lowerCaseTags: true,
    withStartIndices: true,
    withEndIndices: true,
  });
  const titleEl = findFirst(doc, "title");
  if (titleEl && titleEl.endIndex != null && !/<\/title\s*>$/i.test(html.slice(titleEl.startIndex ?? 0, titleEl.endIndex + 1))) {
    const open = html.indexOf(">", titleEl.startIndex ?? 0) + 1;
    const next = html.indexOf("<", open);
    if (open > 0 && next >= open) return htmlToText(`${html.slice(0, next)}</title>${html.slice(next)}`);
    // "<title>" with nothing after it but text: that text is both the title and the last line.
    const title = textOf(titleEl).trim();
    return { text: `${blockText(doc)}\n${title}`, title: title || null };
  }
  return { text: blockText(doc), title: titleEl ? textOf(titleEl).trim() || null : null };
}

const MAX_DEPTH = 2000;
const OPEN_TAG = /<([a-zA-Z][\w:-]*)(?:\s[^<>]*)?>/g;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)(?:\s[^<>]*)?>/g;
const VOID = new Set(["br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "param", "source", "track", "wbr"]);
/** Elements whose content is text, not markup: never self-closed. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea"]);

/** How deep the markup nests if every opened element stays open until closed (an upper bound). */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!VOID.has(m[2].toLowerCase()) && !m[0].endsWith("/>")) max = Math.max(max, ++depth);
  }
  return max;
}

/** The text of a tree, walked without recursion (a page of 100,000 unclosed <div>s is still a page). */
function blockText(root: HtmlNode): string {
  let out = "";
  const stack: Array<HtmlNode | string> = [...(root.children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      out += node;
      continue;
    }
    if (node.type === "text") out += node.data ?? "";
    const name = node.name ?? "";
    if (!isElement(node) || SKIP.has(name)) continue;
    const block = BLOCK.has(name);
    out += block ? "\n" : CELL.has(name) ? " " : "";
    if (block) stack.push("\n");
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

function findFirst(root: HtmlNode, name: string): HtmlNode | null {
  const stack: HtmlNode[] = [...(root.children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === name) return node;
    const kids = node.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return null;
}

function textOf(el: HtmlNode): string {
  return (el.children ?? []).map((c) => (c.type === "text" ? (c.data ?? "") : isElement(c) ? textOf(c) : "")).join("");
}

/** Line ends, spaces around line breaks and blank runs made uniform; idempotent. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\u00a0]+\n/g, "\n")
    .replace(/\n[ \t\u00a0]+/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const DATE_IN_META = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const DATE_LINE = /(?:^|\n)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:\n|$)/g;

/** A document's text with markup removed, and its title and date when it states them. */
export function cleanDocument(raw: string, fileName: string, markup: "auto" | "plain" = "auto"): CleanedDocument {
  // Text taken out of a .docx or .pdf has no markup or front matter to look for.
  const { meta, body } = markup === "plain" ? { meta: {}, body: raw } : splitFrontMatter(raw);
  const isHtml = markup === "auto" && (/\.html?$/i.test(fileName) || HTML_HINT.test(body));
  const html = isHtml ? htmlToText(body) : { text: body, title: null };
  const text = tidy(html.text);
  const metaTitle = typeof meta.title === "string" ? meta.title.trim() : null;
  const firstLine =
    text
      .split("\n")
      .find((l) => l.trim())
      ?.trim() ?? null;
  const title = metaTitle || html.title || (firstLine && [...firstLine].length <= 60 ? firstLine : null);
  let date: string | null = null;
  const metaDate = typeof meta.date === "string" ? DATE_IN_META.exec(meta.date) : null;
  if (metaDate) date = iso(metaDate[1], metaDate[2], metaDate[3]);
  else {
    // A date line of its own (the signature date of a notice or decision); the last one wins.
    for (const m of text.matchAll(DATE_LINE)) date = iso(m[1], m[2], m[3]);
  }
  return { text, title, date };
}

const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
