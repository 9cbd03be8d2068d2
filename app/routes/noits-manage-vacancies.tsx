// /noits/beheer/vacatures — HR's vacancies of the active organisation.
import { Link } from "react-router";
import type { Route } from "./+types/noits-manage-vacancies";
import { DataTable } from "../components/ui/data-table.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { listVacanciesOf } from "../modules/talent/index.server.ts";
import { formatFte } from "../modules/talent/shared.ts";
import { getRuntime } from "../runtime.server.ts";
import { requireTalentHr } from "../talent-auth.server.ts";

export const handle: RouteHandle = { title: "talent.manage.title", breadcrumb: "talent.manage.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId, organisationName } = await requireTalentHr(request, "talent.manage_vacancies");
  const list = await listVacanciesOf(getRuntime().database.db, organisationId);
  return {
    organisationName,
    items: list.map((v) => ({
      id: v.id,
      title: v.title,
      status: v.status,
      ftePercent: v.ftePercent,
      closesOn: v.closesOn,
      placeName: v.placeName,
    })),
  };
}

export default function ManageVacancies({ loaderData }: Route.ComponentProps) {
  const { t, locale, formatDate } = useI18n();
  const { organisationName, items } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.manage.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.manage.lead", { organisation: organisationName })}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-button utrecht-button--primary-action vvg-button-link" to="/noits/beheer/vacatures/nieuw">
          {t("talent.manage.new")}
        </Link>
      </p>
      <h2 className="utrecht-heading-2" id="own-heading">
        {t("talent.manage.listHeading")}
      </h2>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{t("talent.manage.none")}</p>
      ) : (
        <DataTable
          labelledBy="own-heading"
          columns={[
            t("talent.vacancies.col.title"),
            t("talent.manage.col.status"),
            t("talent.vacancy.place"),
            t("talent.vacancy.fte"),
            t("talent.vacancy.closesOn"),
          ]}
        >
          {items.map((v) => (
            <tr className="utrecht-table__row" key={v.id}>
              <td className="utrecht-table__cell">
                <Link to={`/noits/beheer/vacatures/${v.id}`}>{v.title}</Link>
              </td>
              <td className="utrecht-table__cell">
                <span className={`vvg-badge vvg-badge--${v.status === "open" ? "ok" : "neutral"}`}>
                  {t(`talent.status.${v.status}` as MessageKey)}
                </span>
              </td>
              <td className="utrecht-table__cell">{v.placeName}</td>
              <td className="utrecht-table__cell">{formatFte(v.ftePercent, locale)}</td>
              <td className="utrecht-table__cell">{formatDate(v.closesOn)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="utrecht-paragraph">
        <Link to="/noits/contacten">{t("talent.manage.contactsLink")}</Link>
      </p>
    </>
  );
}
