// A client for Neo4j's HTTP Query API (POST /db/{database}/query/v2), over nothing but `fetch`, so
// that it runs in the Worker. Results are requested as typed JSON (application/vnd.neo4j.query):
// plain JSON would hand integers to JSON.parse as doubles; typed JSON sends them as strings, and
// they are turned into numbers here, at the boundary, refusing any a JS number cannot hold exactly.
import { QkgError } from "../../graph/errors.js";

export interface QueryApiConfig {
  url: string;
  database: string;
  user: string;
  password: string;
  fetch?: typeof fetch;
}

import type { RunQuery } from "../../graph/backend/neo4j-queries/run-query.js";

export type { RunQuery };

interface TypedValue {
  $type: string;
  _value: unknown;
}

interface QueryApiResponse {
  data?: { fields: string[]; values: TypedValue[][] };
  errors?: { code: string; message: string }[];
}

function basicAuth(user: string, password: string): string {
  // btoa takes Latin-1 only: encode UTF-8 first so that any password works.
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return `Basic ${btoa(s)}`;
}

export function decodeTyped(v: TypedValue): unknown {
  switch (v.$type) {
    case "Null":
      return null;
    case "Boolean":
    case "String":
      return v._value;
    case "Integer": {
      const n = Number(v._value);
      if (!Number.isSafeInteger(n)) throw new QkgError("neo4j_value", `integer ${String(v._value)} does not fit a JavaScript number`);
      return n;
    }
    case "Float":
      return Number(v._value);
    case "List":
      return (v._value as TypedValue[]).map(decodeTyped);
    case "Map":
      return Object.fromEntries(Object.entries(v._value as Record<string, TypedValue>).map(([k, x]) => [k, decodeTyped(x)]));
    default:
      // Nodes, temporal and spatial values: qkg's queries return properties, never these.
      throw new QkgError("neo4j_value", `unexpected Neo4j value of type ${v.$type}`);
  }
}

export function queryApi(config: QueryApiConfig): RunQuery {
  // Wrapped rather than stored: a detached `fetch` can throw "Illegal invocation" in workerd.
  const doFetch: typeof fetch = config.fetch ?? ((input, init) => fetch(input, init));
  const endpoint = `${config.url.replace(/\/+$/, "")}/db/${encodeURIComponent(config.database)}/query/v2`;
  const authorization = basicAuth(config.user, config.password);
  return async <Row>(statement: string, parameters: Record<string, unknown> = {}) => {
    let res: Response;
    try {
      res = await doFetch(endpoint, {
        method: "POST",
        headers: {
          authorization,
          "content-type": "application/json",
          accept: "application/vnd.neo4j.query",
        },
        // accessMode Read: every backend query is a read; a cluster routes it to a reader.
        body: JSON.stringify({ statement, parameters, accessMode: "Read" }),
      });
    } catch (e) {
      // The address is for the log only: src/api-error.ts answers clients with a message of its own.
      throw new QkgError("neo4j_unavailable", `Neo4j at ${config.url} cannot be reached: ${(e as Error).message}`, { cause: e });
    }
    const text = await res.text();
    let body: QueryApiResponse;
    try {
      body = JSON.parse(text) as QueryApiResponse;
    } catch {
      throw new QkgError("neo4j_error", `Neo4j answered ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`);
    }
    if (!res.ok || body.errors?.length || !body.data) {
      const err = body.errors?.[0];
      const code = res.status === 401 || res.status === 403 ? "neo4j_auth" : "neo4j_error";
      throw new QkgError(code, `Neo4j query failed (${res.status}${err ? ` ${err.code}: ${err.message}` : ""})`);
    }
    const { fields, values } = body.data;
    return values.map((row) => Object.fromEntries(fields.map((f, i) => [f, decodeTyped(row[i]!)])) as Row);
  };
}
