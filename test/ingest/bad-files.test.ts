import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../ingest/graph-file.js";
import { runCli } from "../run-cli.js";

// Our own sentences: a notice-like line in UTF-8, and one in GB18030 with a character that
// needs a 4-byte GB18030 sequence (𠀾, outside the BMP), which TextDecoder('gbk') would mangle.
const GOOD = "关于公布2021年示例市市长质量奖获奖名单的通知\n\n经评审，决定授予示例精密机械股份有限公司2021年示例市市长质量奖。\n";
const GB = "示例县2020年质量工作简报\n\n全县新增省级标准化试点3项，𠀾字测试。\n";

describe("ingesting a folder with bad files", () => {
  const dir = mkdtempSync(join(tmpdir(), "qkg-bad-"));
  writeFileSync(join(dir, "good.txt"), GOOD);
  writeFileSync(join(dir, "gb18030.txt"), iconv.encode(GB, "gb18030"));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
  writeFileSync(join(dir, "latin1-garbage.txt"), Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 2 ? 0x7f : 0x01))));
  const graph = join(dir, "out", "graph.json");
  const r = runCli(["ingest", dir, "--graph", graph]);

  it("reports each bad file with its path and reason and says so in the exit code", () => {
    expect(r.status).toBe(3);
    expect(r.stderr).toContain(`${join(dir, "empty.txt")}: the file is empty`);
    expect(r.stderr).toMatch(/binary\.txt: the file is a PNG image, not a document qkg reads/);
    expect(r.stderr).toMatch(/latin1-garbage\.txt: the file is not UTF-8, UTF-16, GB18030\/GBK or Big5 text/);
    expect(r.stderr).toMatch(/ingested 2 documents, 3 skipped/);
  });

  it("ingests the good files, decoding GB18030 including 4-byte sequences", async () => {
    const snapshot = await readGraphFile(graph);
    expect(snapshot.documents.map((d) => d.id)).toEqual(["gb18030.txt", "good.txt"]);
    const gb = snapshot.documents.find((d) => d.id === "gb18030.txt")!;
    expect(gb.encoding).toBe("gb18030");
    expect(gb.text).toContain("𠀾字测试");
    expect(gb.title).toBe("示例县2020年质量工作简报");
  });

  it("leaves no temporary file beside the snapshot", () => {
    const names = readdirSync(join(dir, "out"));
    expect(names).toEqual(["graph.json"]);
  });

  it("refuses to write anything when no file can be read", () => {
    const empty = mkdtempSync(join(tmpdir(), "qkg-none-"));
    writeFileSync(join(empty, "empty.txt"), "");
    const none = runCli(["ingest", empty, "--graph", join(empty, "g.json")]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no documents could be ingested/);
  });
});
