// Where qkg finds Neo4j. Only the CLI reads process.env; everything else takes a Neo4jConnection.

/** Bolt connection for the loader and `qkg stats --neo4j`. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/** The HTTP side (Query API) for the Worker's neo4j backend and the local server's HTTP port. */
export interface Neo4jHttpConnection {
  url: string;
  database: string;
  user: string;
  password: string;
}

// Documented local defaults (docs/neo4j.md): the local server started by `qkg neo4j start` uses them
// unless the variables say otherwise. The password is a local development password, not a secret.
export const LOCAL_DEFAULTS = {
  uri: "bolt://127.0.0.1:7687",
  httpUrl: "http://127.0.0.1:7474",
  database: "neo4j",
  user: "neo4j",
  password: "qkg-local-password",
} as const;

type Env = Record<string, string | undefined>;

const pick = (env: Env, name: string, fallback: string) => {
  const v = env[name];
  return v != null && v.trim() !== "" ? v.trim() : fallback;
};

export function neo4jConnectionFromEnv(env: Env): Neo4jConnection {
  return {
    uri: pick(env, "NEO4J_URI", LOCAL_DEFAULTS.uri),
    user: pick(env, "NEO4J_USER", LOCAL_DEFAULTS.user),
    // Passwords may legitimately have surrounding spaces: take them as given.
    password: env.NEO4J_PASSWORD != null && env.NEO4J_PASSWORD !== "" ? env.NEO4J_PASSWORD : LOCAL_DEFAULTS.password,
  };
}

export function neo4jHttpConnectionFromEnv(env: Env): Neo4jHttpConnection {
  const bolt = neo4jConnectionFromEnv(env);
  return {
    url: pick(env, "NEO4J_HTTP_URL", LOCAL_DEFAULTS.httpUrl).replace(/\/+$/, ""),
    database: pick(env, "NEO4J_DATABASE", LOCAL_DEFAULTS.database),
    user: bolt.user,
    password: bolt.password,
  };
}

/** host:port of a bolt://, neo4j:// or http:// URI, for the local server's listen addresses. */
export function hostPort(uri: string, defaultPort: number): { host: string; port: number } {
  const u = new URL(uri);
  return { host: u.hostname.replace(/^\[|\]$/g, ""), port: u.port ? Number(u.port) : defaultPort };
}
