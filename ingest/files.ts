import { readdirSync, realpathSync, statSync } from "node:fs";
import { basename, extname, join, relative, sep } from "node:path";

/** Files a folder walk picks up by name; a file named on the command line is read whatever its name. */
export const DOCUMENT_EXTENSIONS = new Set([".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".doc"]);

export interface FileProblem {
  path: string;
  reason: string;
  message: string;
}

/** A file to ingest and the id its document gets. */
export interface DocumentFile {
  path: string;
  /** The path relative to the folder it was found under (`sub/a01.txt`), or the base name of a file given directly. */
  id: string;
}

/**
 * The document files under the given paths. Folders are walked in name order, hidden entries
 * skipped; every folder is entered once by its real path, so a symlink back to an ancestor (a
 * cycle) or to a folder already walked adds nothing. Ids are relative to the folder given, with
 * `/` separators, so they are the same on every run and machine; an id two roots would share
 * gets its root's name in front. The file system is asked synchronously: one entry at a time
 * either way, and a thread-pool round trip per stat was most of a no-change re-ingest.
 */
export async function listDocumentFiles(paths: string[]): Promise<{ files: DocumentFile[]; problems: FileProblem[] }> {
  const files: DocumentFile[] = [];
  const problems: FileProblem[] = [];
  const walkedDirs = new Set<string>();
  const ids = new Set<string>();
  const add = (path: string, id: string, root: string) => {
    let unique = id;
    if (ids.has(unique)) unique = toId(join(basename(root), id));
    for (let n = 2; ids.has(unique); n++) unique = `${id}#${n}`;
    ids.add(unique);
    files.push({ path, id: unique });
  };
  const walk = async (path: string, root: string | null): Promise<void> => {
    let info;
    try {
      info = statSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A dangling link inside a folder is noise; a missing path the user typed is an error.
      if (root && code === "ENOENT") return;
      problems.push({ path, reason: "missing", message: `cannot open: ${code ?? (e as Error).message}` });
      return;
    }
    if (info.isDirectory()) {
      const real = realpathSync(path);
      if (walkedDirs.has(real)) return;
      walkedDirs.add(real);
      let entries: string[];
      try {
        entries = readdirSync(path)
          .filter((n) => !n.startsWith("."))
          .sort();
      } catch (e) {
        problems.push({ path, reason: "unreadable", message: `cannot list: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
        return;
      }
      for (const name of entries) await walk(join(path, name), root ?? path);
    } else if (!info.isFile()) {
      if (!root) problems.push({ path, reason: "unsupported", message: "not a regular file" });
    } else if (!root) {
      add(path, basename(path), path);
    } else if (DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase())) {
      add(path, toId(relative(root, path)), root);
    }
  };
  for (const p of paths) await walk(p, null);
  return { files, problems };
}

const toId = (p: string) => p.split(sep).join("/");
