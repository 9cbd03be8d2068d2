// /noits/vacatures — published IT vacancies of local governments, with GET filters.
import { Form, Link } from "react-router";
import type { Route } from "./+types/noits-vacancies";
import { Pager } from "../components/admin-nav.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { SelectField } from "../components/ui/form.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { FLEMISH_PROVINCES } from "../modules/identity/shared.ts";
import { competenceChoices, competenceSpans, listOpenVacancies, listRoleProfiles } from "../modules/talent/index.server.ts";
import { formatFte } from "../modules/talent/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talent.vacancies.title", breadcrumb: "talent.vacancies.title" };

const PAGE_SIZE = 20;

export async function loader({ request }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const params = new URL(request.url).searchParams;
  const roleProfile = params.get("rolprofiel") ?? "";
  const competence = params.get("competentie") ?? "";
  const province = params.get("provincie") ?? "";
  const pageText = params.get("page") ?? "1";
  const page = /^\d{1,4}$/.test(pageText) ? Math.max(1, Number(pageText)) : 1;
  const filter = {
    roleProfile: /^\d{1,2}$/.test(roleProfile) ? roleProfile : "",
    competence: competenceSpans().has(competence) ? competence : "",
    province: (FLEMISH_PROVINCES as readonly string[]).includes(province) ? province : "",
  };
  const result = await listOpenVacancies(db, {
    roleProfileId: filter.roleProfile ? Number(filter.roleProfile) : undefined,
    competence: filter.competence || undefined,
    province: filter.province || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  return {
    filter,
    page,
    total: result.total,
    items: result.items.map((v) => ({
      id: v.id,
      title: v.title,
      organisationName: v.organisationName,
      placeName: v.placeName,
      ftePercent: v.ftePercent,
      contract: v.contract,
      closesOn: v.closesOn,
      openToSharing: v.openToSharing,
    })),
    roleProfiles: (await listRoleProfiles(db)).map((p) => ({ id: p.id, nameNl: p.nameNl, nameEn: p.nameEn })),
    catalogue: competenceChoices(),
  };
}

export default function Vacancies({ loaderData }: Route.ComponentProps) {
  const { t, tn, locale, formatDate } = useI18n();
  const { filter, items, total, page, roleProfiles, catalogue } = loaderData;
  const filtered = Boolean(filter.roleProfile || filter.competence || filter.province);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.vacancies.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.vacancies.lead")}</p>
      <section aria-labelledby="filter-heading">
        <h2 className="utrecht-heading-2 vvg-visually-hidden" id="filter-heading">
          {t("talent.vacancies.filter")}
        </h2>
        <Form method="get" className="vvg-filter-form">
          <SelectField
            name="rolprofiel"
            label={t("talent.vacancy.roleProfile")}
            defaultValue={filter.roleProfile}
            options={[
              { value: "", label: t("talent.vacancies.all") },
              ...roleProfiles.map((p) => ({ value: String(p.id), label: locale === "en" ? p.nameEn : p.nameNl })),
            ]}
          />
          <SelectField
            name="competentie"
            label={t("talent.vacancies.competence")}
            defaultValue={filter.competence}
            options={[
              { value: "", label: t("talent.vacancies.all") },
              ...catalogue.competences.map((c) => ({
                value: c.code,
                label: `${c.code} ${locale === "en" ? c.titleEn : c.titleNl}`,
              })),
            ]}
          />
          <SelectField
            name="provincie"
            label={t("talent.vacancies.province")}
            defaultValue={filter.province}
            options={[{ value: "", label: t("talent.vacancies.all") }, ...FLEMISH_PROVINCES.map((p) => ({ value: p, label: p }))]}
          />
          <div className="vvg-actions vvg-filter-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("talent.vacancies.submit")}
            </button>
            {filtered ? <Link to="/noits/vacatures">{t("talent.vacancies.reset")}</Link> : null}
          </div>
        </Form>
      </section>
      <section aria-labelledby="results-heading">
        <h2 className="utrecht-heading-2" id="results-heading" aria-live="polite">
          {tn("talent.vacancies.count", total)}
        </h2>
        {items.length === 0 ? (
          <p className="utrecht-paragraph">{t("talent.vacancies.none")}</p>
        ) : (
          <DataTable
            labelledBy="results-heading"
            columns={[
              t("talent.vacancies.col.title"),
              t("talent.vacancy.organisation"),
              t("talent.vacancy.place"),
              t("talent.vacancy.fte"),
              t("talent.vacancy.contract"),
              t("talent.vacancy.closesOn"),
            ]}
          >
            {items.map((v) => (
              <tr className="utrecht-table__row" key={v.id}>
                <td className="utrecht-table__cell">
                  <Link to={`/noits/vacatures/${v.id}`}>{v.title}</Link>
                  {v.openToSharing ? (
                    <>
                      {" "}
                      <span className="vvg-badge vvg-badge--neutral">{t("talent.vacancies.sharing")}</span>
                    </>
                  ) : null}
                </td>
                <td className="utrecht-table__cell">{v.organisationName}</td>
                <td className="utrecht-table__cell">{v.placeName}</td>
                <td className="utrecht-table__cell">{formatFte(v.ftePercent, locale)}</td>
                <td className="utrecht-table__cell">{t(`talent.contract.${v.contract}` as MessageKey)}</td>
                <td className="utrecht-table__cell">{formatDate(v.closesOn)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager page={page} pageSize={PAGE_SIZE} total={total} />
      </section>
      <p className="utrecht-paragraph">
        {t("talent.vacancies.api")} <a href="/api/v1/vacancies">/api/v1/vacancies</a>
      </p>
    </>
  );
}
