// GET /openbadges/achievements/{courseId}: the Achievement (Open Badges 3.0) a course's certificate stands for.
import type { Route } from "./+types/badge-achievement";
import { courseAchievement } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ params }: Route.LoaderArgs) {
  const runtime = getRuntime();
  const achievement = await courseAchievement(runtime.database.db, runtime.config.baseUrl, params.courseId);
  if (!achievement) return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json(achievement, {
    headers: {
      "Content-Type": "application/ld+json",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
