import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { clearSessionCookie, getActor, identityContext } from "../auth.server.ts";
import { serializeFlash } from "../cookies.server.ts";
import { logout } from "../modules/identity/index.server.ts";

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await getActor(request);
  if (actor) await logout(await identityContext(request, context), actor.personId, actor.sessionId);
  const headers = new Headers();
  headers.append("Set-Cookie", await clearSessionCookie());
  headers.append("Set-Cookie", await serializeFlash({ kind: "ok", key: "logout.done" }));
  return redirect("/", { headers });
}

export function loader() {
  return redirect("/");
}
