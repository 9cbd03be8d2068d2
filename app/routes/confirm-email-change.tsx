import { data, Link } from "react-router";
import type { Route } from "./+types/confirm-email-change";
import { identityContext, requireActor } from "../auth.server.ts";
import { ErrorAlert, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { LinkProblem } from "../components/ui/link-problem.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { confirmEmailChange, peekToken } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "account.emailChange.title", breadcrumb: "account.emailChange.title" };

type State = { problem?: string | null; error?: string | null; email?: string | null };

/** The link is for one account: the person logged in must be the one who asked for the change. */
async function check(personId: string, secret: string) {
  const peek = await peekToken(getRuntime().database.db, "change_email", secret);
  if (!peek.ok) {
    return {
      ok: false as const,
      response: data<State>({ problem: peek.reason }, { status: peek.reason === "invalid" ? 404 : 410 }),
    };
  }
  if (peek.token.personId !== personId) {
    return { ok: false as const, response: data<State>({ error: "account.emailChange.otherAccount" }, { status: 403 }) };
  }
  return { ok: true as const, email: peek.token.email };
}

// Opening the link only shows a button: mail scanners that follow links must not use it up.
export async function loader({ request, params }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const checked = await check(actor.personId, params.token);
  return checked.ok ? data<State>({ email: checked.email }) : checked.response;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const checked = await check(actor.personId, params.token);
  if (!checked.ok) return checked.response;
  const result = await confirmEmailChange(await identityContext(request, context), params.token);
  if (!result.ok) {
    if (result.error.startsWith("token.")) return data<State>({ problem: result.error.slice(6) }, { status: 410 });
    return data<State>({ error: result.error }, { status: 409 });
  }
  return redirectWithFlash("/account", { kind: "ok", key: "account.emailChange.done" });
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

export default function ConfirmEmailChange({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = { ...(loaderData as State), ...(actionData as State | undefined) };
  if (state.problem) return <LinkProblem reason={state.problem} againHref="/account" />;
  if (state.error) {
    return (
      <>
        <h1 className="utrecht-heading-1">{t("account.emailChange.title")}</h1>
        <ErrorAlert>{t(state.error as MessageKey)}</ErrorAlert>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/account">
            {t("account.backToAccount")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="utrecht-heading-1">{t("account.emailChange.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">
        {state.email ? t("account.emailChange.lead", { email: state.email }) : t("account.emailChange.leadNoEmail")}
      </p>
      <PostForm>
        <SubmitButton>{t("account.emailChange.submit")}</SubmitButton>
      </PostForm>
    </>
  );
}
