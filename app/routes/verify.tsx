// /verify: anyone checks a certificate by typing its code (a GET form; works without JavaScript).
import { data, redirect } from "react-router";
import type { Route } from "./+types/verify";
import { VerifyForm } from "../components/learning/certificate-verify-form.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { normaliseCode } from "../modules/learning/index.server.ts";

export const handle: RouteHandle = {
  title: "learningCertificates.verify.title",
  breadcrumb: "learningCertificates.verify.title",
};

export function loader({ request }: Route.LoaderArgs) {
  const typed = new URL(request.url).searchParams.get("code");
  if (typed === null) return { typed: "", error: null };
  const code = normaliseCode(typed.slice(0, 100));
  if (code) throw redirect(`/verify/${code}`);
  return data({ typed: typed.slice(0, 100), error: "learningCertificates.verify.badCode" as const }, { status: 400 });
}

export default function Verify({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learningCertificates.verify.title")}</h1>
      <p className="utrecht-paragraph vvg-lead vvg-prose">{t("learningCertificates.verify.lead")}</p>
      <VerifyForm typed={loaderData.typed} error={loaderData.error} />
    </>
  );
}
