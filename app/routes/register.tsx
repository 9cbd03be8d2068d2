import { Link, redirect } from "react-router";
import type { Route } from "./+types/register";
import { getActor, identityContext } from "../auth.server.ts";
import {
  CheckboxField,
  type FormState,
  FormProblems,
  NewPasswordFields,
  PostForm,
  SubmitButton,
  TextField,
} from "../components/ui/form.tsx";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { registerPerson } from "../modules/identity/index.server.ts";
import { RegisterSchema } from "../modules/identity/shared.ts";

export const handle: RouteHandle = { title: "register.title", breadcrumb: "register.title" };

export async function loader({ request }: Route.LoaderArgs) {
  if (await getActor(request)) throw redirect("/account");
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(RegisterSchema, form);
  if (!parsed.ok) return parsed.response;
  const result = await registerPerson(await identityContext(request, context), parsed.value);
  if (!result.ok) {
    const field = result.field ?? "_form";
    return invalid(
      { [field]: result.error },
      form,
      { seconds: result.retryAfterSeconds ?? 0 },
      result.retryAfterSeconds ? 429 : 400,
    );
  }
  return redirect("/registreren/verstuurd");
}

export default function Register({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as (FormState & { seconds?: number }) | undefined;
  const errors = state?.errors;
  const values = state?.values ?? {};
  const labels = {
    name: t("register.name"),
    email: t("register.email"),
    password: t("register.password"),
    passwordConfirm: t("register.passwordConfirm"),
    acceptPrivacy: t("register.privacy"),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("register.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("register.lead")}</p>
      <FormProblems state={state} labels={labels} />
      <PostForm className="vvg-form" noValidate>
        <TextField name="name" label={labels.name} autoComplete="name" required defaultValue={values.name} error={errors?.name} />
        <TextField
          name="email"
          type="email"
          label={labels.email}
          description={t("register.emailHint")}
          autoComplete="email"
          required
          spellCheck={false}
          defaultValue={values.email}
          error={errors?.email}
        />
        <NewPasswordFields errors={errors} labels={labels} />
        <p className="utrecht-paragraph">
          <Link to="/privacy">{t("register.privacyLink")}</Link>
        </p>
        <CheckboxField
          name="acceptPrivacy"
          label={labels.acceptPrivacy}
          defaultChecked={values.acceptPrivacy === "on"}
          error={errors?.acceptPrivacy}
        />
        <div className="vvg-actions">
          <SubmitButton>{t("register.submit")}</SubmitButton>
        </div>
      </PostForm>
      <p className="utrecht-paragraph">
        {t("register.haveAccount")} <Link to="/inloggen">{t("login.submit")}</Link>
      </p>
      <p className="utrecht-paragraph">{t("register.supplier")}</p>
    </>
  );
}
