import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Fact, Snapshot } from "../../graph/types.js";
import { readGraphFile } from "../../ingest/graph-file.js";
import { runCli } from "../run-cli.js";
import { makeDocx, makePdf, NOTICE } from "./make-files.js";

/** What a fact says, without where it was found. */
const said = (f: Fact) => JSON.stringify({ ...f, id: undefined, doc: undefined, evidence: undefined });
const graphOf = (path: string): Promise<Snapshot> => readGraphFile(path);
const factsOf = (g: Snapshot, doc: string) => g.facts.filter((f) => f.doc === doc);

describe("notices saved as .docx and .pdf", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-formats-"));
  writeFileSync(join(dir, "notice.txt"), `${NOTICE.join("\n\n")}\n`);
  writeFileSync(join(dir, "notice.docx"), await makeDocx(NOTICE));
  // The award decision on page 1, the targets and signature on page 2.
  writeFileSync(join(dir, "notice.pdf"), await makePdf([NOTICE.slice(0, 3), NOTICE.slice(3)]));
  const graph = join(dir, "g.json");
  const r = runCli(["ingest", dir, "--graph", graph]);

  it("ingests all three", async () => {
    expect(r.stderr).not.toMatch(/skipped/);
    expect(r.status).toBe(0);
    expect((await graphOf(graph)).documents.map((d) => [d.id, d.encoding])).toEqual([
      ["notice.docx", "docx"],
      ["notice.pdf", "pdf"],
      ["notice.txt", "utf-8"],
    ]);
  });

  it("finds the same facts in the .docx and the .pdf as in the text", async () => {
    const g = await graphOf(graph);
    const txt = factsOf(g, "notice.txt").map(said).sort();
    expect(txt.length).toBeGreaterThanOrEqual(4);
    expect(factsOf(g, "notice.docx").map(said).sort()).toEqual(txt);
    expect(factsOf(g, "notice.pdf").map(said).sort()).toEqual(txt);
  });

  it("points evidence into the extracted text, with the PDF page", async () => {
    const g = await graphOf(graph);
    for (const doc of g.documents) {
      for (const f of factsOf(g, doc.id)) {
        for (const e of f.evidence) {
          expect(doc.text.slice(e.start, e.end)).toBe(e.text);
          if (doc.id === "notice.pdf") expect(e.page).toBe(NOTICE.slice(3).join("").includes(e.text) ? 2 : 1);
          else expect(e.page).toBeUndefined();
        }
      }
    }
    expect(factsOf(g, "notice.pdf").some((f) => f.kind === "target")).toBe(true);
  });
});

describe("files that are not what their name says", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-magic-"));
  writeFileSync(join(dir, "renamed-pdf.txt"), await makePdf([NOTICE]));
  writeFileSync(join(dir, "picture.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x41, 0x42, 0x43]));
  // An OLE2 compound file header: what Word 97–2003 writes.
  writeFileSync(join(dir, "old.doc"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504, 0)]));
  const graph = join(dir, "g.json");
  const r = runCli(["ingest", dir, "--graph", graph]);

  it("reads a PDF renamed .txt as a PDF", async () => {
    const doc = (await graphOf(graph)).documents.find((d) => d.id === "renamed-pdf.txt")!;
    expect(doc.encoding).toBe("pdf");
    expect(doc.text).toContain("绵阳川岳精密机械股份有限公司");
  });

  it("refuses an image named .txt and a .doc by name, saying how to convert the .doc", async () => {
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/picture\.txt: the file is a PNG image, not a document qkg reads/);
    expect(r.stderr).toMatch(/old\.doc: a Word 97–2003 \(\.doc\) file.*libreoffice --headless --convert-to docx .*old\.doc/);
    expect(r.stderr).toMatch(/ingested 1 document, 2 skipped/);
  });
});
