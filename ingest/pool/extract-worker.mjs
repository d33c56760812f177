// A worker thread's entry: Node 20 does not carry the parent's tsx loader into workers, so the
// worker registers it itself (as bin/qkg.mjs does) and then runs the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./extract-worker.ts");
