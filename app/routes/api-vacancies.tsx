// GET /api/v1/vacancies — published NoITS vacancies ({ items, total }); never anything of a profile.
import type { Route } from "./+types/api-vacancies";
import { apiListVacancies } from "../modules/talent/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request }: Route.LoaderArgs) {
  const runtime = getRuntime();
  const result = await apiListVacancies(runtime.database.db, new URL(request.url).searchParams, runtime.config.baseUrl);
  return Response.json(result.body, {
    status: result.ok ? 200 : result.status,
    headers: { "Cache-Control": "public, max-age=60" },
  });
}
