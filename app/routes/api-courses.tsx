// GET /api/v1/courses — the public course catalogue ({ items, total }).
import type { Route } from "./+types/api-courses";
import { apiListCourses } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request }: Route.LoaderArgs) {
  const runtime = getRuntime();
  const body = await apiListCourses(runtime.database.db, new URL(request.url), runtime.config.baseUrl);
  return Response.json(body, { headers: { "Cache-Control": "public, max-age=60" } });
}
