import { Link } from "react-router";
import type { Route } from "./+types/admin";
import { requirePortalAdmin } from "../auth.server.ts";
import { TableRegion } from "../components/ui/table-region.tsx";
import { AdminNav } from "../components/admin-nav.tsx";
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
      <h1 className="utrecht-heading-1">{t("admin.dashboard.title")}</h1>
      <AdminNav />
      <p className="utrecht-paragraph vvg-lead">{t("admin.dashboard.lead")}</p>
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
        <TableRegion labelledBy="organisations-heading">
          <table className="vvg-admin-table vvg-admin-table--narrow">
            <thead>
              <tr>
                <th scope="col">{t("admin.dashboard.type")}</th>
                <th scope="col" className="vvg-num">
                  {t("admin.dashboard.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {ORGANISATION_TYPES.map((type) => (
                <tr key={type}>
                  <th scope="row">
                    <Link to={`/beheer/organisaties?type=${type}`}>{t(`orgType.${type}`)}</Link>
                  </th>
                  <td className="vvg-num">{formatNumber(counts.organisations[type])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
        <p className="utrecht-paragraph vvg-admin-more">
          <Link to="/beheer/audit">{t("admin.dashboard.auditLink")}</Link>
        </p>
      </section>
    </>
  );
}
