// GET /api/v1/organisations/{nisCode} — a municipality with its neighbours; an old, pre-2025
// NIS code answers with the municipality it became (`mergedFrom`).
import type { Route } from "./+types/api-organisation";
import { apiGetOrganisation } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ params }: Route.LoaderArgs) {
  const result = await apiGetOrganisation(getRuntime().database.db, params.nisCode);
  return Response.json(result.body, {
    status: result.ok ? 200 : result.status,
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
