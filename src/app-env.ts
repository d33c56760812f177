import type { Backend } from "../graph/backend/backend.js";
import type { Env } from "./env.js";

/** Hono's environment for this app: the worker's bindings plus the backend, resolved lazily per request. */
export interface AppEnv {
  Bindings: Env;
  Variables: { backend: () => Promise<Backend> };
}
