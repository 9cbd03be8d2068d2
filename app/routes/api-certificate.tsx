// GET /api/v1/certificates/{code}: public verification of a certificate (see the OpenAPI document).
import type { Route } from "./+types/api-certificate";
import { apiVerifyCertificate } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ params }: Route.LoaderArgs) {
  const runtime = getRuntime();
  const result = await apiVerifyCertificate({ db: runtime.database.db, baseUrl: runtime.config.baseUrl }, params.code);
  return Response.json(result.body, {
    status: result.status,
    // The status changes when a certificate expires or is revoked: cached only briefly.
    headers: { "Cache-Control": result.status === 200 ? "public, max-age=60" : "no-store", "Access-Control-Allow-Origin": "*" },
  });
}
