import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";

export const handle: RouteHandle = { title: "page.register.title", breadcrumb: "page.register.title" };

// Accounts arrive with the identity issue; until then the page says so instead of a dead link.
export default function Page() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t("page.register.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("page.notBuilt")}</p>
    </>
  );
}
