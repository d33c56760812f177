// Builds the worker's static assets (the widget bundle) into .qkg/site. The graph is not an asset:
// it lives in D1 (scripts/load-d1.ts).
import { mkdir } from "node:fs/promises";

export async function buildSite(outDir = ".qkg/site") {
  await mkdir(outDir, { recursive: true });
  const { buildWidget } = await import("./build-widget.js");
  return buildWidget(outDir);
}
