import { redirect } from "react-router";
import type { Route } from "./+types/account-active-organisation";
import { forbidden, requireActor } from "../auth.server.ts";
import { safeRedirectPath } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import { setActiveOrganisation } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

/** The organisation switch in the header: only one of the person's own organisations. */
export async function action({ request }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const form = await readForm(request);
  const organisationId = String(form.get("organisationId") ?? "");
  if (!actor.memberships.some((m) => m.organisationId === organisationId)) await forbidden(request);
  await setActiveOrganisation(getRuntime().database.db, actor.sessionId, organisationId);
  return redirect(safeRedirectPath(form.get("redirectTo"), "/account"));
}

export function loader() {
  return redirect("/account");
}
