// /aankopen/bestellingen — the organisation's orders, the newest first, with a status filter.
import { Form, Link } from "react-router";
import type { Route } from "./+types/ordering-orders";
import { StatusBadge, OrderingNav } from "../components/ordering/ordering-ui.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { SelectField } from "../components/ui/form.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { listOrders } from "../modules/ordering/index.server.ts";
import { ORDER_STATUSES, type OrderStatus } from "../modules/ordering/shared.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "ordering.orders.title", breadcrumb: "ordering.orders.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId, organisationName, rights } = await requireOrdering(request, "procurement.view_orders");
  const requested = new URL(request.url).searchParams.get("status") ?? "";
  const status = (ORDER_STATUSES as readonly string[]).includes(requested) ? (requested as OrderStatus) : undefined;
  const orders = await listOrders(getRuntime().database.db, organisationId, status);
  return {
    organisationName,
    rights,
    status: status ?? "",
    orders: orders.map((order) => ({ ...order, submittedAt: order.submittedAt.toISOString() })),
  };
}

export default function Orders({ loaderData }: Route.ComponentProps) {
  const { t, formatEuro, formatDate } = useI18n();
  const { orders, status, organisationName } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("ordering.orders.title")}</h1>
      <OrderingNav rights={loaderData.rights} />
      <p className="utrecht-paragraph vvg-lead">{t("ordering.orders.intro", { organisation: organisationName })}</p>
      <Form method="get" className="vvg-ord-filter">
        <SelectField
          name="status"
          label={t("ordering.orders.filterStatus")}
          defaultValue={status}
          options={[
            { value: "", label: t("ordering.orders.allStatuses") },
            ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`ordering.status.${s}` as MessageKey) })),
          ]}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("ordering.orders.filter")}
        </button>
      </Form>
      <h2 className="utrecht-heading-2" id="orders-heading">
        {t("ordering.orders.listHeading", { count: orders.length })}
      </h2>
      {orders.length === 0 ? (
        <p className="utrecht-paragraph">{t("ordering.orders.none")}</p>
      ) : (
        <DataTable
          labelledBy="orders-heading"
          className="vvg-ord-table"
          columns={[
            t("ordering.col.reference"),
            t("ordering.col.poNumber"),
            t("ordering.col.supplier"),
            t("ordering.col.route"),
            { label: t("ordering.col.totalExcl"), className: "vvg-numeric" },
            t("ordering.col.submitted"),
            t("ordering.col.status"),
          ]}
        >
          {orders.map((order) => (
            <tr key={order.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                <Link to={`/aankopen/bestellingen/${order.id}`}>{order.reference}</Link>
              </th>
              <td className="utrecht-table__cell">{order.poNumber ?? "—"}</td>
              <td className="utrecht-table__cell">{order.counterpartName}</td>
              <td className="utrecht-table__cell">{t(`ordering.route.${order.route}` as MessageKey)}</td>
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
