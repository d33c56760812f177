import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import { htmlToText } from "../../ingest/read/clean.js";
import { runCli } from "../run-cli.js";

describe("HTML through a parser's tree", async () => {
  it("keeps the body when <title> is never closed", async () => {
    const r = htmlToText("<html><head><title>示范市质量奖公示<body><p>第一段：决定授予某公司。</p><p>第二段&amp;结尾</p></body></html>");
    expect(r.title).toBe("示范市质量奖公示");
    expect(r.text).toContain("第一段：决定授予某公司。");
    expect(r.text).toContain("第二段&结尾");
  });

  it("keeps text before a trailing unclosed <title>", async () => {
    const r = htmlToText("<p>正文一句。</p><title>尾部标题");
    expect(r.text).toContain("正文一句。");
    expect(r.title).toBe("尾部标题");
  });

  it("reads deeply nested unclosed markup without overflowing the stack", async () => {
    const r = htmlToText(`${"<div>".repeat(200_000)}深处的文字`);
    expect(r.text).toContain("深处的文字");
  });
});

describe("ingesting broken and empty HTML", async () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-html-"));
  writeFileSync(
    join(dir, "unclosed-title.html"),
    "<html><head><title>关于公布2021年度示范市市长质量奖获奖名单的通知<body><p>决定授予华东精工机械股份有限公司2021年度示范市市长质量奖。</p></body></html>",
  );
  writeFileSync(
    join(dir, "markup-only.html"),
    "<html><head><script>var a = 1;</script></head><body><div><img src='a.png'></div></body></html>",
  );
  const graph = join(dir, "g.json");
  const r = runCli(["ingest", dir, "--graph", graph]);

  it("ingests the page whose title is unclosed with its body text", async () => {
    const doc = (await readGraphFile(graph)).documents.find((d) => d.id === "unclosed-title.html")!;
    expect(doc.text).toContain("华东精工机械股份有限公司");
  });

  it("names a document that yields no text", async () => {
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/markup-only\.html: the document yields no text/);
  });
});
