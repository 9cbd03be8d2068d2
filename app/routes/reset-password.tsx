import { data } from "react-router";
import type { Route } from "./+types/reset-password";
import { clearSessionCookie, identityContext } from "../auth.server.ts";
import { ErrorSummary, type FormState, NewPasswordFields, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { LinkProblem } from "../components/ui/link-problem.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { peekToken, resetPassword } from "../modules/identity/index.server.ts";
import { ResetPasswordSchema } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "reset.title", breadcrumb: "reset.title" };

export async function loader({ params }: Route.LoaderArgs) {
  const check = await peekToken(getRuntime().database.db, "reset_password", params.token);
  return check.ok ? { problem: null } : data({ problem: check.reason }, { status: check.reason === "invalid" ? 404 : 410 });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(ResetPasswordSchema, form);
  if (!parsed.ok) return parsed.response;
  const result = await resetPassword(await identityContext(request, context), params.token, parsed.value.password);
  if (!result.ok) {
    if (result.error.startsWith("token.")) return data({ problem: result.error.slice(6) }, { status: 410 });
    return invalid({ [result.field ?? "_form"]: result.error }, form);
  }
  // Every session ended, this browser's too.
  return redirectWithFlash(
    "/inloggen",
    { kind: "ok", key: "reset.done" },
    { headers: { "Set-Cookie": await clearSessionCookie() } },
  );
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as (FormState & { problem?: string }) | undefined;
  const problem = state?.problem ?? loaderData.problem;
  if (problem) return <LinkProblem reason={problem} againHref="/wachtwoord-vergeten" />;
  const labels = { password: t("reset.password"), passwordConfirm: t("reset.passwordConfirm") };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("reset.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("reset.lead")}</p>
      <ErrorSummary errors={state?.errors} labels={labels} />
      <PostForm className="vvg-form" noValidate>
        <NewPasswordFields errors={state?.errors} labels={labels} />
        <div className="vvg-actions">
          <SubmitButton>{t("reset.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
