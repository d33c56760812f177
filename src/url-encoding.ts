import type { MiddlewareHandler } from "hono";
import { badRequest } from "./api-error.js";

// Hono decodes what it can and passes malformed percent-encoding through as it is, so a path cut in
// the middle of a character (/api/v1/entities/%E4%B8) reached the handlers undecoded. Such a URL is
// refused up front instead, path and query alike.

function decodes(part: string): boolean {
  try {
    decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
}

/** Which part of the URL does not decode as percent-encoded UTF-8, or null. */
export function malformedPart(url: URL): "path" | "query string" | null {
  if (!url.pathname.split("/").every(decodes)) return "path";
  const pairs = url.search.slice(1).split("&");
  if (!pairs.every((pair) => pair.split("=").every((s) => decodes(s.replace(/\+/g, " "))))) return "query string";
  return null;
}

/** 400 bad_encoding for a request whose URL does not decode. */
export const refuseMalformedEncoding: MiddlewareHandler = async (c, next) => {
  const part = malformedPart(new URL(c.req.url));
  if (part) throw badRequest("bad_encoding", `the ${part} is not valid percent-encoded UTF-8 (a cut or stray "%")`);
  await next();
};
