// GET /api/v1/organisations — public, paginated JSON; described in /api/v1/openapi.json.
import type { Route } from "./+types/api-organisations";
import { apiListOrganisations } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request }: Route.LoaderArgs) {
  const result = await apiListOrganisations(getRuntime().database.db, new URL(request.url).searchParams);
  return Response.json(result.body, {
    status: result.ok ? 200 : result.status,
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
