import { Link } from "react-router";
import type { Route } from "./+types/supplier-competition-list";
import { requireSupplier } from "../auth.server.ts";
import { TableRegion } from "../components/ui/table-region.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { listCompetitionsForSupplier } from "../modules/ordering/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "competitions.supplier.listTitle", breadcrumb: "competitions.supplier.listTitle" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const { supplierId, supplierName } = await requireSupplier(request, "supplier.handle_orders");
  return { supplierName, items: await listCompetitionsForSupplier(getRuntime().database.db, supplierId) };
}

/** Where the supplier stands with a request. */
function stateKey(item: { status: string; closed: boolean; answered: boolean; won: boolean }): MessageKey {
  if (item.status === "cancelled") return "competitions.status.cancelled";
  if (item.status === "awarded" || item.status === "ordered")
    return item.won ? "competitions.supplier.state.won" : "competitions.supplier.state.lost";
  if (item.closed)
    return item.answered ? "competitions.supplier.state.closedAnswered" : "competitions.supplier.state.closedNoAnswer";
  return item.answered ? "competitions.supplier.state.answered" : "competitions.supplier.state.toAnswer";
}

export default function SupplierCompetitionList({ loaderData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { items, supplierName } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("competitions.supplier.listTitle")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("competitions.supplier.listLead", { supplier: supplierName })}</p>
      <h2 className="utrecht-heading-2" id="requests-heading">
        {t("competitions.supplier.requests")}
      </h2>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{t("competitions.supplier.empty")}</p>
      ) : (
        <TableRegion labelledBy="requests-heading">
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
                  {t("competitions.field.buyer")}
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
                    <Link to={`/leverancier/offerteaanvragen/${item.id}`}>{item.reference}</Link>
                  </td>
                  <td className="utrecht-table__cell">{item.title}</td>
                  <td className="utrecht-table__cell">{item.buyer}</td>
                  <td className="utrecht-table__cell">
                    {t(item.kind === "quote" ? "competitions.kind.quote" : "competitions.kind.mini")}
                  </td>
                  <td className="utrecht-table__cell">{formatDateTime(item.deadline)}</td>
                  <td className="utrecht-table__cell">{t(stateKey(item))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
