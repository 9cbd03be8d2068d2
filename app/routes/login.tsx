import { Link, redirect } from "react-router";
import type { Route } from "./+types/login";
import { commitSessionCookie, getActor, identityContext } from "../auth.server.ts";
import { CheckboxField, FormProblems, PostForm, SubmitButton, TextField, type FormState } from "../components/ui/form.tsx";
import { safeRedirectPath, serializeFlash } from "../cookies.server.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../demo-accounts.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import { TableRegion } from "../components/ui/table-region.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { login, resendVerification } from "../modules/identity/index.server.ts";
import { LoginSchema } from "../modules/identity/shared.ts";
import { oidcProviderName } from "../oidc.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "login.title", breadcrumb: "login.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"), "/");
  if (await getActor(request)) throw redirect(redirectTo);
  const { config } = getRuntime();
  const demo = !config.isProduction && config.SEED_DEMO === "auto";
  return {
    redirectTo,
    oidcProvider: oidcProviderName(),
    demo: demo
      ? { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS.map(({ email, description }) => ({ email, description })) }
      : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(LoginSchema, form);
  if (!parsed.ok) return parsed.response;
  const ctx = await identityContext(request, context);
  const { email, password, remember } = parsed.value;
  const result = await login(ctx, email, password, Boolean(remember));
  if (!result.ok) {
    if ("unverified" in result && result.unverified) await resendVerification(ctx, email);
    const seconds = result.retryAfterSeconds ?? 0;
    return invalid({ _form: result.error }, form, { seconds }, seconds ? 429 : 400);
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await commitSessionCookie(result.secret, Boolean(remember)));
  headers.append("Set-Cookie", await serializeFlash({ kind: "ok", key: "login.welcome", vars: { name: result.name } }));
  return redirect(safeRedirectPath(form.get("redirectTo"), "/account"), { headers });
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as (FormState & { seconds?: number }) | undefined;
  const errors = state?.errors;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("login.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("login.lead")}</p>
      <FormProblems state={state} labels={{ email: t("login.email"), password: t("login.password") }} />
      <PostForm className="vvg-form" noValidate>
        <input type="hidden" name="redirectTo" value={loaderData.redirectTo} />
        <TextField
          name="email"
          type="email"
          label={t("login.email")}
          autoComplete="username"
          required
          defaultValue={state?.values?.email}
          error={errors?.email}
          spellCheck={false}
        />
        <TextField
          name="password"
          type="password"
          label={t("login.password")}
          autoComplete="current-password"
          required
          error={errors?.password}
        />
        <CheckboxField name="remember" label={t("login.remember")} defaultChecked={state?.values?.remember === "on"} />
        <div className="vvg-actions">
          <SubmitButton>{t("login.submit")}</SubmitButton>
          <Link to="/wachtwoord-vergeten">{t("login.forgot")}</Link>
        </div>
      </PostForm>
      <p className="utrecht-paragraph">
        {t("login.noAccount")} <Link to="/registreren">{t("login.registerLink")}</Link>
      </p>
      {loaderData.oidcProvider ? (
        <section aria-labelledby="oidc-heading">
          <h2 className="utrecht-heading-2" id="oidc-heading">
            {t("login.oidcHeading")}
          </h2>
          <PostForm action={`/inloggen/oidc?redirectTo=${encodeURIComponent(loaderData.redirectTo)}`} reloadDocument>
            <p className="utrecht-paragraph">
              {t("oidc.consent", { provider: loaderData.oidcProvider })} <Link to="/privacy">{t("register.privacyLink")}</Link>
            </p>
            <SubmitButton appearance="secondary">{t("login.oidc", { provider: loaderData.oidcProvider })}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
      {loaderData.demo ? <DemoAccounts demo={loaderData.demo} /> : null}
    </>
  );
}

function DemoAccounts({
  demo,
}: {
  demo: { password: string; accounts: { email: string; description: { nl: string; en: string } }[] };
}) {
  const { t, locale } = useI18n();
  return (
    <section className="vvg-demo" aria-labelledby="demo-heading">
      <h2 className="utrecht-heading-2" id="demo-heading">
        {t("login.demoHeading")}
      </h2>
      <p className="utrecht-paragraph">{t("login.demoIntro", { password: demo.password })}</p>
      <TableRegion labelledBy="demo-heading">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("login.demoEmail")}</th>
              <th scope="col">{t("login.demoRole")}</th>
            </tr>
          </thead>
          <tbody>
            {demo.accounts.map((account) => (
              <tr key={account.email}>
                <td>
                  <code>{account.email}</code>
                </td>
                <td>{account.description[locale]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

export function headers() {
  return { "Cache-Control": "no-store" };
}
