import { data, Link } from "react-router";
import type { Route } from "./+types/account";
import { identityContext, requireActor } from "../auth.server.ts";
import {
  ActionForm,
  CurrentPasswordField,
  ErrorAlert,
  FormProblems,
  type FormState,
  NewPasswordFields,
  PostForm,
  SubmitButton,
  TextField,
} from "../components/ui/form.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { formObject, invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  accountOverview,
  changePassword,
  endOtherSessions,
  endOwnSession,
  listSessions,
  requestEmailChange,
} from "../modules/identity/index.server.ts";
import { ChangeEmailSchema, ChangePasswordSchema, fieldErrors } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "account.title", breadcrumb: "account.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const db = getRuntime().database.db;
  const overview = await accountOverview(db, actor.personId);
  if (!overview) throw data(null, { status: 404 });
  const sessions = await listSessions(db, actor.personId);
  return {
    account: overview,
    sessions: sessions.map((session) => ({ ...session, current: session.id === actor.sessionId })),
  };
}

type Intent = "end-session" | "end-other-sessions" | "change-email" | "change-password";
type ActionState = FormState & { intent?: Intent };

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  const ctx = await identityContext(request, context);

  if (intent === "end-session") {
    const result = await endOwnSession(ctx, actor.personId, actor.sessionId, form.get("sessionId"));
    if (!result.ok) return invalid({ _form: result.error }, form, { intent }, 404);
    return redirectWithFlash("/account", { kind: "ok", key: "account.sessions.endedOne" });
  }

  if (intent === "end-other-sessions") {
    const ended = await endOtherSessions(ctx, actor.personId, actor.sessionId);
    return redirectWithFlash("/account", { kind: "ok", key: "account.sessions.endedOthers", vars: { count: ended } });
  }

  if (intent === "change-email") {
    // The form's own field names keep the ids on this page unique; the schema is the shared one.
    const hasPassword = (await accountOverview(ctx.database.db, actor.personId))?.hasPassword ?? false;
    const parsed = ChangeEmailSchema.safeParse({
      email: form.get("newEmail") ?? "",
      password: hasPassword ? (form.get("emailPassword") ?? "") : "-",
    });
    const emailFields = { email: "newEmail", password: "emailPassword" } as const;
    if (!parsed.success) return invalid(renameFields(fieldErrors(parsed.error), emailFields), form, { intent });
    const result = await requestEmailChange(ctx, actor.personId, parsed.data.email, parsed.data.password);
    if (!result.ok) return invalid(renameFields({ [result.field ?? "_form"]: result.error }, emailFields), form, { intent });
    return redirectWithFlash("/account", { kind: "info", key: "account.email.sent", vars: { email: parsed.data.email } });
  }

  if (intent === "change-password") {
    const parsed = ChangePasswordSchema.safeParse(formObject(form));
    if (!parsed.success) return invalid(fieldErrors(parsed.error), form, { intent });
    const { currentPassword, password } = parsed.data;
    const result = await changePassword(ctx, actor.personId, actor.sessionId, currentPassword, password);
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form, { intent });
    return redirectWithFlash("/account", { kind: "ok", key: "account.password.changed" });
  }

  return invalid({ _form: "account.unknownAction" }, form);
}

function renameFields(errors: Record<string, string>, names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [names[field] ?? field, key]));
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

