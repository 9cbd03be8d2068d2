import { data } from "react-router";
import type { Route } from "./+types/verify-email";
import { identityContext } from "../auth.server.ts";
import { PostForm, SubmitButton } from "../components/ui/form.tsx";
import { LinkProblem } from "../components/ui/link-problem.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { peekToken, verifyEmail } from "../modules/identity/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "verify.title", breadcrumb: "verify.title" };

// Opening the link only shows a button: mail scanners that follow links must not use it up.
export async function loader({ params }: Route.LoaderArgs) {
  const check = await peekToken(getRuntime().database.db, "verify_email", params.token);
  return check.ok ? { problem: null } : data({ problem: check.reason }, { status: check.reason === "invalid" ? 404 : 410 });
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const result = await verifyEmail(await identityContext(request, context), params.token);
  if (!result.ok) return data({ problem: result.error.replace("token.", "") }, { status: 410 });
  return redirectWithFlash("/inloggen", { kind: "ok", key: "verify.done" });
}

export default function VerifyEmail({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const problem = (actionData as { problem?: string } | undefined)?.problem ?? loaderData.problem;
  if (problem) return <LinkProblem reason={problem} againHref="/inloggen" />;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("verify.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("verify.lead")}</p>
      <PostForm>
        <SubmitButton>{t("verify.submit")}</SubmitButton>
      </PostForm>
    </>
  );
}
