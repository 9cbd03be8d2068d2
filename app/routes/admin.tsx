import { Link } from "react-router";
import type { Route } from "./+types/admin";
import { requirePortalAdmin } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { AdminHeading } from "../components/admin-nav.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { countsForDashboard } from "../modules/identity/index.server.ts";
import { ORGANISATION_TYPES } from "../modules/identity/shared.ts";
import { countOutboxByStatus } from "../modules/platform/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "admin.dashboard.title", breadcrumb: "admin.dashboard.title" };

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const { db } = getRuntime().database;
  const [counts, mail] = await Promise.all([countsForDashboard(db), countOutboxByStatus(db)]);
  return { counts, mail };
}

export default function AdminDashboard({ loaderData }: Route.ComponentProps) {
  const { t, formatNumber } = useI18n();
  const { counts, mail } = loaderData;
  const todo: { to: string; label: MessageKey; value: number; urgent: boolean }[] = [
    {
      to: "/beheer/leveranciers",
      label: "admin.dashboard.pendingSuppliers",
      value: counts.pendingSuppliers,
      urgent: counts.pendingSuppliers > 0,
    },
    {
      to: "/beheer/lidmaatschappen",
      label: "admin.dashboard.requests",
      value: counts.requestsWithoutAdmin,
      urgent: counts.requestsWithoutAdmin > 0,
    },
    { to: "/beheer/outbox?status=held", label: "admin.dashboard.heldMail", value: mail.held, urgent: false },
    { to: "/beheer/outbox?status=failed", label: "admin.dashboard.failedMail", value: mail.failed, urgent: mail.failed > 0 },
    { to: "/beheer/outbox?status=pending", label: "admin.dashboard.pendingMail", value: mail.pending, urgent: false },
  ];
  return (
    <>
      <AdminHeading title={t("admin.dashboard.title")} lead={t("admin.dashboard.lead")} />
      <section aria-labelledby="todo-heading">
        <h2 className="utrecht-heading-2" id="todo-heading">
          {t("admin.dashboard.todo")}
        </h2>
        <ul className="vvg-admin-cards">
          {todo.map((item) => (
            <li key={item.to} className={item.urgent ? "vvg-admin-card vvg-admin-card--urgent" : "vvg-admin-card"}>
              <Link to={item.to}>
                <span className="vvg-admin-card__value">{formatNumber(item.value)}</span>
                <span className="vvg-admin-card__label">{t(item.label)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="numbers-heading">
        <h2 className="utrecht-heading-2" id="numbers-heading">
          {t("admin.dashboard.numbers")}
        </h2>
        <ul className="vvg-admin-cards">
          <li className="vvg-admin-card">
            <Link to="/beheer/personen">
              <span className="vvg-admin-card__value">{formatNumber(counts.people)}</span>
              <span className="vvg-admin-card__label">{t("admin.dashboard.people")}</span>
            </Link>
          </li>
          <li className="vvg-admin-card">
            <Link to="/beheer/personen">
              <span className="vvg-admin-card__value">{formatNumber(counts.portalAdmins)}</span>
              <span className="vvg-admin-card__label">{t("admin.dashboard.portalAdmins")}</span>
            </Link>
          </li>
        </ul>
        <h3 className="utrecht-heading-3" id="organisations-heading">
          {t("admin.dashboard.organisations")}
        </h3>
        <DataTable
          labelledBy="organisations-heading"
          appearance="plain"
          className="vvg-admin-table vvg-admin-table--narrow"
          columns={[t("admin.dashboard.type"), { label: t("admin.dashboard.count"), className: "vvg-num" }]}
        >
          {ORGANISATION_TYPES.map((type) => (
            <tr key={type}>
              <th scope="row">
                <Link to={`/beheer/organisaties?type=${type}`}>{t(`orgType.${type}`)}</Link>
              </th>
              <td className="vvg-num">{formatNumber(counts.organisations[type])}</td>
            </tr>
          ))}
        </DataTable>
        <p className="utrecht-paragraph vvg-admin-more">
          <Link to="/beheer/audit">{t("admin.dashboard.auditLink")}</Link>
        </p>
      </section>
    </>
  );
}
