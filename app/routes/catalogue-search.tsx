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
import { getActor } from "../auth.server.ts";
import { getLocale, readFlash } from "../cookies.server.ts";
import { csrfToken } from "../csrf.server.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  type CachedPage,
  acceptsGzip,
  catalogueVersion,
  fillTemplate,
  gzipTemplate,
  searchCataloguePage,
  searchPageCache,
  toTemplate,
} from "../modules/procurement/index.server.ts";
import { MAX_PAGE, MAX_QUERY_LENGTH, SEARCH_SORTS } from "../modules/procurement/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "catalogue.search.title", breadcrumb: "catalogue.search.breadcrumb" };

const FORM_ID = "catalogus-zoeken";

/** The CSRF token a response's Set-Cookie header hands out, if it sets one. */
async function tokenOfSetCookie(setCookie: string): Promise<string | undefined> {
  const pair = setCookie.split(";")[0]!;
  if (!pair.startsWith("vvg_csrf=")) return undefined;
  const { token, setCookie: fresh } = await csrfToken(new Request("http://localhost/", { headers: { Cookie: pair } }));
  return fresh ? undefined : token;
}

/**
 * A page from its template with this response's values, gzip-compressed from the parts deflated
 * when it was stored when the visitor accepts gzip (the server's compression leaves an answer
 * that has a Content-Encoding alone).
 */
function answer(request: Request, page: CachedPage, values: string[], setCookies: string[], state: "hit" | "miss") {
  const headers = new Headers(page.headers);
  headers.set("X-Page-Cache", state);
  for (const setCookie of setCookies) headers.append("Set-Cookie", setCookie);
  headers.append("Vary", "Accept-Encoding");
  if (acceptsGzip(request.headers.get("Accept-Encoding"))) {
    headers.set("Content-Encoding", "gzip");
    return new Response(gzipTemplate(page.template, values), { status: page.status, headers });
  }
  return new Response(fillTemplate(page.template, values), { status: page.status, headers });
}

/**
 * Micro-caching (decision 008): an anonymous visitor's search page is rendered once per search,
 * language and catalogue version and served again for a few seconds. Each answer gets its own
 * CSP nonce, CSRF token (and cookie) and request id in the holes the cache left for them.
 * Signed-in visitors, flash messages, data requests (client-side navigation) and anything but a
 * 200 page go through as usual.
 */
export const middleware: Route.MiddlewareFunction[] = [
  async ({ request, context }, next) => {
    const url = new URL(request.url);
    if (request.method !== "GET" || url.pathname.endsWith(".data")) return next();
    if ((await readFlash(request)).flash || (await getActor(request))) return next();
    const { nonce, requestId } = context.get(requestInfoContext);
    const key = `${await getLocale(request)} ${url.pathname}${url.search}`;
    const db = getRuntime().database.db;
    const version = catalogueVersion(db);
    const outcome = await searchPageCache.through(key, version, async () => {
      const response = await next();
      // A page is stored under the version read before it was searched, so that a change taken
      // in meanwhile makes it stale; except the first search of the process, which read the
      // index whole (version 0 → 1): that page shows version 1.
      const shown = version === 0 && catalogueVersion(db) === 1 ? 1 : version;
      if (response.status !== 200 || !response.headers.get("Content-Type")?.startsWith("text/html")) {
        return { page: null, result: response };
      }
      const body = await response.text();
      const cookies = response.headers.getSetCookie();
      // Only the CSRF cookie may differ between visitors; anything else and the page is not shared.
      const issued = cookies.length === 1 ? await tokenOfSetCookie(cookies[0]!) : undefined;
      const token = cookies.length === 0 ? (await csrfToken(request)).token : issued;
      const template = token && cookies.length <= 1 ? toTemplate(body, [nonce, token, requestId]) : null;
      if (!token || !template) return { page: null, result: new Response(body, response) };
      const headers = [...response.headers].filter(([name]) => name.toLowerCase() !== "set-cookie");
      const page: CachedPage = { status: response.status, headers, template };
      // This visitor's answer is made like the others': compressed from the stored parts.
      return { page, result: answer(request, page, [nonce, token, requestId], cookies, "miss"), version: shown };
    });
    if ("result" in outcome) return outcome.result;
    const csrf = await csrfToken(request);
    return answer(request, outcome.page, [nonce, csrf.token, requestId], csrf.setCookie ? [csrf.setCookie] : [], "hit");
  },
];

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
                <ResultList data={data} />
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
