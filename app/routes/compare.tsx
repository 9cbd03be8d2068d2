// /aankopen/vergelijken?ids=a,b,c — up to four products side by side: specifications in rows,
// the rows that differ marked (in words too), the best price and lead time marked. The address is
// the comparison: share it and the other person sees the same table. Public catalogue data.
import { Link } from "react-router";
import type { Route } from "./+types/compare";
import { compareHref } from "../components/catalogue/search-url.ts";
import { useCategoryName, useSpecFormat } from "../components/catalogue/spec-value.tsx";
import { TableRegion } from "../components/ui/table-region.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { compareIdsFrom, compareProducts, MAX_COMPARE } from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "catalogue.compare.title", breadcrumb: "catalogue.compare.breadcrumb" };

export async function loader({ request }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const comparison = await compareProducts(getRuntime().database.db, compareIdsFrom(params));
  return { ...comparison, max: MAX_COMPARE, onlyDifferences: params.get("verschillen") === "1" };
}

export default function Compare({ loaderData }: Route.ComponentProps) {
  const { t, tn, formatEuro } = useI18n();
  const spec = useSpecFormat();
  const categoryName = useCategoryName();
  const { products, rows, requested, tooMany, missing, max, onlyDifferences } = loaderData;
  const ids = products.map((p) => p.id);
  const shown = onlyDifferences ? rows.filter((row) => row.differs) : rows;
  const differing = rows.filter((row) => row.differs).length;
  const cell = "utrecht-table__cell";

  return (
    <>
      <h1 className="utrecht-heading-1">{t("catalogue.compare.heading")}</h1>
      {tooMany || missing > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning vvg-alert" role="status">
          {tooMany ? <p className="utrecht-paragraph">{t("catalogue.compare.tooMany", { max, requested })}</p> : null}
          {missing > 0 ? <p className="utrecht-paragraph">{tn("catalogue.compare.missing", missing)}</p> : null}
        </div>
      ) : null}

      {products.length < 2 ? (
        <>
          <p className="utrecht-paragraph">{t("catalogue.compare.needTwo", { max })}</p>
          {products.length === 1 ? (
            <p className="utrecht-paragraph">
              {t("catalogue.compare.onlyOne")} <Link to={`/aankopen/producten/${products[0]!.id}`}>{products[0]!.name}</Link>
            </p>
          ) : null}
          <p className="utrecht-paragraph">
            <Link to="/aankopen">{t("catalogue.compare.toSearch")}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {tn("catalogue.compare.summary", differing, { products: products.length })}{" "}
            {onlyDifferences ? (
              <Link to={compareHref(ids)}>{t("catalogue.compare.showAll")}</Link>
            ) : differing > 0 ? (
              <Link to={`${compareHref(ids)}&verschillen=1`}>{t("catalogue.compare.showDifferences")}</Link>
            ) : null}
          </p>
          <h2 className="utrecht-heading-2 vvg-visually-hidden" id="compare-heading">
            {t("catalogue.compare.tableHeading")}
          </h2>
          <TableRegion labelledBy="compare-heading">
            <table className="utrecht-table vvg-cat-table vvg-cat-compare-table">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <td className="utrecht-table__header-cell" />
                  {products.map((p) => (
                    <th scope="col" key={p.id} className="utrecht-table__header-cell">
                      <Link to={`/aankopen/producten/${p.id}`}>{p.name}</Link>
                      <span className="vvg-cat-sku">
                        {p.manufacturer} · <span className="vvg-cat-mono">{p.partNumber}</span>
                      </span>
                      <Link className="vvg-cat-remove" to={compareHref(ids.filter((id) => id !== p.id))}>
                        {t("catalogue.compare.remove")}
                        <span className="vvg-visually-hidden"> {p.name}</span>
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                <tr className="utrecht-table__row vvg-cat-price-row">
                  <th scope="row" className={cell}>
                    {t("catalogue.compare.bestPrice")}
                  </th>
                  {products.map((p) => (
                    <td key={p.id} className={`${cell} vvg-numeric`}>
                      {p.bestPriceCents === null ? (
                        t("catalogue.compare.noOffer")
                      ) : p.cheapest ? (
                        <>
                          <strong>{formatEuro(p.bestPriceCents / 100)}</strong>{" "}
                          <span className="vvg-cat-mark vvg-cat-mark--price">{t("catalogue.compare.cheapest")}</span>
                        </>
                      ) : (
                        formatEuro(p.bestPriceCents / 100)
                      )}
                    </td>
                  ))}
                </tr>
                <tr className="utrecht-table__row">
                  <th scope="row" className={cell}>
                    {t("catalogue.compare.bestLeadTime")}
                  </th>
                  {products.map((p) => (
                    <td key={p.id} className={cell}>
                      {p.bestLeadTimeDays === null ? (
                        t("catalogue.compare.noOffer")
                      ) : p.fastest ? (
                        <>
                          <strong>{tn("catalogue.workingDays", p.bestLeadTimeDays)}</strong>{" "}
                          <span className="vvg-cat-mark vvg-cat-mark--lead">{t("catalogue.compare.fastest")}</span>
                        </>
                      ) : (
                        tn("catalogue.workingDays", p.bestLeadTimeDays)
                      )}
                    </td>
                  ))}
                </tr>
                <tr className="utrecht-table__row">
                  <th scope="row" className={cell}>
                    {t("catalogue.compare.stock")}
                  </th>
                  {products.map((p) => (
                    <td key={p.id} className={cell}>
                      {p.inStock ? t("catalogue.stock.yes") : t("catalogue.stock.no")}
                      {" · "}
                      {tn("catalogue.result.offers", p.offerCount)}
                    </td>
                  ))}
                </tr>
                <tr className="utrecht-table__row">
                  <th scope="row" className={cell}>
                    {t("catalogue.category")}
                  </th>
                  {products.map((p) => (
                    <td key={p.id} className={cell}>
                      {categoryName(p.category)}
                    </td>
                  ))}
                </tr>
                {shown.map((row) => (
                  <tr key={row.key} className={`utrecht-table__row${row.differs ? " vvg-cat-differs" : ""}`}>
                    <th scope="row" className={cell}>
                      {spec.label(row)}
                      {row.differs ? <span className="vvg-cat-differs__mark"> {t("catalogue.compare.differs")}</span> : null}
                    </th>
                    {row.values.map((value, index) => (
                      <td key={ids[index]} className={cell}>
                        {row.differs && value !== null ? <strong>{spec.value(row, value)}</strong> : spec.value(row, value)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <p className="utrecht-paragraph">
            {t("catalogue.compare.share")}{" "}
            <Link to={compareHref(ids)} className="vvg-cat-mono">
              {compareHref(ids)}
            </Link>
          </p>
          <p className="utrecht-paragraph">
            <Link to="/aankopen">{t("catalogue.compare.toSearch")}</Link>
          </p>
        </>
      )}
    </>
  );
}
