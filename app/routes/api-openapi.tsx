// GET /api/v1/openapi.json — the OpenAPI 3.1 document of every public endpoint.
import { buildOpenApiDocument } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export function loader() {
  return Response.json(buildOpenApiDocument(getRuntime().config.baseUrl), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
