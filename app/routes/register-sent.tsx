import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";

export const handle: RouteHandle = { title: "registerSent.title", breadcrumb: "registerSent.title" };

export default function RegisterSent() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t("registerSent.title")}</h1>
      <p className="utrecht-paragraph vvg-lead vvg-prose">{t("registerSent.text")}</p>
    </>
  );
}
