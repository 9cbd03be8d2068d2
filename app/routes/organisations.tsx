import { Form, Link } from "react-router";
import type { Route } from "./+types/organisations";
import { TableRegion } from "../components/ui/table-region.tsx";
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
          <div className="utrecht-form-field utrecht-form-field--text vvg-field">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="q">
                {t("organisations.filter.q")}
              </label>
            </div>
            <div className="utrecht-form-field-description" id="q-description">
              {t("organisations.filter.qHint")}
            </div>
            <div className="utrecht-form-field__input">
              <input
                className="utrecht-textbox utrecht-textbox--html-input"
                id="q"
                name="q"
                type="search"
                maxLength={100}
                defaultValue={filter.q ?? ""}
                aria-describedby="q-description"
              />
            </div>
          </div>
          <div className="utrecht-form-field vvg-field">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="type">
                {t("organisations.filter.type")}
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <select
                className="utrecht-select utrecht-select--html-select"
                id="type"
                name="type"
                defaultValue={filter.type ?? ""}
              >
                <option value="">{t("organisations.filter.typeAll")}</option>
                {ORGANISATION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`orgType.${type}` as MessageKey)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="utrecht-form-field vvg-field">
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="province">
                {t("organisations.filter.province")}
              </label>
            </div>
            <div className="utrecht-form-field__input">
              <select
                className="utrecht-select utrecht-select--html-select"
                id="province"
                name="province"
                defaultValue={filter.province ?? ""}
              >
                <option value="">{t("organisations.filter.provinceAll")}</option>
                {FLEMISH_PROVINCES.map((province) => (
                  <option key={province} value={province}>
                    {t(`province.${province}` as MessageKey)}
                  </option>
                ))}
              </select>
            </div>
          </div>
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
          <TableRegion labelledBy="results-heading">
            <table className="utrecht-table vvg-registry-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("organisations.col.name")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("organisations.col.type")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("organisations.col.province")}
                  </th>
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("organisations.col.nisCode")}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
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
              </tbody>
            </table>
          </TableRegion>
        )}
        {pages > 1 ? (
          <nav className="vvg-pagination" aria-label={t("organisations.pagination")}>
            <p className="utrecht-paragraph">{t("organisations.pageOf", { page, pages })}</p>
            <ul>
              {page > 1 ? (
                <li>
                  <Link to={pageHref(filter, page - 1)} rel="prev">
                    {t("organisations.previous")}
                  </Link>
                </li>
              ) : null}
              {page < pages ? (
                <li>
                  <Link to={pageHref(filter, page + 1)} rel="next">
                    {t("organisations.next")}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
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
