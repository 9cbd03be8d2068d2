import { Link } from "react-router";
import { useI18n } from "../../i18n/use-i18n.ts";
import { TOOLS } from "../../tools.ts";

/** The twelve tools as cards; a tool that is not built yet shows "binnenkort beschikbaar" and no link. */
export function ToolList({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="vvg-tools">
      {TOOLS.map((tool) => (
        <li key={tool.id} className={`vvg-tool${tool.href ? " vvg-tool--available" : ""}`}>
          <Heading>{tool.href ? <Link to={tool.href}>{t(tool.name)}</Link> : t(tool.name)}</Heading>
          <p>{t(tool.description)}</p>
          <span className="vvg-tool__status">{t(tool.href ? "tool.status.available" : "tool.status.soon")}</span>
        </li>
      ))}
    </ul>
  );
}
