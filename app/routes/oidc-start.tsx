import { data, redirect } from "react-router";
import type { Route } from "./+types/oidc-start";
import { getActor } from "../auth.server.ts";
import { redirectWithFlash, safeRedirectPath } from "../cookies.server.ts";
import { OidcUnavailableError, oidcProviderName, startOidcLogin } from "../oidc.server.ts";

// POST /inloggen/oidc (the button on the login page, with its CSRF token): off to the provider.
export async function action({ request }: Route.ActionArgs) {
  const provider = oidcProviderName();
  if (!provider) throw data(null, { status: 404 });
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "/account");
  if (await getActor(request)) return redirect(redirectTo);
  try {
    const { url, setCookie } = await startOidcLogin(redirectTo);
    return redirect(url, { headers: { "Set-Cookie": setCookie, "Cache-Control": "no-store" } });
  } catch (err) {
    if (!(err instanceof OidcUnavailableError)) throw err;
    return redirectWithFlash(`/inloggen?redirectTo=${encodeURIComponent(redirectTo)}`, {
      kind: "error",
      key: "oidc.error.unavailable",
      vars: { provider },
    });
  }
}

// A GET (a bookmark, a reload) starts nothing: back to the login page.
export function loader() {
  return redirect("/inloggen");
}

export default function OidcStart() {
  return null;
}
