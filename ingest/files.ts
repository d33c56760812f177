import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { SourceFile } from "./prepare.js";

export const DOCUMENT_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm"]);

export interface FileProblem {
  path: string;
  reason: string;
  message: string;
}

/** The document files under the given paths: directories are walked, hidden entries skipped. */
export async function listDocumentFiles(paths: string[]): Promise<{ files: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (e) {
      problems.push({ path, reason: "missing", message: `cannot open: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
      return;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
      for (const name of entries) await walk(join(path, name), false);
    } else if (DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    } else if (explicit) {
      problems.push({ path, reason: "unsupported", message: `not a document type qkg reads (${[...DOCUMENT_EXTENSIONS].join(" ")})` });
    }
  };
  for (const p of paths) await walk(p, true);
  return { files, problems };
}

/** Reads one file with its content hash; the document id is its file name. */
export async function readSourceFile(path: string): Promise<SourceFile> {
  const bytes = await readFile(path);
  return { id: basename(path), path, bytes, hash: createHash("sha256").update(bytes).digest("hex") };
}
