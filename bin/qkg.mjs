#!/usr/bin/env node
// The `qkg` bin: runs the TypeScript CLI through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../ingest/cli.ts");
