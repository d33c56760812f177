// Talks to GET {endpoint}/api/v1/ask?q=… and turns every way it can fail into one of a few kinds
// the element can put into words. No DOM here.
import type { AskResult } from "../../graph/ask/types.js";

export type AskFailureKind = "offline" | "timeout" | "too_long" | "unavailable" | "bad_response" | "failed";

export class AskFailure extends Error {
  constructor(
    readonly kind: AskFailureKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "AskFailure";
  }
}

export const ASK_TIMEOUT_MS = 15_000;

/** `https://host/prefix` + `api/v1/ask?q=…`, keeping any path prefix of the endpoint. */
export function askUrl(endpoint: string, question: string): URL {
  const base = endpoint.endsWith("/") ? endpoint : `${endpoint}/`;
  const url = new URL("api/v1/ask", base);
  url.searchParams.set("q", question);
  return url;
}

function isAskResult(v: unknown): v is AskResult {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.interpretation === "object" &&
    r.interpretation !== null &&
    (Array.isArray(r.answer) || typeof r.answer === "number" || typeof r.answer === "boolean") &&
    Array.isArray(r.items) &&
    Array.isArray(r.suggestions)
  );
}

/**
 * Asks one question. Rejects with the caller's abort reason when `signal` aborts (a newer question
 * replaced this one), and with an AskFailure for everything else.
 */
export async function fetchAnswer(endpoint: string, question: string, signal: AbortSignal, timeoutMs = ASK_TIMEOUT_MS): Promise<AskResult> {
  let url: URL;
  try {
    url = askUrl(endpoint, question);
  } catch {
    throw new AskFailure("offline", "bad_endpoint", `not a URL: ${endpoint}`);
  }
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), timeoutMs);
  const onAbort = () => timer.abort();
  signal.addEventListener("abort", onAbort);
  try {
    let res: Response;
    try {
      res = await fetch(url, { signal: timer.signal, headers: { accept: "application/json" }, credentials: "omit" });
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      if (timer.signal.aborted) throw new AskFailure("timeout", "timeout", `no answer within ${timeoutMs} ms`);
      throw new AskFailure("offline", "network", e instanceof Error ? e.message : String(e));
    }
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      if (signal.aborted) throw signal.reason;
      throw new AskFailure(res.ok ? "bad_response" : "unavailable", `http_${res.status}`, `HTTP ${res.status} without JSON`);
    }
    if (!res.ok) {
      const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      const code = typeof err?.code === "string" ? err.code : `http_${res.status}`;
      const message = typeof err?.message === "string" ? err.message : `HTTP ${res.status}`;
      const kind: AskFailureKind =
        code === "question_too_long" ? "too_long" : res.status >= 500 || res.status === 429 ? "unavailable" : "failed";
      throw new AskFailure(kind, code, message);
    }
    if (!isAskResult(body)) throw new AskFailure("bad_response", "bad_shape", "the answer is not an AskResult");
    return body;
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener("abort", onAbort);
  }
}

/** GET {endpoint}/{path} as JSON for a view; null when the route answers anything but 200 (a missing route is no error). */
export async function fetchView(endpoint: string, path: string, signal?: AbortSignal): Promise<unknown> {
  const base = endpoint.endsWith("/") ? endpoint : `${endpoint}/`;
  const res = await fetch(new URL(path, base || location.href), {
    signal: signal ?? AbortSignal.timeout(ASK_TIMEOUT_MS),
    headers: { accept: "application/json" },
    credentials: "omit",
  });
  return res.status === 200 ? res.json() : null;
}