/** A short, readable name for a browser's user agent ("Firefox op Linux"); null when unknown. */
function describeUserAgent(userAgent: string | null): { browser: string; system: string } | null {
  if (!userAgent) return null;
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /OPR\//.test(userAgent)
      ? "Opera"
      : /Firefox\//.test(userAgent)
        ? "Firefox"
        : /Chrome\/|Chromium\//.test(userAgent)
          ? "Chrome"
          : /Safari\//.test(userAgent)
            ? "Safari"
            : /curl\//.test(userAgent)
              ? "curl"
              : null;
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad|iPod/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(userAgent)
          ? "macOS"
          : /CrOS/.test(userAgent)
            ? "ChromeOS"
            : /Linux/.test(userAgent)
              ? "Linux"
              : "";
  return browser ? { browser, system } : null;
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, formatDate, formatDateTime } = useI18n();
  const { account, sessions } = loaderData;
  const state = actionData as ActionState | undefined;
  const errorsOf = (intent: Intent) => (state?.intent === intent ? state.errors : undefined);
  const valuesOf = (intent: Intent) => (state?.intent === intent ? (state.values ?? {}) : {});
  const others = sessions.filter((session) => !session.current).length;
  const sessionError = errorsOf("end-session")?._form;

  const emailErrors = errorsOf("change-email");
  const emailLabels = { newEmail: t("account.email.new"), emailPassword: t("account.email.password") };
  const passwordErrors = errorsOf("change-password");
  const passwordLabels = {
    currentPassword: t("account.password.current"),
    password: t("account.password.new"),
    passwordConfirm: t("account.password.confirm"),
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t("account.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("account.lead")}</p>

      <section aria-labelledby="profile-heading">
        <h2 className="utrecht-heading-2" id="profile-heading">
          {t("account.profile.heading")}
        </h2>
        <dl className="vvg-account-facts">
          <dt>{t("account.profile.name")}</dt>
          <dd>{account.name}</dd>
          <dt>{t("account.profile.email")}</dt>
          <dd>
            {account.email ?? "—"}
            {account.email && !account.emailVerified ? ` (${t("account.profile.unverified")})` : null}
          </dd>
          <dt>{t("account.profile.since")}</dt>
          <dd>{formatDate(account.createdAt)}</dd>
        </dl>
        <ul className="utrecht-unordered-list">
          <li>
            <Link className="utrecht-link" to="/account/organisaties">
              {t("account.links.organisations")}
            </Link>
          </li>
          <li>
            <a className="utrecht-link" href="/account/gegevens" download="vlavirgem-gegevens.json">
              {t("account.links.download")}
            </a>
          </li>
          <li>
            <Link className="utrecht-link" to="/account/verwijderen">
              {t("account.links.delete")}
            </Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 className="utrecht-heading-2" id="sessions-heading">
          {t("account.sessions.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("account.sessions.intro")}</p>
        {sessionError ? <ErrorAlert>{t(sessionError as MessageKey)}</ErrorAlert> : null}
        <DataTable
          labelledBy="sessions-heading"
          className="utrecht-table--html-table vvg-account-table"
          columns={[
            t("account.sessions.device"),
            t("account.sessions.ip"),
            t("account.sessions.created"),
            t("account.sessions.lastSeen"),
            { label: t("account.sessions.actions"), visuallyHidden: true },
          ]}
        >
          {sessions.map((session) => {
            const described = describeUserAgent(session.userAgent);
            return (
              <tr className="utrecht-table__row" key={session.id}>
                <td className="utrecht-table__cell">
                  {described
                    ? described.system
                      ? t("account.sessions.browserOn", described)
                      : described.browser
                    : t("account.sessions.unknownDevice")}
                  {session.current ? (
                    <>
                      {" "}
                      <span className="vvg-account-tag vvg-account-tag--current">{t("account.sessions.current")}</span>
                    </>
                  ) : null}
                  {session.userAgent ? <span className="vvg-account-ua">{session.userAgent}</span> : null}
                </td>
                <td className="utrecht-table__cell">{session.ip ?? "—"}</td>
                <td className="utrecht-table__cell">{formatDateTime(session.createdAt)}</td>
                <td className="utrecht-table__cell">{formatDateTime(session.lastSeenAt)}</td>
                <td className="utrecht-table__cell">
                  {session.current ? null : (
                    <ActionForm
                      className="vvg-account-inline-form"
                      fields={{ intent: "end-session", sessionId: session.id }}
                      label={t("account.sessions.end")}
                      accessibleLabel={t("account.sessions.endLabel", {
                        device: described?.browser ?? t("account.sessions.unknownDevice"),
                        when: formatDateTime(session.lastSeenAt),
                      })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
        {others > 0 ? (
          <PostForm>
            <input type="hidden" name="intent" value="end-other-sessions" />
            <div className="vvg-actions">
              <SubmitButton appearance="secondary">{t("account.sessions.endOthers")}</SubmitButton>
              <span>{tn("account.sessions.otherCount", others)}</span>
            </div>
          </PostForm>
        ) : (
          <p className="utrecht-paragraph">{t("account.sessions.onlyThis")}</p>
        )}
      </section>

      <section aria-labelledby="email-heading">
        <h2 className="utrecht-heading-2" id="email-heading">
          {t("account.email.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("account.email.intro")}</p>
        <FormProblems state={{ errors: emailErrors }} labels={emailLabels} />
        <PostForm className="vvg-form" noValidate aria-labelledby="email-heading">
          <input type="hidden" name="intent" value="change-email" />
          <TextField
            name="newEmail"
            type="email"
            label={emailLabels.newEmail}
            autoComplete="email"
            required
            spellCheck={false}
            defaultValue={valuesOf("change-email").newEmail}
            error={emailErrors?.newEmail}
          />
          {account.hasPassword ? (
            <CurrentPasswordField name="emailPassword" label={emailLabels.emailPassword} error={emailErrors?.emailPassword} />
          ) : null}
          <div className="vvg-actions">
            <SubmitButton>{t("account.email.submit")}</SubmitButton>
          </div>
        </PostForm>
      </section>

      <section aria-labelledby="password-heading">
        <h2 className="utrecht-heading-2" id="password-heading">
          {t("account.password.heading")}
        </h2>
        {account.hasPassword ? (
          <>
            <p className="utrecht-paragraph">{t("account.password.intro")}</p>
            <FormProblems state={{ errors: passwordErrors }} labels={passwordLabels} />
            <PostForm className="vvg-form" noValidate aria-labelledby="password-heading">
              <input type="hidden" name="intent" value="change-password" />
              <CurrentPasswordField
                name="currentPassword"
                label={passwordLabels.currentPassword}
                error={passwordErrors?.currentPassword}
              />
              <NewPasswordFields errors={passwordErrors} labels={passwordLabels} />
              <div className="vvg-actions">
                <SubmitButton>{t("account.password.submit")}</SubmitButton>
              </div>
            </PostForm>
          </>
        ) : (
          <p className="utrecht-paragraph">
            {t("account.password.none")}{" "}
            <Link className="utrecht-link" to="/wachtwoord-vergeten">
              {t("login.forgot")}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
