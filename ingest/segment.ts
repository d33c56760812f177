// The nodejieba edge: the only module that loads the native segmenter.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Token } from "./extract/prepared-document.js";

const require = createRequire(import.meta.url);
interface Jieba {
  load(options: { userDict: string }): void;
  tag(text: string): Array<{ word: string; tag: string }>;
}
let jieba: Jieba | undefined;

/** The domain dictionary (award names, roles, policy words) kept in ingest/dict/. */
export const USER_DICT = fileURLToPath(new URL("./dict/qkg-user.dict.utf8", import.meta.url));

function segmenter(): Jieba {
  if (!jieba) {
    const loaded = require("nodejieba") as Jieba;
    loaded.load({ userDict: USER_DICT });
    jieba = loaded;
  }
  return jieba;
}

/** nodejieba's words and POS tags for `text`, in order. */
export function tagWords(text: string): Array<{ word: string; tag: string }> {
  return segmenter().tag(text);
}

/** Words with POS tags and offsets; nodejieba's words concatenate back to the input. */
export function segment(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let pos = offset;
  for (const { word, tag } of tagWords(text)) {
    out.push({ word, tag, start: pos, end: pos + word.length });
    pos += word.length;
  }
  return out;
}
