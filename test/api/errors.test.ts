// The API's errors as an outside client sees them: one JSON shape, a 400 for a URL that does not
// decode, and nothing internal (addresses, stacks) in a body. The app runs in Node over the seed graph.
import { createServer } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { QkgError } from "../../graph/errors.js";
import { toApiError } from "../../src/api-error.js";
import app from "../../src/app.js";
import type { Env } from "../../src/env.js";
import { graphEnv } from "../graph-env.js";
import { SEED_GRAPH } from "../seed-paths.js";

const env = graphEnv(SEED_GRAPH);

async function get(path: string, e: Env = env) {
  const res = await app.request(path, {}, e);
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    text,
    body: JSON.parse(text) as { error?: { code: string; message: string } },
  };
}

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

afterEach(() => vi.restoreAllMocks());

describe("malformed percent-encoding", () => {
  it.each([
    "/api/v1/entities/%E4%B8",
    "/api/v1/policies/%%",
    "/api/v1/metrics/%E4%B8",
    "/api/v1/entities/%E4%B8%AD%E5",
    "/api/v1/awards?year=%ZZ",
    "/api/v1/ask?q=%E4%B8",
  ])("answers %s with a JSON 400 bad_encoding", async (path) => {
    const r = await get(path);
    expect(r.status).toBe(400);
    expect(r.type).toContain("application/json");
    expect(r.body.error?.code).toBe("bad_encoding");
  });

  it("still decodes a well-formed name, including a literal % in it", async () => {
    const r = await get(`/api/v1/entities/${encodeURIComponent("不存在的单位100%")}`);
    expect(r.status).toBe(404);
    expect(r.body.error?.message).toContain("不存在的单位100%");
  });
});

describe("Neo4j that cannot be reached", () => {
  it("answers 503 neo4j_unavailable without its address, and logs the address", async () => {
    const port = await closedPort();
    const down: Env = { ...env, DB: undefined, QKG_BACKEND: "neo4j", NEO4J_HTTP_URL: `http://127.0.0.1:${port}` };
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const r = await get("/api/v1/awards?year=2021", down);
    expect(r.status).toBe(503);
    expect(r.body.error?.code).toBe("neo4j_unavailable");
    expect(r.text).not.toContain(String(port));
    expect(r.text).not.toContain("127.0.0.1");
    expect(log.mock.calls.flat().map(String).join(" ")).toContain(String(port));
  });
});

describe("one error type", () => {
  it("keeps the model's errors free of HTTP statuses", () => {
    const e = new QkgError("snapshot_invalid", "not a graph file");
    expect(Object.keys(e)).not.toContain("status");
  });

  it("maps model codes to statuses in the HTTP layer and hides what it does not know", () => {
    expect(toApiError(new QkgError("neo4j_error", "Neo4j at http://10.1.2.3:7474 said no")).error.status).toBe(502);
    const unknown = toApiError(new QkgError("something_new", "detail at /srv/secret/path"));
    expect(unknown.error.status).toBe(500);
    expect(unknown.error.message).not.toContain("/srv/secret");
    expect(unknown.log).toBe(true);
    const crash = toApiError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    expect(crash.error.body).toEqual({ error: { code: "internal", message: "something went wrong on our side" } });
  });
});
