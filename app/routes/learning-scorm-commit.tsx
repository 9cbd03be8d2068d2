// POST /leren/scorm/sessies/{sessionId}[?einde=true] (JSON cmi from scorm-again, CSRF token in
// X-CSRF-Token): stores a commit; "einde" marks LMSFinish. Answers scorm-again's result object,
// with the SCORM error code of a refused value.
import type { Route } from "./+types/learning-scorm-commit";
import { getActor } from "../auth.server.ts";
import { commitScorm } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

/** Far above what SCORM 1.2 allows (64,000 characters of suspend_data plus interactions). */
const MAX_BODY = 512 * 1024;

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

export function loader() {
  return json({ result: "false", errorCode: 101, error: "method_not_allowed" }, 405);
}

export async function action({ request, params }: Route.ActionArgs) {
  if (request.method !== "POST") return json({ result: "false", errorCode: 101 }, 405);
  const actor = await getActor(request);
  if (!actor) return json({ result: "false", errorCode: 101, error: "not_logged_in" }, 401);
  const length = Number(request.headers.get("Content-Length") ?? "0");
  if (length > MAX_BODY) return json({ result: "false", errorCode: 405, element: "cmi" }, 413);
  const raw = await request.text();
  if (raw.length > MAX_BODY) return json({ result: "false", errorCode: 405, element: "cmi" }, 413);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return json({ result: "false", errorCode: 101, element: "cmi" }, 400);
  }
  const terminate = new URL(request.url).searchParams.get("einde") === "true";
  const answer = await commitScorm(
    getRuntime().database.db,
    { id: actor.personId },
    { sessionId: params.sessionId, body, terminate },
  );
  return json(answer.body, answer.status);
}
