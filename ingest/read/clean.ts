import { Parser } from "htmlparser2";
import { parse as parseYaml } from "yaml";

export interface CleanedDocument {
  /** The text every offset in the graph points into. */
  text: string;
  title: string | null;
  date: string | null;
}

const BLOCK = new Set([
  "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
  "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "hr", "title",
]);
const CELL = new Set(["td", "th"]);
const SKIP = new Set(["script", "style", "head", "noscript", "template"]);
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

/** HTML to text: block elements become line breaks, cells are separated, entities decoded. */
export function htmlToText(html: string): { text: string; title: string | null } {
  let out = "";
  let skipping = 0;
  let inTitle = false;
  let title = "";
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        if (name === "title") inTitle = true;
        if (BLOCK.has(name)) out += "\n";
        else if (CELL.has(name)) out += " ";
      },
      ontext(t) {
        if (inTitle) title += t;
        else if (!skipping) out += t;
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        if (name === "title") inTitle = false;
        if (BLOCK.has(name)) out += "\n";
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { text: out, title: title.trim() || null };
}

function tidy(text: string): string {
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
export function cleanDocument(raw: string, fileName: string): CleanedDocument {
  const { meta, body } = splitFrontMatter(raw);
  const isHtml = /\.html?$/i.test(fileName) || HTML_HINT.test(body);
  const html = isHtml ? htmlToText(body) : { text: body, title: null };
  const text = tidy(html.text);
  const metaTitle = typeof meta.title === "string" ? meta.title.trim() : null;
  const firstLine = text.split("\n").find((l) => l.trim())?.trim() ?? null;
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
