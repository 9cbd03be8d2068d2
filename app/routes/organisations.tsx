import { Form, Link } from "react-router";
import type { Route } from "./+types/organisations";
import { DataTable } from "../components/ui/data-table.tsx";
import { SelectField, TextField } from "../components/ui/form.tsx";
import { Pagination } from "../components/ui/pagination.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { browseRegistry, registryFilterFrom } from "../modules/identity/index.server.ts";
import { FLEMISH_PROVINCES, ORGANISATION_TYPES } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "organisations.title", breadcrumb: "organisations.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const filter = registryFilterFrom(new URL(request.url).searchParams);
  const result = await browseRegistry(getRuntime().database.db, filter);
  return { filter, ...result };
}

/** The address of another page of the same search. */
function pageHref(filter: { q?: string; type?: string; province?: string }, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.type) params.set("type", filter.type);
  if (filter.province) params.set("province", filter.province);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/organisaties?${query}` : "/organisaties";
}

export default function Organisations({ loaderData }: Route.ComponentProps) {
  const { t, tn } = useI18n();
  const { filter, items, total, page, pages } = loaderData;
  const filtered = Boolean(filter.q || filter.type || filter.province);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("organisations.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("organisations.lead")}</p>

      <section aria-labelledby="filter-heading" className="vvg-registry-filter">
        <h2 className="utrecht-heading-2 vvg-visually-hidden" id="filter-heading">
          {t("organisations.filter.heading")}
        </h2>
        <Form method="get" className="vvg-filter-form">
          <TextField
            name="q"
            type="search"
            label={t("organisations.filter.q")}
            description={t("organisations.filter.qHint")}
            maxLength={100}
            defaultValue={filter.q ?? ""}
            width="full"
            markOptional={false}
          />
          <SelectField
            name="type"
            label={t("organisations.filter.type")}
            defaultValue={filter.type ?? ""}
            options={[
              { value: "", label: t("organisations.filter.typeAll") },
              ...ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}` as MessageKey) })),
            ]}
          />
          <SelectField
            name="province"
            label={t("organisations.filter.province")}
            defaultValue={filter.province ?? ""}
            options={[
              { value: "", label: t("organisations.filter.provinceAll") },
              ...FLEMISH_PROVINCES.map((province) => ({ value: province, label: t(`province.${province}` as MessageKey) })),
            ]}
          />
          <div className="vvg-actions vvg-filter-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("organisations.filter.submit")}
            </button>
            {filtered ? <Link to="/organisaties">{t("organisations.filter.reset")}</Link> : null}
          </div>
        </Form>
      </section>

      <section aria-labelledby="results-heading">
        <h2 className="utrecht-heading-2" id="results-heading" aria-live="polite">
          {tn("organisations.results", total)}
        </h2>
        {items.length === 0 ? (
          <p className="utrecht-paragraph">{t("organisations.noResults")}</p>
        ) : (
          <DataTable
            labelledBy="results-heading"
            className="vvg-registry-table"
            columns={[
              t("organisations.col.name"),
              t("organisations.col.type"),
              t("organisations.col.province"),
              t("organisations.col.nisCode"),
            ]}
          >
            {items.map((item) => (
              <tr className="utrecht-table__row" key={item.id}>
                <td className="utrecht-table__cell">
                  <Link to={`/organisaties/${item.id}`}>{item.name}</Link>
                </td>
                <td className="utrecht-table__cell">{t(`orgType.${item.type}` as MessageKey)}</td>
                <td className="utrecht-table__cell">
                  {item.province && (FLEMISH_PROVINCES as readonly string[]).includes(item.province)
                    ? t(`province.${item.province}` as MessageKey)
                    : (item.province ?? t("organisations.none"))}
                </td>
                <td className="utrecht-table__cell vvg-numeric">{item.nisCode ?? t("organisations.none")}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <Pagination
          className="vvg-pagination"
          label={t("organisations.pagination")}
          page={page}
          pages={pages}
          href={(n) => pageHref(filter, n)}
          status={t("organisations.pageOf", { page, pages })}
          previous={t("organisations.previous")}
          next={t("organisations.next")}
        />
      </section>

      <p className="utrecht-paragraph">
        {t("organisations.supplier")} <Link to="/leveranciers/registreren">{t("organisations.supplierLink")}</Link>
      </p>
      <p className="utrecht-paragraph">
        {t("organisations.api")} <a href="/api/v1/openapi.json">{t("organisations.apiLink")}</a>
      </p>
    </>
  );
}
