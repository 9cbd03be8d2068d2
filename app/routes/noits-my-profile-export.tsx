// A resource route: GET downloads everything NoITS holds about the logged-in person (audited).
import type { Route } from "./+types/noits-my-profile-export";
import { requireActor } from "../auth.server.ts";
import { exportProfile } from "../modules/talent/index.server.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const exported = await exportProfile(getRuntime().database.db, actor.personId, {
    personId: actor.personId,
    ip: context.get(requestInfoContext).ip,
  });
  return new Response(`${JSON.stringify(exported, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="noits-profiel.json"',
      "Cache-Control": "no-store",
    },
  });
}
