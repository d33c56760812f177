// The layers hold: graph/ is the pure model (no worker, no CLI, no Node or Workers APIs), ingest/
// (the Node pipeline) does not reach into the worker. Checked on every import and export-from in
// the source, type-only ones included, so that a moved type cannot pull a layer back in.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./seed-paths.js";

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split("/")[0]!]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "target" ? [] : sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or with import(). */
function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const found: string[] = [];
  for (const re of [
    /\b(?:import|export)\s[^'"]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  ]) {
    for (const m of code.matchAll(re)) found.push(m[1]!);
  }
  return found;
}

/** The layer (top folder) a relative specifier points into, or the package a bare one names. */
function target(file: string, spec: string): { layer?: string; pkg?: string } {
  if (spec.startsWith(".")) return { layer: relative(ROOT, resolve(file, "..", spec)).split(sep)[0] };
  return { pkg: spec };
}

function violations(layer: string, forbidden: (t: { layer?: string; pkg?: string }) => boolean): string[] {
  return sourceFiles(join(ROOT, layer)).flatMap((file) =>
    specifiers(readFileSync(file, "utf8"))
      .filter((spec) => forbidden(target(file, spec)))
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
  );
}

const isPlatform = (pkg: string | undefined) =>
  pkg !== undefined &&
  (pkg.startsWith("node:") || pkg.startsWith("cloudflare:") || NODE_BUILTINS.has(pkg) || pkg.startsWith("@cloudflare/"));

describe("layers", () => {
  it("finds imports of every form (the check itself)", () => {
    const src = `import a from "../src/a.js";\nimport type { B } from "node:fs";\nexport { c } from 'cloudflare:workers';\nconst d = await import("../ingest/d.js");\nimport "fs";\n// import x from "../src/commented.js";`;
    expect(specifiers(src).sort()).toEqual(["../ingest/d.js", "../src/a.js", "cloudflare:workers", "fs", "node:fs"]);
  });

  it("graph/ imports nothing from src/ or ingest/, and no Node or Workers modules", () => {
    expect(violations("graph", (t) => t.layer === "src" || t.layer === "ingest" || isPlatform(t.pkg))).toEqual([]);
  });

  it("ingest/ imports nothing from src/", () => {
    expect(violations("ingest", (t) => t.layer === "src")).toEqual([]);
  });

  it("src/ imports nothing from ingest/ and no Node modules (it runs in workerd)", () => {
    expect(
      violations("src", (t) => t.layer === "ingest" || (t.pkg !== undefined && (t.pkg.startsWith("node:") || NODE_BUILTINS.has(t.pkg)))),
    ).toEqual([]);
  });
});
