// POST /leren/scorm/start (JSON {packageId, lessonId?}, CSRF token in X-CSRF-Token): starts a
// session of a SCORM package for the logged-in learner and answers with the cmi to restore.
import type { Route } from "./+types/learning-scorm-launch";
import { getActor } from "../auth.server.ts";
import { launchScorm } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export function loader() {
  return json({ error: "method_not_allowed" }, 405);
}

export async function action({ request }: Route.ActionArgs) {
  if (request.method !== "POST") return json({ error: "method_not_allowed" }, 405);
  const actor = await getActor(request);
  if (!actor) return json({ error: "learningCertificates.scorm.loginFirst" }, 401);
  let body: { packageId?: unknown; lessonId?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    return json({ error: "learningCertificates.scorm.notFound" }, 400);
  }
  const packageId = typeof body?.packageId === "string" ? body.packageId : "";
  const lessonId = typeof body?.lessonId === "string" && body.lessonId ? body.lessonId : null;
  const result = await launchScorm(
    getRuntime().database.db,
    { id: actor.personId, name: actor.name, isPortalAdmin: actor.isPortalAdmin },
    { packageId, lessonId },
  );
  if (!result.ok) return json({ error: result.error }, result.error === "learningCertificates.scorm.notFound" ? 404 : 403);
  return json(result.value);
}
