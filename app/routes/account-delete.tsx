import { data, Link } from "react-router";
import type { Route } from "./+types/account-delete";
import { clearSessionCookie, identityContext, requireActor } from "../auth.server.ts";
import { CurrentPasswordField, type FormState, FormProblems, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { accountOverview, deleteAccount } from "../modules/identity/index.server.ts";
import { DeleteAccountSchema } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "account.delete.title", breadcrumb: "account.delete.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const overview = await accountOverview(getRuntime().database.db, actor.personId);
  if (!overview) throw data(null, { status: 404 });
  return {
    hasPassword: overview.hasPassword,
    adminOf: actor.memberships.filter((m) => m.roles.includes("beheerder")).map((m) => m.organisationName),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const form = await readForm(request);
  const ctx = await identityContext(request, context);
  const overview = await accountOverview(ctx.database.db, actor.personId);
  if (!overview) throw data(null, { status: 404 });
  const errors: Record<string, string> = {};
  const parsed = DeleteAccountSchema.safeParse({ confirm: form.get("confirm") ?? "" });
  if (!parsed.success) errors.confirm = "validation.delete.confirm";
  const password = form.get("password");
  if (overview.hasPassword && (typeof password !== "string" || password.length === 0))
    errors.password = "validation.password.required";
  if (Object.keys(errors).length > 0) return invalid(errors, form);
  const result = await deleteAccount(ctx, actor.personId, typeof password === "string" ? password : "");
  if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
  return redirectWithFlash(
    "/",
    { kind: "ok", key: "account.delete.done" },
    { headers: { "Set-Cookie": await clearSessionCookie() } },
  );
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

export default function AccountDelete({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as FormState | undefined;
  const errors = state?.errors;
  const labels = { confirm: t("account.delete.confirm"), password: t("account.delete.password") };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("account.delete.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("account.delete.lead")}</p>

      <h2 className="utrecht-heading-2">{t("account.delete.erasedHeading")}</h2>
      <ul className="utrecht-unordered-list">
        <li>{t("account.delete.erased.profile")}</li>
        <li>{t("account.delete.erased.sessions")}</li>
        <li>{t("account.delete.erased.memberships")}</li>
        <li>{t("account.delete.erased.links")}</li>
      </ul>
      <h2 className="utrecht-heading-2">{t("account.delete.keptHeading")}</h2>
      <p className="utrecht-paragraph">{t("account.delete.keptIntro")}</p>
      <ul className="utrecht-unordered-list">
        <li>{t("account.delete.kept.audit")}</li>
        <li>{t("account.delete.kept.decisions")}</li>
      </ul>
      <p className="utrecht-paragraph">
        {t("account.delete.downloadFirst")}{" "}
        <a className="utrecht-link" href="/account/gegevens" download="vlavirgem-gegevens.json">
          {t("account.links.download")}
        </a>
      </p>
      {loaderData.adminOf.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning">
          <p className="utrecht-paragraph">{t("account.delete.adminWarning", { names: loaderData.adminOf.join(", ") })}</p>
        </div>
      ) : null}

      <h2 className="utrecht-heading-2" id="delete-form-heading">
        {t("account.delete.formHeading")}
      </h2>
      <FormProblems state={state} labels={labels} />
      <PostForm className="vvg-form" noValidate aria-labelledby="delete-form-heading">
        <TextField
          name="confirm"
          label={labels.confirm}
          description={t("account.delete.confirmHint")}
          autoComplete="off"
          spellCheck={false}
          required
          width="short"
          defaultValue={state?.values?.confirm}
          error={errors?.confirm}
        />
        {loaderData.hasPassword ? (
          <CurrentPasswordField name="password" label={labels.password} error={errors?.password} />
        ) : null}
        <div className="vvg-actions">
          <SubmitButton>{t("account.delete.submit")}</SubmitButton>
          <Link className="utrecht-link" to="/account">
            {t("account.delete.cancel")}
          </Link>
        </div>
      </PostForm>
    </>
  );
}
