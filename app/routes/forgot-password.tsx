import type { Route } from "./+types/forgot-password";
import { identityContext } from "../auth.server.ts";
import { type FormState, FormProblems, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { requestPasswordReset } from "../modules/identity/index.server.ts";
import { ResetRequestSchema } from "../modules/identity/shared.ts";

export const handle: RouteHandle = { title: "forgot.title", breadcrumb: "forgot.title" };

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(ResetRequestSchema, form);
  if (!parsed.ok) return parsed.response;
  const result = await requestPasswordReset(await identityContext(request, context), parsed.value.email);
  if (!result.ok) return invalid({ _form: result.error }, form, { seconds: result.retryAfterSeconds ?? 0 }, 429);
  return redirectWithFlash("/inloggen", { kind: "info", key: "forgot.sent" });
}

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as (FormState & { seconds?: number }) | undefined;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("forgot.title")}</h1>
      <p className="utrecht-paragraph vvg-lead vvg-prose">{t("forgot.lead")}</p>
      <FormProblems state={state} labels={{ email: t("login.email") }} />
      <PostForm className="vvg-form" noValidate>
        <TextField
          name="email"
          type="email"
          label={t("login.email")}
          autoComplete="email"
          required
          spellCheck={false}
          defaultValue={state?.values?.email}
          error={state?.errors?.email}
        />
        <div className="vvg-actions">
          <SubmitButton>{t("forgot.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
