// /leverancier/bestellingen — the orders local governments sent to this supplier (only its own).
import { Link } from "react-router";
import type { Route } from "./+types/supplier-orders";
import { requireSupplier } from "../auth.server.ts";
import { StatusBadge } from "../components/ordering/ordering-ui.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { listSupplierOrders } from "../modules/ordering/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.supplier.title", breadcrumb: "ordering.supplier.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const { supplierId, supplierName } = await requireSupplier(request, "supplier.handle_orders");
  const orders = await listSupplierOrders(getRuntime().database.db, supplierId);
  return { supplierName, orders: orders.map((order) => ({ ...order, submittedAt: order.submittedAt.toISOString() })) };
}

export default function SupplierOrders({ loaderData }: Route.ComponentProps) {
  const { t, formatEuro, formatDate } = useI18n();
  const { orders, supplierName } = loaderData;
  const open = orders.filter((order) => order.status === "sent").length;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("ordering.supplier.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("ordering.supplier.intro", { supplier: supplierName, open })}</p>
      <h2 className="utrecht-heading-2" id="supplier-orders-heading">
        {t("ordering.orders.listHeading", { count: orders.length })}
      </h2>
      {orders.length === 0 ? (
        <p className="utrecht-paragraph">{t("ordering.supplier.none")}</p>
      ) : (
        <DataTable
          labelledBy="supplier-orders-heading"
          className="vvg-ord-table"
          columns={[
            t("ordering.col.poNumber"),
            t("ordering.col.buyer"),
            { label: t("ordering.col.totalExcl"), className: "vvg-numeric" },
            t("ordering.col.submitted"),
            t("ordering.col.status"),
          ]}
        >
          {orders.map((order) => (
            <tr key={order.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                <Link to={`/leverancier/bestellingen/${order.id}`}>{order.poNumber}</Link>
                <span className="vvg-ord-sub">{order.reference}</span>
              </th>
              <td className="utrecht-table__cell">{order.counterpartName}</td>
              <td className="utrecht-table__cell vvg-numeric">{formatEuro(order.totalExclCents / 100)}</td>
              <td className="utrecht-table__cell">{formatDate(order.submittedAt)}</td>
              <td className="utrecht-table__cell">
                <StatusBadge status={order.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
