import { data, Link } from "react-router";
import type { Route } from "./+types/invitation";
import { getActor, identityContext, requireActor } from "../auth.server.ts";
import { ErrorAlert, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { LinkProblem } from "../components/ui/link-problem.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { acceptInvitation, getOrganisation, peekInvitation } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "account.invitation.title", breadcrumb: "account.invitation.title" };

type Invitation = { organisationName: string; organisationType: string; roles: string[]; email: string };
type LoaderState = {
  problem: string | null;
  invitation: Invitation | null;
  loggedIn: boolean;
  otherEmail: boolean;
  back: string;
};

// Opening the link shows the invitation; only the button (POST) accepts it.
export async function loader({ request, params }: Route.LoaderArgs) {
  const back = `/uitnodiging/${encodeURIComponent(params.token)}`;
  const peek = await peekInvitation(getRuntime().database.db, params.token);
  if (!peek.ok || !peek.organisation) {
    const problem = peek.ok ? "invalid" : peek.reason;
    return data<LoaderState>(
      { problem, invitation: null, loggedIn: false, otherEmail: false, back },
      { status: problem === "invalid" ? 404 : 410 },
    );
  }
  const actor = await getActor(request);
  const email = peek.token.email ?? "";
  return data<LoaderState>({
    problem: null,
    invitation: {
      organisationName: peek.organisation.name,
      organisationType: peek.organisation.type,
      roles: peek.token.roles ?? ["medewerker"],
      email,
    },
    loggedIn: Boolean(actor),
    otherEmail: Boolean(actor && actor.email?.toLowerCase() !== email.toLowerCase()),
    back,
  });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const result = await acceptInvitation(await identityContext(request, context), actor.personId, params.token);
  if (!result.ok) {
    if (result.error.startsWith("token.")) return data({ problem: result.error.slice(6), error: null }, { status: 410 });
    return data({ problem: null, error: result.error }, { status: 403 });
  }
  const organisation = await getOrganisation(getRuntime().database.db, result.organisationId);
  return redirectWithFlash("/account/organisaties", {
    kind: "ok",
    key: "account.invitation.accepted",
    vars: { name: organisation?.name ?? "" },
  });
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

export default function InvitationPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const action = actionData as { problem: string | null; error: string | null } | undefined;
  const problem = action?.problem ?? loaderData.problem;
  if (problem || !loaderData.invitation) return <LinkProblem reason={problem ?? "invalid"} againHref="/account/organisaties" />;
  const { invitation, loggedIn, back } = loaderData;
  const error = action?.error ?? (loaderData.otherEmail ? "membership.invitationOtherEmail" : null);
  const redirectTo = encodeURIComponent(back);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("account.invitation.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">
        {t("account.invitation.lead", {
          name: invitation.organisationName,
          type: t(`orgType.${invitation.organisationType}` as MessageKey),
        })}
      </p>
      <h2 className="utrecht-heading-2" id="roles-heading">
        {t("account.invitation.roles")}
      </h2>
      <ul className="utrecht-unordered-list" aria-labelledby="roles-heading">
        {invitation.roles.map((role) => (
          <li key={role}>{t(`role.${role}` as MessageKey)}</li>
        ))}
      </ul>
      <p className="utrecht-paragraph">{t("account.invitation.sentTo", { email: invitation.email })}</p>
      {error ? <ErrorAlert>{t(error as MessageKey, { email: invitation.email })}</ErrorAlert> : null}
      {loggedIn ? (
        error ? (
          <PostForm action="/uitloggen" reloadDocument>
            <div className="vvg-actions">
              <SubmitButton appearance="secondary">{t("account.invitation.logoutOther")}</SubmitButton>
            </div>
          </PostForm>
        ) : (
          <PostForm>
            <div className="vvg-actions">
              <SubmitButton>{t("account.invitation.accept")}</SubmitButton>
            </div>
          </PostForm>
        )
      ) : (
        <>
          <p className="utrecht-paragraph">{t("account.invitation.loginFirst", { email: invitation.email })}</p>
          <ul className="utrecht-unordered-list">
            <li>
              <Link className="utrecht-link" to={`/inloggen?redirectTo=${redirectTo}`}>
                {t("account.invitation.login")}
              </Link>
            </li>
            <li>
              <Link className="utrecht-link" to={`/registreren?redirectTo=${redirectTo}`}>
                {t("account.invitation.register")}
              </Link>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
