import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildWidget, MAX_GZIP_BYTES } from "../../scripts/build-widget.js";

const out = await mkdtemp(join(tmpdir(), "qkg-widget-"));
afterAll(() => rm(out, { recursive: true, force: true }));

describe("buildWidget", () => {
  it("writes a versioned bundle within the 12 KB gzip budget and a manifest naming it", async () => {
    const built = await buildWidget(out);
    expect(built.version).toMatch(/^[0-9a-f]{12}$/);
    expect(built.file).toBe(join(out, "widget", built.version, "widget.js"));
    const code = await readFile(built.file, "utf8");
    expect(built.bytes).toBe(Buffer.byteLength(code));
    expect(gunzipSync(gzipSync(code)).toString()).toBe(code);
    expect(built.gzipBytes).toBeLessThanOrEqual(MAX_GZIP_BYTES);
    const manifest = JSON.parse(await readFile(join(out, "widget", "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ version: built.version, path: `widget/${built.version}/widget.js`, gzipBytes: built.gzipBytes });
    expect(manifest.integrity).toMatch(/^sha384-/);
  });

  it("bundles one dependency-free module that defines qkg-ask and never writes innerHTML", async () => {
    const code = await readFile((await buildWidget(out)).file, "utf8");
    expect(code).not.toMatch(/^\s*import\s|\bimport\s*\(/m);
    expect(code).toContain('"qkg-ask"');
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });

  it("gives the same version for the same source", async () => {
    expect((await buildWidget(out)).version).toBe((await buildWidget(out)).version);
  });
});
