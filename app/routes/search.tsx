import { Form, Link } from "react-router";
import type { Route } from "./+types/search";
import { getLocale } from "../cookies.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { MAX_QUERY_LENGTH, searchSite } from "../modules/platform/index.server.ts";

export const handle: RouteHandle = { title: "search.title", breadcrumb: "search.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").trim();
  if (query.length > MAX_QUERY_LENGTH)
    return { query: query.slice(0, MAX_QUERY_LENGTH), tooLong: true, hits: null, max: MAX_QUERY_LENGTH };
  if (!query) return { query, tooLong: false, hits: null, max: MAX_QUERY_LENGTH };
  return { query, tooLong: false, hits: searchSite(await getLocale(request), query), max: MAX_QUERY_LENGTH };
}

export default function Search({ loaderData }: Route.ComponentProps) {
  const { t, tn } = useI18n();
  const { query, tooLong, hits, max } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("search.title")}</h1>
      <Form method="get" className="vvg-search-page">
        <div className={`utrecht-form-field${tooLong ? " utrecht-form-field--invalid" : ""}`}>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="q">
              {t("search.label")}
            </label>
          </div>
          {tooLong ? (
            <div className="utrecht-form-field-error-message" id="q-error">
              {t("search.tooLong", { max })}
            </div>
          ) : null}
          <div className="utrecht-form-field__input">
            <input
              className={`utrecht-textbox utrecht-textbox--html-input${tooLong ? " utrecht-textbox--invalid" : ""}`}
              id="q"
              name="q"
              type="search"
              defaultValue={query}
              aria-invalid={tooLong || undefined}
              aria-describedby={tooLong ? "q-error" : undefined}
            />
          </div>
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("search.button")}
        </button>
      </Form>
      {hits === null ? (
        <p className="utrecht-paragraph">{t("search.empty")}</p>
      ) : (
        <section aria-labelledby="search-results">
          <h2 className="utrecht-heading-2" id="search-results" aria-live="polite">
            {tn("search.results", hits.length, { query })}
          </h2>
          {hits.length === 0 ? (
            <p className="utrecht-paragraph">
              {t("search.noResults")} <Link to="/tools">{t("tools.title")}</Link>
            </p>
          ) : (
            <ul className="utrecht-unordered-list">
              {hits.map((hit) => (
                <li key={`${hit.kind}:${hit.title}`}>
                  <strong>{hit.href ? <Link to={hit.href}>{hit.title}</Link> : hit.title}</strong> ({t(`search.kind.${hit.kind}`)}
                  {hit.href ? "" : `, ${t("tool.status.soon").toLowerCase()}`}) — {hit.description}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
