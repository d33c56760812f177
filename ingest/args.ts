import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError } from "./cli-error.js";

/** node:util parseArgs, with unknown options and bad values turned into a CliError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError("bad_arguments", (e as Error).message);
  }
}
