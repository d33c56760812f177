import type { Backend, DocumentText } from "../../graph/backend/backend.js";
import { ApiError, notFound } from "../api-error.js";
import { createRoute, errorResponses, NOT_MODIFIED, openApiRouter, z } from "./openapi.js";

// GET /api/v1/documents/:id: a source document with its text and the facts it states, so any
// evidence span (doc, start, end) can be shown where it stands. Ids with a folder are percent-encoded.

const EvidenceSchema = z.object({
  doc: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  page: z.number().int().optional(),
});

export const DocumentSchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    date: z.string().nullable(),
    region: z.string().nullable(),
    text: z.string().openapi({ description: "The cleaned text; every evidence offset points into it" }),
    facts: z.array(z.looseObject({ id: z.string(), kind: z.string(), evidence: z.array(EvidenceSchema) })),
  })
  .openapi("Document");

const route = createRoute({
  method: "get",
  path: "/{id}",
  summary: "A document's text and the facts stated in it (with evidence offsets)",
  request: { params: z.object({ id: z.string().min(1).max(500).openapi({ example: "a01.txt" }) }) },
  responses: {
    200: { description: "The document", content: { "application/json": { schema: DocumentSchema } } },
    ...NOT_MODIFIED,
    ...errorResponses(404),
  },
});

/** The document, or a 404 ApiError; a backend without `document` cannot serve texts (501). */
export async function loadDocument(backend: Backend, id: string): Promise<DocumentText> {
  if (!backend.document) throw new ApiError(501, "documents_unsupported", `the ${backend.kind} backend cannot serve documents`);
  const doc = await backend.document(id.normalize("NFC"));
  if (!doc) throw notFound("document_not_found", `no document "${id}" in the graph`);
  return doc;
}

export const documents = openApiRouter().openapi(route, async (c) => {
  const doc = await loadDocument(await c.var.backend(), c.req.valid("param").id);
  return c.json(doc as unknown as z.infer<typeof DocumentSchema>, 200);
});
