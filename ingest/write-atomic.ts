import { mkdir, open, readdir, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./cli-error.js";

/** The temp file a graph write goes through: beside the target, named after the writing process (removeStaleTemps reads the pid back). */
export function tempPathFor(path: string, pid = process.pid): string {
  return `${path}.tmp-${pid}-${Date.now()}`;
}

/**
 * Checks, before any work, that a file can be written at `path`, creating its missing folders one
 * by one (Node's recursive mkdir loops forever under /proc), and removes temp files a killed
 * earlier run left beside it. Returns the temp files removed. Throws CliError `graph_unusable`
 * with a one-line reason.
 */
export async function prepareGraphTarget(path: string): Promise<string[]> {
  const target = resolve(path);
  const unusable = (why: string) => new CliError("graph_unusable", `cannot write the graph to ${path}: ${why}`);
  const existing = await statOrNull(target);
  if (existing?.isDirectory()) throw unusable(`it is a folder; give a file name such as ${join(path, "graph.sqlite")}`);
  if (existing && !existing.isFile()) throw unusable("it is not a regular file");
  const dir = dirname(target);
  await makeFolders(dir, unusable);
  // A probe through the same kind of temp file the write will use: permissions, read-only mounts, /proc.
  const probe = tempPathFor(target);
  try {
    const handle = await open(probe, "wx");
    await handle.close();
  } catch (e) {
    throw unusable(`the folder ${dir} is not writable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  } finally {
    await rm(probe, { force: true }).catch(() => {});
  }
  return removeStaleTemps(target);
}

async function makeFolders(dir: string, unusable: (why: string) => CliError): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const info = await statOrNull(at);
    if (info) {
      if (!info.isDirectory()) throw unusable(`${at} is a file, not a folder`);
      break;
    }
    missing.unshift(at);
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const d of missing) {
    try {
      await mkdir(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== "EEXIST") throw unusable(`cannot create the folder ${d} (${code ?? (e as Error).message})`);
    }
  }
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR")
      throw new CliError("graph_unusable", `cannot write the graph to ${path}: a part of the path is a file, not a folder`);
    throw new CliError("graph_unusable", `cannot write the graph to ${path}: ${code ?? (e as Error).message}`);
  }
}

/** Temp files of `target` whose writing process is gone (killed mid-write): removed, and listed. */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = dirname(target);
  const prefix = `${basename(target)}.tmp-`;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-\d+$/.exec(name.slice(prefix.length))?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    await rm(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}
