import { ToolList } from "../components/ui/tool-list.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";

export const handle: RouteHandle = { title: "tools.title", breadcrumb: "tools.title" };

export default function Tools() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t("tools.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("tools.lead")}</p>
      <ToolList headingLevel={2} />
    </>
  );
}
