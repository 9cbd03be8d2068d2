// /aankopen/goedkeuren — orders of the organisation waiting for approval, with the body that must
// decide and whether the approver has the mandate (own orders are never theirs to approve).
import { Link } from "react-router";
import type { Route } from "./+types/ordering-approvals";
import { OrderingNav } from "../components/ordering/ordering-ui.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { activeDelegation, listPendingApprovals, orderDetail } from "../modules/ordering/index.server.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";
import { todayInBrussels } from "../modules/procurement/index.server.ts";

export const handle: RouteHandle = { title: "ordering.approve.title", breadcrumb: "ordering.approve.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId, organisationName, actor, rights } = await requireOrdering(request, "procurement.approve");
  const db = getRuntime().database.db;
  const today = todayInBrussels();
  const pending = await listPendingApprovals(db, organisationId);
  const rows = [];
  for (const order of pending) {
    const detail = await orderDetail(db, order.id, "buyer", organisationId);
    const own = detail?.order.submittedBy === actor.personId;
    const mandate =
      order.approvingBody === "budgethouder" ||
      Boolean(await activeDelegation(db, organisationId, actor.personId, detail!.order.approvingBody, today));
    rows.push({
      ...order,
      submittedAt: order.submittedAt.toISOString(),
      submittedByName: detail?.submittedByName ?? "",
      mayDecide: !own && mandate,
      reason: own ? "own" : mandate ? "" : "mandate",
    });
  }
  return { organisationName, rows, rights };
}

export default function Approvals({ loaderData }: Route.ComponentProps) {
  const { t, formatEuro, formatDate } = useI18n();
  const { rows, organisationName } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("ordering.approve.title")}</h1>
      <OrderingNav rights={loaderData.rights} />
      <p className="utrecht-paragraph vvg-lead">{t("ordering.approve.intro", { organisation: organisationName })}</p>
      <h2 className="utrecht-heading-2" id="pending-heading">
        {t("ordering.approve.pending", { count: rows.length })}
      </h2>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("ordering.approve.none")}</p>
      ) : (
        <DataTable
          labelledBy="pending-heading"
          className="vvg-ord-table"
          columns={[
            t("ordering.col.reference"),
            t("ordering.col.supplier"),
            { label: t("ordering.col.totalExcl"), className: "vvg-numeric" },
            t("ordering.order.approvingBody"),
            t("ordering.order.submittedBy"),
            t("ordering.approve.yourRole"),
          ]}
        >
          {rows.map((row) => (
            <tr key={row.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                <Link to={`/aankopen/bestellingen/${row.id}`}>{row.reference}</Link>
              </th>
              <td className="utrecht-table__cell">{row.counterpartName}</td>
              <td className="utrecht-table__cell vvg-numeric">{formatEuro(row.totalExclCents / 100)}</td>
              <td className="utrecht-table__cell">{t(`ordering.body.${row.approvingBody}` as MessageKey)}</td>
              <td className="utrecht-table__cell">
                {row.submittedByName}
                <span className="vvg-ord-sub">{formatDate(row.submittedAt)}</span>
              </td>
              <td className="utrecht-table__cell">
                {row.mayDecide ? (
                  <Link to={`/aankopen/bestellingen/${row.id}#decide-heading`}>{t("ordering.approve.decide")}</Link>
                ) : (
                  t(row.reason === "own" ? "ordering.approve.ownOrder" : "ordering.approve.noMandate")
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
