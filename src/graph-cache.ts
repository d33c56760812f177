import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./app-env.js";
import { graphVersion, versionKnown } from "./backend/graph-version.js";

// Read routes answer from the graph alone (and the code serving it), so their answers are cached
// by the graph's version: an ETag on every 200, and 304 for a request that already holds it, decided
// before the route does any work.

/** How long a client or CDN may reuse an answer without asking again. */
export const READ_CACHE_CONTROL = "public, max-age=60";

let lastEtag: { key: string; etag: string } | undefined;

/** The ETag of every read answer: the graph's version, the year (answers "as of" this year) and the deployed release. */
export async function readEtag(version: string, release: string | undefined, year = new Date().getUTCFullYear()): Promise<string> {
  const key = `${version}|${year}|${release ?? ""}`;
  if (lastEtag?.key === key) return lastEtag.etag;
  const etag = await digestEtag(key);
  lastEtag = { key, etag };
  return etag;
}

async function digestEtag(key: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(key));
  const hex = [...new Uint8Array(digest).slice(0, 12)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `W/"${hex}"`;
}

/**
 * If-None-Match by weak comparison (RFC 9110 §13.1.2): any listed tag, W/ or not. "*" is not taken
 * as a match: it means "if any representation exists", which only the route knows (a 404 has none).
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => opaque(t) === opaque(etag));
}

/**
 * Answers this isolate gave lately, by ETag and URL: a widget's example questions and a site's
 * popular ones ("2021年哪些企业获得了市长质量奖?" asked by every visitor) are answered once per graph
 * version, not once per visitor. Bounded by entries and bytes so the isolate's heap stays small; a
 * new graph version gives new keys and the old answers age out.
 */
export class AnswerCache {
  private readonly entries = new Map<string, { body: string; type: string }>();
  private bytes = 0;

  constructor(
    readonly maxEntries = 256,
    readonly maxBytes = 4 * 1024 * 1024,
    readonly maxBody = 256 * 1024,
  ) {}

  get(key: string): { body: string; type: string } | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: Map keeps insertion order, so the first key is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, body: string, type: string): void {
    if (body.length > this.maxBody || this.entries.has(key)) return;
    this.entries.set(key, { body, type });
    this.bytes += body.length;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

let answers: AnswerCache | undefined;

/** The isolate's answer cache, sized by QKG_ANSWER_CACHE (entries; unset or 0: no cache). */
function answerCache(size: string | undefined): AnswerCache | undefined {
  const n = Number(size ?? 0);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  if (answers?.maxEntries !== n) answers = new AnswerCache(n);
  return answers;
}

/** The worker's waitUntil, when the request has an execution context (not in Node tests). */
function keepAlive(c: Context): ((p: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (p) => ctx.waitUntil(p);
  } catch {
    return undefined;
  }
}

/**
 * ETag, Cache-Control and 304s for the GET routes it is put on; errors are not cached. In an
 * isolate's first request the version is not known yet: unless the client sent If-None-Match,
 * nothing has to be decided before the route (the answer cache is empty too), so the version read
 * and the route's queries run side by side instead of one after the other.
 */
export const cacheByGraphVersion: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
  const decideFirst = c.req.header("If-None-Match") !== undefined || versionKnown(c.env);
  const version = graphVersion(c.env, Date.now(), keepAlive(c));
  const cache = answerCache(c.env.QKG_ANSWER_CACHE);
  const keyOf = (etag: string) => `${c.env.QKG_BACKEND ?? "d1"} ${etag} ${c.req.url.slice(c.req.url.indexOf("/", 8))}`;
  let etag: string | undefined;
  if (decideFirst) {
    etag = await readEtag(await version, c.env.QKG_RELEASE);
    if (matchesEtag(c.req.header("If-None-Match"), etag)) {
      return c.body(null, 304, { ETag: etag, "Cache-Control": READ_CACHE_CONTROL });
    }
    const hit = cache?.get(keyOf(etag));
    if (hit) return c.body(hit.body, 200, { "Content-Type": hit.type, ETag: etag, "Cache-Control": READ_CACHE_CONTROL });
  } else {
    // Awaited after the route; a failed read must not go unhandled meanwhile.
    version.catch(() => undefined);
  }
  await next();
  if (c.res.status === 200) {
    etag ??= await readEtag(await version, c.env.QKG_RELEASE);
    c.res.headers.set("ETag", etag);
    c.res.headers.set("Cache-Control", READ_CACHE_CONTROL);
    const type = c.res.headers.get("Content-Type") ?? "application/json";
    if (cache && type.startsWith("application/json")) cache.set(keyOf(etag), await c.res.clone().text(), type);
  } else if (!c.res.headers.has("Cache-Control")) {
    c.res.headers.set("Cache-Control", "no-store");
  }
};

/** Browsers never sniff a JSON answer into something else. On every response. */
export const noSniff: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set("X-Content-Type-Options", "nosniff");
};
