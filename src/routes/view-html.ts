import type { VChild } from "../widget/view-tree.js";

// The views' element trees as HTML for the demo pages: every text and attribute value is escaped.
const ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (s: string) => s.replace(/[&<>"']/g, (ch) => ESC[ch]);
const VOID = new Set(["br", "hr", "img", "input", "meta", "link"]);
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

export function toHtml(v: VChild): string {
  if (v === null || v === undefined || v === false) return "";
  if (typeof v !== "object") return esc(String(v));
  // Names come from the views' code, never from data; checked all the same.
  if (!NAME.test(v.t)) throw new Error(`bad element name ${v.t}`);
  const attrs = Object.entries(v.a)
    .map(([k, val]) => {
      if (!NAME.test(k)) throw new Error(`bad attribute name ${k}`);
      return ` ${k}="${esc(String(val))}"`;
    })
    .join("");
  if (VOID.has(v.t)) return `<${v.t}${attrs}>`;
  return `<${v.t}${attrs}>${v.c.map(toHtml).join("")}</${v.t}>`;
}
