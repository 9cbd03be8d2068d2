import { ToolList } from "../components/ui/tool-list.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";

export const handle: RouteHandle = {};

export default function Home() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t("home.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("home.lead")}</p>
      <h2 className="utrecht-heading-2">{t("home.tools.heading")}</h2>
      <p className="utrecht-paragraph">{t("home.tools.intro")}</p>
      <ToolList />
      <h2 className="utrecht-heading-2">{t("home.audience.heading")}</h2>
      <p className="utrecht-paragraph vvg-prose">{t("home.audience.text")}</p>
    </>
  );
}
