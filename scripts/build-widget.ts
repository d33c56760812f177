// Bundles the <qkg-ask> widget into <outDir>/widget/<version>/widget.js, where version is a hash of
// the bundle, and writes <outDir>/widget/manifest.json for the worker's /widget.js redirect.
//   node --import tsx scripts/build-widget.ts [outDir]     (default .qkg/site)
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { WidgetManifest } from "../src/routes/widget.js";

export const WIDGET_ENTRY = fileURLToPath(new URL("../src/widget/qkg-ask-define.ts", import.meta.url));
/** The budget from the issue: the bundle must stay at or under 12 KB gzip. */
export const MAX_GZIP_BYTES = 12 * 1024;

export type { WidgetManifest };

export interface BuiltWidget {
  file: string;
  bytes: number;
  gzipBytes: number;
  version: string;
}

/** The minified bundle, without writing anything. */
export async function bundleWidget(): Promise<string> {
  const out = await build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    format: "esm",
    minify: true,
    target: ["es2022", "chrome100", "firefox100", "safari16"],
    write: false,
    legalComments: "none",
    charset: "utf8",
  });
  return out.outputFiles[0].text;
}

export async function buildWidget(outDir: string): Promise<BuiltWidget> {
  const code = await bundleWidget();
  const bytes = Buffer.byteLength(code);
  const gzipBytes = gzipSync(code, { level: 9 }).length;
  if (gzipBytes > MAX_GZIP_BYTES) throw new Error(`widget.js is ${gzipBytes} bytes gzip, over the ${MAX_GZIP_BYTES} byte budget`);
  const version = createHash("sha256").update(code).digest("hex").slice(0, 12);
  const path = `widget/${version}/widget.js`;
  const file = resolve(outDir, path);
  await mkdir(join(resolve(outDir), "widget", version), { recursive: true });
  await writeFile(file, code);
  const manifest: WidgetManifest = {
    version,
    path,
    bytes,
    gzipBytes,
    integrity: `sha384-${createHash("sha384").update(code).digest("base64")}`,
  };
  await writeFile(resolve(outDir, "widget", "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return { file, bytes, gzipBytes, version };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = process.argv[2] ?? ".qkg/site";
  const built = await buildWidget(outDir);
  console.log(`widget ${built.version}: ${built.file} (${built.bytes} bytes, ${built.gzipBytes} gzip)`);
}
