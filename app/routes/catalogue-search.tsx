// /aankopen — Buy IT Public's catalogue search. The search lives in the URL (a GET form): every
// search is a shareable address and works without JavaScript; with JavaScript, ticking a filter
// or choosing an order shows the new results at once. Public: prices are catalogue data.
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Form, useSubmit } from "react-router";
import type { Route } from "./+types/catalogue-search";
import { Facets } from "../components/catalogue/facets.tsx";
import { ActiveFilters, NoResults, ResultList, useActiveFilters } from "../components/catalogue/results.tsx";
import { searchHref } from "../components/catalogue/search-url.ts";
import { Pagination } from "../components/ui/pagination.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { searchCataloguePage } from "../modules/procurement/index.server.ts";
import { MAX_PAGE, MAX_QUERY_LENGTH, SEARCH_SORTS } from "../modules/procurement/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "catalogue.search.title", breadcrumb: "catalogue.search.breadcrumb" };

const FORM_ID = "catalogus-zoeken";

export async function loader({ request }: Route.LoaderArgs) {
  // Public page: no actor needed.
  const url = new URL(request.url);
  const page = await searchCataloguePage(getRuntime().database.db, url.searchParams);
  return { ...page, search: url.search };
}

export default function CatalogueSearch({ loaderData }: Route.ComponentProps) {
  const { t, tn, formatNumber } = useI18n();
  const data = loaderData;
  const { query, result, search } = data;
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const [q, setQ] = useState(query.q);
  useEffect(() => setQ(query.q), [query.q]);
  const [sort, setSort] = useState<string>(query.sort);
  useEffect(() => setSort(query.sort), [query.sort]);
  const chips = useActiveFilters(data, search);
  const pages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / result.pageSize)));

  // With JavaScript: a changed filter searches at once (typing in the search box does not).
  const live = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement;
    if (target.name === "q") return;
    submit(event.currentTarget, { replace: true, preventScrollReset: true });
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t("catalogue.search.heading")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("catalogue.search.lead")}</p>

      <div className="vvg-cat-layout">
        <Form method="get" action="/aankopen" id={FORM_ID} ref={formRef} className="vvg-cat-form" onChange={live}>
          {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet known to every screen reader */}
          <div role="search" className="vvg-cat-searchbar" aria-label={t("catalogue.search.landmark")}>
            <div className="utrecht-form-field utrecht-form-field--text vvg-field vvg-cat-q">
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label" htmlFor="q">
                  {t("catalogue.search.q")}
                </label>
              </div>
              <div className="utrecht-form-field-description" id="q-description">
                {t("catalogue.search.qHint")}
              </div>
              <div className="utrecht-form-field__input">
                <input
                  className="utrecht-textbox utrecht-textbox--html-input"
                  type="search"
                  id="q"
                  name="q"
                  maxLength={MAX_QUERY_LENGTH}
                  value={q}
                  onChange={(event) => setQ(event.currentTarget.value)}
                  aria-describedby="q-description"
                  autoComplete="off"
                  spellCheck={false}
                />
              </div>
            </div>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("catalogue.search.submit")}
            </button>
          </div>
          {query.category ? <input type="hidden" name="categorie" value={query.category} /> : null}
          <aside className="vvg-cat-aside" aria-labelledby="filters-heading">
            <Facets data={data} search={search} />
          </aside>
        </Form>

        <section className="vvg-cat-main" aria-labelledby="resultaten">
          <div className="vvg-cat-resultbar">
            <h2 className="utrecht-heading-2 vvg-cat-total" id="resultaten" tabIndex={-1} aria-live="polite">
              {result.total === 0 ? t("catalogue.results.none") : tn("catalogue.results.count", result.total)}
            </h2>
            {result.total > 0 ? (
              <div className="vvg-cat-sort">
                <label className="utrecht-form-label" htmlFor="sortering">
                  {t("catalogue.sort.label")}
                </label>
                <select
                  className="utrecht-select utrecht-select--html-select"
                  id="sortering"
                  name="sortering"
                  form={FORM_ID}
                  value={sort}
                  onChange={(event) => {
                    setSort(event.currentTarget.value);
                    if (formRef.current) {
                      const form = formRef.current;
                      // The select is outside the form element: send the form once React has the new value.
                      queueMicrotask(() => submit(form, { replace: true, preventScrollReset: true }));
                    }
                  }}
                >
                  {SEARCH_SORTS.map((s) => (
                    <option key={s} value={s}>
                      {t(`catalogue.sort.${s}`)}
                    </option>
                  ))}
                </select>
                <noscript>
                  <button type="submit" form={FORM_ID} className="utrecht-button utrecht-button--secondary-action">
                    {t("catalogue.sort.apply")}
                  </button>
                </noscript>
              </div>
            ) : null}
          </div>

          {result.corrections.length > 0 ? (
            <p className="utrecht-paragraph vvg-cat-note">
              {t("catalogue.results.corrected", {
                words: result.corrections.map((c) => `${c.to.join(" / ")} (${c.from})`).join(", "),
              })}
            </p>
          ) : result.mode === "fuzzy" ? (
            <p className="utrecht-paragraph vvg-cat-note">{t("catalogue.results.fuzzy")}</p>
          ) : null}

          {result.total === 0 ? (
            <NoResults data={data} chips={chips} search={search} />
          ) : (
            <>
              <ActiveFilters chips={chips} search={search} />
              {result.items.length === 0 ? (
                <p className="utrecht-paragraph">{t("catalogue.results.pastEnd")}</p>
              ) : (
                <ResultList items={result.items} />
              )}
              <Pagination
                className="vvg-pagination"
                label={t("catalogue.pagination")}
                page={result.page}
                pages={pages}
                href={(n) => searchHref(search, (p) => (n > 1 ? p.set("pagina", String(n)) : p.delete("pagina")), true)}
                status={t("catalogue.pageOf", { page: formatNumber(result.page), pages: formatNumber(pages) })}
                previous={t("catalogue.previous")}
                next={t("catalogue.next")}
              />
            </>
          )}
          <p className="utrecht-paragraph vvg-cat-api">
            {t("catalogue.api")} <a href="/api/v1/openapi.json">{t("catalogue.apiLink")}</a>
          </p>
        </section>
      </div>
    </>
  );
}
