// Builds the worker's static assets: the snapshot and the widget bundle, into .qkg/site.
import { copyFile, mkdir, rename } from "node:fs/promises";
import { join } from "node:path";

export async function buildSite(graph: string, outDir = ".qkg/site") {
  await mkdir(outDir, { recursive: true });
  const tmp = join(outDir, `snapshot.json.tmp-${process.pid}`);
  await copyFile(graph, tmp);
  await rename(tmp, join(outDir, "snapshot.json"));
  const { buildWidget } = await import("./build-widget.js");
  return buildWidget(outDir);
}
