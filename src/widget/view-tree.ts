// The views (entity, programme, document, policy) are written once as a small tree of elements and
// turned into DOM in the widget (toDom, here) or into HTML on the demo pages (src/routes/view-html.ts).
// Data only ever becomes text: attribute names are fixed by the views, values are set, not parsed.

export type VChild = VNode | string | number | null | undefined | false;
export interface VNode {
  t: string;
  a: Record<string, string | number>;
  c: VChild[];
}

export const el = (t: string, a: Record<string, string | number | null | undefined> = {}, ...c: VChild[]): VNode => {
  const attrs: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(a)) if (v != null) attrs[k] = v;
  return { t, a: attrs, c };
};

const SVG_NS = "http://www.w3.org/2000/svg";

/** The tree as DOM nodes; everything under an <svg> is created in the SVG namespace. */
export function toDom(doc: Document, v: VChild, svg = false): Node | null {
  if (v === null || v === undefined || v === false) return null;
  if (typeof v !== "object") return doc.createTextNode(String(v));
  const inSvg = svg || v.t === "svg";
  const node = inSvg ? doc.createElementNS(SVG_NS, v.t) : doc.createElement(v.t);
  for (const [k, val] of Object.entries(v.a)) node.setAttribute(k, String(val));
  for (const c of v.c) {
    const n = toDom(doc, c, inSvg);
    if (n) node.appendChild(n);
  }
  return node;
}

/** "Ab…" when a label is longer than `max` characters (the full text goes into a <title>). */
export const clip = (s: string, max: number) => ([...s].length > max ? `${[...s].slice(0, max - 1).join("")}…` : s);

/** Width of a label in px at `size`: CJK characters are about square, Latin about half. */
export const textWidth = (s: string, size: number) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? size : size * 0.58), 0);

/** Where a view links to: absolute URLs in the widget (it lives on other sites), relative on the demo pages. */
export interface ViewLinks {
  entity(name: string): string;
  programme(name: string): string;
  document(doc: string, start?: number, end?: number): string;
  lang: "zh" | "en";
}

export function viewLinks(base: string, lang: "zh" | "en"): ViewLinks {
  const q = lang === "en" ? "lang=en" : "";
  const withQ = (path: string, more = "") => {
    const query = [more, q].filter(Boolean).join("&");
    return `${base}${path}${query ? `?${query}` : ""}`;
  };
  return {
    lang,
    entity: (name) => withQ(`/entities/${encodeURIComponent(name)}`),
    programme: (name) => withQ(`/programmes/${encodeURIComponent(name)}`),
    document: (doc, start, end) =>
      start != null && end != null
        ? `${withQ(`/documents/${encodeURIComponent(doc)}`, `start=${start}&end=${end}`)}#evidence`
        : withQ(`/documents/${encodeURIComponent(doc)}`),
  };
}
