import { data, Link, redirect } from "react-router";
import type { Route } from "./+types/oidc-callback";
import { commitSessionCookie, identityContext } from "../auth.server.ts";
import { safeRedirectPath, serializeFlash } from "../cookies.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { loginWithExternalIdentity } from "../modules/identity/index.server.ts";
import { clearFlowCookie, finishOidcLogin, oidcProviderName } from "../oidc.server.ts";

export const handle: RouteHandle = { title: "oidc.title", breadcrumb: "oidc.title" };

const STATUS: Record<string, number> = {
  "oidc.error.unavailable": 502,
  "oidc.error.unverified": 403,
  "oidc.error.noEmail": 403,
  "oidc.error.accountClosed": 403,
};

// GET /inloggen/oidc/terug: the provider sends the browser back here with a code (or an error).
export async function loader({ request, context }: Route.LoaderArgs) {
  const provider = oidcProviderName();
  if (!provider) throw data(null, { status: 404 });
  const result = await finishOidcLogin(request);
  const headers = new Headers({ "Cache-Control": "no-store" });
  headers.append("Set-Cookie", await clearFlowCookie());
  const redirectTo = safeRedirectPath(result.redirectTo, "/account");
  const again = `/inloggen?redirectTo=${encodeURIComponent(redirectTo)}`;
  if (!result.ok) {
    if (result.error === "cancelled") {
      headers.append("Set-Cookie", await serializeFlash({ kind: "info", key: "oidc.cancelled", vars: { provider } }));
      return redirect(again, { headers });
    }
    const problem = `oidc.error.${result.error}`;
    return data({ provider, problem, again }, { status: STATUS[problem] ?? 400, headers });
  }
  const login = await loginWithExternalIdentity(await identityContext(request, context), result.identity);
  if (!login.ok) return data({ provider, problem: login.error, again }, { status: STATUS[login.error] ?? 400, headers });
  headers.append("Set-Cookie", await commitSessionCookie(login.secret, false));
  const welcome = login.outcome === "created" ? "oidc.welcomeNew" : "oidc.welcome";
  headers.append("Set-Cookie", await serializeFlash({ kind: "ok", key: welcome, vars: { name: login.name, provider } }));
  return redirect(redirectTo, { headers });
}

export default function OidcCallback({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { provider, problem, again } = loaderData;
  const noAccount =
    problem === "oidc.error.unverified" || problem === "oidc.error.noEmail" || problem === "oidc.error.accountClosed";
  return (
    <>
      <h1 className="utrecht-heading-1">{t("oidc.title")}</h1>
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        <p className="utrecht-paragraph">{t(problem as MessageKey, { provider })}</p>
      </div>
      <p className="utrecht-paragraph">
        <Link to={again}>{t("oidc.tryAgain")}</Link>
      </p>
      {noAccount ? (
        <p className="utrecht-paragraph">
          <Link to="/registreren">{t("oidc.register")}</Link>
        </p>
      ) : null}
    </>
  );
}

export function headers({ loaderHeaders }: Route.HeadersArgs) {
  return { "Cache-Control": loaderHeaders.get("Cache-Control") ?? "no-store" };
}
