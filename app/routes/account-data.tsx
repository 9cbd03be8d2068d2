import { data } from "react-router";
import type { Route } from "./+types/account-data";
import { identityContext, requireActor } from "../auth.server.ts";
import { exportOwnData } from "../modules/identity/index.server.ts";

// A resource route: GET downloads everything the portal holds about the logged-in person (GDPR).
export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const exported = await exportOwnData(await identityContext(request, context), actor.personId);
  if (!exported) throw data(null, { status: 404 });
  return new Response(`${JSON.stringify(exported, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="vlavirgem-gegevens.json"',
      "Cache-Control": "no-store",
    },
  });
}
