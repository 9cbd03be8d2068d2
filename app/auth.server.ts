// Route-side authentication and authorisation: the session cookie, the actor behind a request,
// and the require… guards every loader and action uses.
import { createCookie, data, redirect, type RouterContextProvider } from "react-router";
import { getLocale } from "./cookies.server.ts";
import type { Locale } from "./i18n/index.ts";
import { type Actor, actorFromSession, can, type IdentityContext } from "./modules/identity/index.server.ts";
import type { Permission } from "./modules/identity/shared.ts";
import { requestInfoContext } from "./request-context.ts";
import { getRuntime } from "./runtime.server.ts";

let sessionCookie: ReturnType<typeof createCookie> | undefined;
function cookie() {
  const { config } = getRuntime();
  sessionCookie ??= createCookie(config.behindHttps ? "__Host-vvg_session" : "vvg_session", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.behindHttps,
    secrets: [config.sessionSecret],
  });
  return sessionCookie;
}

/** Set-Cookie for a new session; "ingelogd blijven" makes it outlive the browser. */
export function commitSessionCookie(secret: string, remember: boolean): Promise<string> {
  return cookie().serialize(secret, remember ? { maxAge: 60 * 60 * 24 * 30 } : {});
}

export function clearSessionCookie(): Promise<string> {
  return cookie().serialize("", { maxAge: 0 });
}

const actors = new WeakMap<Request, Promise<Actor | null>>();

/** The logged-in person of this request, or null (looked up once per request). */
export function getActor(request: Request): Promise<Actor | null> {
  let found = actors.get(request);
  if (!found) {
    found = (async () => {
      const secret = await cookie().parse(request.headers.get("Cookie"));
      return typeof secret === "string" ? actorFromSession(getRuntime().database.db, secret) : null;
    })();
    actors.set(request, found);
  }
  return found;
}

function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const back = url.pathname + url.search;
  return redirect(`/inloggen?redirectTo=${encodeURIComponent(back)}`);
}

/** A logged-in person, or a redirect to the login page that comes back here afterwards. */
export async function requireActor(request: Request): Promise<Actor> {
  const actor = await getActor(request);
  if (!actor) throw loginRedirect(request);
  return actor;
}

export async function forbidden(request: Request): Promise<never> {
  throw data({ locale: await getLocale(request) }, { status: 403 });
}

export async function notFound(request: Request): Promise<never> {
  throw data({ locale: await getLocale(request) }, { status: 404 });
}

/**
 * The actor's active organisation, which must be an approved supplier where the actor holds
 * `permission` (by default managing the catalogue); otherwise 403.
 */
export async function requireSupplier(
  request: Request,
  permission: Permission = "supplier.manage_catalogue",
): Promise<{ actor: Actor; supplierId: string; supplierName: string }> {
  const actor = await requireActor(request);
  const supplierId = actor.activeOrganisationId;
  const membership = actor.memberships.find((m) => m.organisationId === supplierId);
  if (!supplierId || membership?.organisationType !== "leverancier") return forbidden(request);
  await requirePermission(request, supplierId, permission);
  return { actor, supplierId, supplierName: membership.organisationName };
}

export async function requirePortalAdmin(request: Request): Promise<Actor> {
  const actor = await requireActor(request);
  if (!actor.isPortalAdmin) await forbidden(request);
  return actor;
}

/** The actor, who must hold `permission` in the organisation; otherwise 403. */
export async function requirePermission(request: Request, organisationId: string, permission: Permission): Promise<Actor> {
  const actor = await requireActor(request);
  if (!can(actor, organisationId, permission)) await forbidden(request);
  return actor;
}

/** The actor, who must be an active member of the organisation; otherwise 403. */
export async function requireMember(request: Request, organisationId: string): Promise<Actor> {
  const actor = await requireActor(request);
  if (!actor.memberships.some((m) => m.organisationId === organisationId)) await forbidden(request);
  return actor;
}

/** What identity use cases need from the request. */
export async function identityContext(
  request: Request,
  context: Readonly<RouterContextProvider>,
  locale?: Locale,
): Promise<IdentityContext> {
  const runtime = getRuntime();
  return {
    database: runtime.database,
    baseUrl: runtime.config.baseUrl,
    ip: context.get(requestInfoContext).ip,
    userAgent: request.headers.get("user-agent") ?? undefined,
    locale: locale ?? (await getLocale(request)),
  };
}
