import { Link } from "react-router";
import type { Route } from "./+types/competition-list";
import { statusKey } from "../components/competitions/competition-ui.tsx";
import { TableRegion } from "../components/ui/table-region.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { competitionBuyerPath, listCompetitionsForBuyer } from "../modules/ordering/index.server.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "competitions.list.title", breadcrumb: "competitions.list.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId, organisationName } = await requireOrdering(request, "procurement.buy");
  const items = await listCompetitionsForBuyer(getRuntime().database.db, organisationId);
  return { organisationName, items: items.map((item) => ({ ...item, href: competitionBuyerPath(item) })) };
}

export default function CompetitionList({ loaderData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { items, organisationName } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("competitions.list.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("competitions.list.lead", { organisation: organisationName })}</p>
      <ul className="utrecht-unordered-list vvg-comp-actions">
        <li>
          <Link to="/aankopen/offerteaanvragen/nieuw">{t("competitions.list.newQuote")}</Link>
        </li>
        <li>
          <Link to="/aankopen/minicompetities/nieuw">{t("competitions.list.newCompetition")}</Link>
        </li>
      </ul>
      <h2 className="utrecht-heading-2" id="list-heading">
        {t("competitions.list.heading")}
      </h2>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{t("competitions.list.empty")}</p>
      ) : (
        <TableRegion labelledBy="list-heading">
          <table className="utrecht-table vvg-comp-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("competitions.field.reference")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("competitions.field.title")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("competitions.field.kind")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("competitions.field.deadline")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("competitions.field.status")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {items.map((item) => (
                <tr key={item.id} className="utrecht-table__row">
                  <td className="utrecht-table__cell">
                    <Link to={item.href}>{item.reference}</Link>
                  </td>
                  <td className="utrecht-table__cell">{item.title}</td>
                  <td className="utrecht-table__cell">
                    {t(item.kind === "quote" ? "competitions.kind.quote" : "competitions.kind.mini")}
                  </td>
                  <td className="utrecht-table__cell">{formatDateTime(item.deadline)}</td>
                  <td className="utrecht-table__cell">{t(statusKey(item))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
