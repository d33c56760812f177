// The local server as `npm run neo4j:start` / `neo4j:stop` run it: start is idempotent, stop leaves
// nothing running, data survives a restart, and the HTTP Query API answers with auth enforced.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neo4jBackend } from "../../graph/backend/neo4j-backend.js";
import { countGraph } from "../../graph/queries.js";
import { loadIntoNeo4j } from "../../ingest/neo4j/load.js";
import { boltAnswers, launcherAlive, PROJECT_ROOT, serverStatus, startServer, stopServer } from "../../ingest/neo4j/local-server.js";
import { queryApi } from "../../src/backend/neo4j-query-api.js";
import { fixtureSnapshot } from "../contract/fixture-snapshot.js";
import { runCli } from "../run-cli.js";
import { CLAIM_TIMEOUT_MS, claimNeo4j, conn, http, neo4jAvailability, releaseNeo4j, serverOptions } from "./neo4j-fixture.js";

const neo4j = await neo4jAvailability();
const home = process.env.QKG_NEO4J_HOME || join(PROJECT_ROOT, ".qkg", "neo4j");
const queryUrl = `${http.url}/db/${http.database}/query/v2`;
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe.skipIf(!neo4j.available)(`the local Neo4j server${neo4j.reason ? ` — ${neo4j.reason}` : ""}`, () => {
  beforeAll(claimNeo4j, CLAIM_TIMEOUT_MS);
  afterAll(releaseNeo4j);

  it("serves the Query API at /db/neo4j/query/v2, with parameters, to the right credentials only", async () => {
    const ok = await fetch(queryUrl, {
      method: "POST",
      headers: { authorization: basic(http.user, http.password), "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ statement: "RETURN $x AS x", parameters: { x: "质量" } }),
    });
    expect(ok.status).toBe(202);
    expect(await ok.json()).toMatchObject({ data: { fields: ["x"], values: [["质量"]] } });
    const denied = await fetch(queryUrl, {
      method: "POST",
      headers: { authorization: basic(http.user, "not-the-password"), "content-type": "application/json" },
      body: JSON.stringify({ statement: "RETURN 1" }),
    });
    expect(denied.status).toBe(401);
  });

  it("the neo4j backend reports a wrong password as an error, not as an empty answer", async () => {
    const backend = neo4jBackend(queryApi({ ...http, password: "not-the-password" }));
    await expect(backend.awards({})).rejects.toMatchObject({ code: "neo4j_auth" });
  });

  const local = () => existsSync(join(home, "neo4j.pid"));

  it("start while running does nothing and keeps the same process", async (ctx) => {
    if (!local()) ctx.skip(); // a Neo4j not started by qkg (Docker, Desktop): nothing of ours to test
    const before = await serverStatus(serverOptions);
    const again = runCli(["neo4j", "start"]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/already running/);
    expect(again.stdout).toContain(conn.uri);
    expect((await serverStatus(serverOptions)).pid).toBe(before.pid);
  });

  it("stop leaves nothing running; start brings the same data back", { timeout: 240_000 }, async (ctx) => {
    if (!local()) ctx.skip();
    const snap = fixtureSnapshot();
    await loadIntoNeo4j(snap, conn);
    const pid = Number(readFileSync(join(home, "neo4j.pid"), "utf8"));

    const stopped = await stopServer(serverOptions);
    expect(stopped).toEqual({ stopped: true, pid });
    expect(existsSync(join(home, "neo4j.pid"))).toBe(false);
    expect(launcherAlive(pid)).toBe(false);
    expect(await boltAnswers(conn)).toBe(false);
    const status = runCli(["neo4j", "status"]);
    expect(status.status).toBe(3);

    const started = await startServer(serverOptions);
    expect(started.bolt).toBe(true);
    expect(started.pid).not.toBe(pid);
    expect(await neo4jBackend(queryApi({ ...http })).stats()).toStrictEqual(countGraph(snap));
  });
});
