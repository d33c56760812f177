// Large inputs made from the project's own fixture notices, written to a file of about `bytes`.
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FIXTURES = ["../fixtures/award-docs/", "../fixtures/policy-docs/"].map((d) => fileURLToPath(new URL(d, import.meta.url)));

function fixtureText(): string {
  return FIXTURES.flatMap((dir) =>
    readdirSync(dir)
      .filter((n) => n.endsWith(".txt"))
      .map((n) => readFileSync(dir + n, "utf8")),
  ).join("\n\n");
}

function writeRepeated(path: string, unit: string, bytes: number): void {
  const chunk = Buffer.from(unit, "utf8");
  const fd = openSync(path, "w");
  try {
    for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

/** One line with no sentence or clause punctuation at all: a scraped table or a PDF text layer. */
export function writeUnpunctuated(path: string, bytes: number): void {
  writeRepeated(path, fixtureText().replace(/[\s。！？；;!?，,、：:“”"（）()]/g, ""), bytes);
}

/** Ordinary notices one after another: many paragraphs and sentences. */
export function writeLongText(path: string, bytes: number): void {
  writeRepeated(path, `${fixtureText()}\n\n`, bytes);
}
