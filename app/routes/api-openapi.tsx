// GET /api/v1/openapi.json — the OpenAPI 3.1 document of every public endpoint.
import { buildOpenApiDocument, organisationsApiPart } from "../modules/identity/index.server.ts";
import { certificatesApiPart, learningApiPart } from "../modules/learning/index.server.ts";
import { procurementApiPart } from "../modules/procurement/index.server.ts";
import { talentApiPart } from "../modules/talent/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export function loader() {
  return Response.json(
    buildOpenApiDocument(getRuntime().config.baseUrl, [
      organisationsApiPart,
      procurementApiPart,
      learningApiPart,
      certificatesApiPart,
      talentApiPart,
    ]),
    {
      headers: { "Cache-Control": "public, max-age=300" },
    },
  );
}
