// /aankopen/producten/:id — a product: its specifications and every supplier's offer side by side,
// with the cheapest and the fastest offer marked in words. Public catalogue data.
import { data, Link } from "react-router";
import type { Route } from "./+types/product";
import { DataTable } from "../components/ui/data-table.tsx";
import { PostForm } from "../components/ui/form.tsx";
import { getActor } from "../auth.server.ts";
import { can } from "../modules/identity/index.server.ts";
import { searchHref, withCategory } from "../components/catalogue/search-url.ts";
import { useCategoryName, useSpecFormat } from "../components/catalogue/spec-value.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { productPage } from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "catalogue.product.title", breadcrumb: "catalogue.product.breadcrumb" };

export async function loader({ params, request }: Route.LoaderArgs) {
  // Public page: no actor needed. A malformed or unknown id is a 404.
  const product = await productPage(getRuntime().database.db, params.id);
  if (!product) throw data(null, { status: 404 });
  // Buyers (procurement.buy in their active organisation) get an "In winkelwagen" button per offer.
  const actor = await getActor(request);
  const canBuy = Boolean(actor?.activeOrganisationId && can(actor, actor.activeOrganisationId, "procurement.buy"));
  return { product, canBuy };
}

export default function Product({ loaderData }: Route.ComponentProps) {
  const { t, tn, formatEuro, formatNumber, formatDate } = useI18n();
  const spec = useSpecFormat();
  const categoryName = useCategoryName();
  const { product, canBuy } = loaderData;
  const inclVat = (cents: number, rate: number) => Math.round((cents * (100 + rate)) / 100) / 100;
  const { cheapestOffer, fastestOffer } = product;

  return (
    <>
      <p className="vvg-cat-back">
        <Link to={searchHref("", withCategory(product.category.slug))}>
          {t("catalogue.product.back", { category: categoryName(product.category) })}
        </Link>
      </p>
      <h1 className="utrecht-heading-1 vvg-cat-product-name">{product.name}</h1>
      <dl className="vvg-facts">
        <div className="vvg-facts__item">
          <dt>{t("catalogue.manufacturer")}</dt>
          <dd>{product.manufacturer}</dd>
        </div>
        <div className="vvg-facts__item">
          <dt>{t("catalogue.partNumber")}</dt>
          <dd className="vvg-cat-mono">{product.partNumber}</dd>
        </div>
        {product.gtin ? (
          <div className="vvg-facts__item">
            <dt>{t("catalogue.gtin")}</dt>
            <dd className="vvg-cat-mono">{product.gtin}</dd>
          </div>
        ) : null}
        <div className="vvg-facts__item">
          <dt>{t("catalogue.category")}</dt>
          <dd>{categoryName(product.category)}</dd>
        </div>
        {product.unspsc ? (
          <div className="vvg-facts__item">
            <dt>{t("catalogue.unspsc")}</dt>
            <dd className="vvg-cat-mono">{product.unspsc}</dd>
          </div>
        ) : null}
      </dl>

      {cheapestOffer ? (
        <div className="vvg-cat-best">
          <p>
            <strong>{t("catalogue.offer.bestPrice")}:</strong>{" "}
            {t("catalogue.product.bestPriceAt", {
              price: formatEuro(cheapestOffer.priceCents / 100),
              supplier: cheapestOffer.supplierName,
            })}
          </p>
          {fastestOffer ? (
            <p>
              <strong>{t("catalogue.offer.bestLeadTime")}:</strong>{" "}
              {tn("catalogue.product.fastestAt", fastestOffer.leadTimeDays, { supplier: fastestOffer.supplierName })}
            </p>
          ) : null}
        </div>
      ) : null}

      {product.images.length > 0 ? (
        <ul className="vvg-cat-images" aria-label={t("catalogue.product.images")}>
          {product.images.map((image, index) => (
            <li key={image.url}>
              <img
                src={image.url}
                alt={image.alt ?? t("catalogue.product.imageAlt", { name: product.name, number: index + 1 })}
                loading="lazy"
                referrerPolicy="no-referrer"
              />
            </li>
          ))}
        </ul>
      ) : null}

      {product.description ? (
        <section aria-labelledby="description-heading">
          <h2 className="utrecht-heading-2" id="description-heading">
            {t("catalogue.product.description")}
          </h2>
          {/* Text, never HTML: markup a supplier typed shows as it was typed. */}
          <p className="utrecht-paragraph vvg-cat-description">{product.description}</p>
        </section>
      ) : null}

      <section aria-labelledby="offers-heading">
        <h2 className="utrecht-heading-2" id="offers-heading">
          {tn("catalogue.product.offers", product.offers.length)}
        </h2>
        {canBuy ? (
          <p className="utrecht-paragraph">
            <Link to="/aankopen/winkelwagen">{t("ordering.cart.goTo")}</Link>
          </p>
        ) : null}
        {product.offers.length === 0 ? (
          <p className="utrecht-paragraph">{t("catalogue.product.noOffers")}</p>
        ) : (
          <DataTable
            labelledBy="offers-heading"
            className="vvg-cat-table vvg-cat-offers"
            columns={[
              t("catalogue.offer.supplier"),
              { label: t("catalogue.offer.priceExcl"), className: "vvg-numeric" },
              { label: t("catalogue.offer.priceIncl"), className: "vvg-numeric" },
              t("catalogue.offer.leadTime"),
              { label: t("catalogue.offer.stock"), className: "vvg-numeric" },
              { label: t("catalogue.offer.minQuantity"), className: "vvg-numeric" },
              t("catalogue.offer.framework"),
              t("catalogue.offer.marks"),
              ...(canBuy ? [{ label: t("ordering.cart.addColumn"), visuallyHidden: true }] : []),
            ]}
          >
            {product.offers.map((offer) => (
              <tr key={offer.id} className={`utrecht-table__row${offer.bestPrice ? " vvg-cat-best-row" : ""}`}>
                <th scope="row" className="utrecht-table__cell">
                  {offer.supplierName}
                  {offer.supplierSku ? (
                    <span className="vvg-cat-sku">
                      {t("catalogue.offer.sku")}: <span className="vvg-cat-mono">{offer.supplierSku}</span>
                    </span>
                  ) : null}
                </th>
                <td className="utrecht-table__cell vvg-numeric">
                  {offer.bestPrice ? <strong>{formatEuro(offer.priceCents / 100)}</strong> : formatEuro(offer.priceCents / 100)}
                </td>
                <td className="utrecht-table__cell vvg-numeric">
                  {formatEuro(inclVat(offer.priceCents, offer.vatRate))}{" "}
                  <span className="vvg-cat-vat">({t("catalogue.offer.vat", { rate: formatNumber(offer.vatRate) })})</span>
                </td>
                <td className="utrecht-table__cell">
                  {offer.bestLeadTime ? (
                    <strong>{tn("catalogue.workingDays", offer.leadTimeDays)}</strong>
                  ) : (
                    tn("catalogue.workingDays", offer.leadTimeDays)
                  )}
                </td>
                <td className="utrecht-table__cell vvg-numeric">
                  {offer.stock > 0 ? formatNumber(offer.stock) : t("catalogue.stock.none")}
                </td>
                <td className="utrecht-table__cell vvg-numeric">{formatNumber(offer.minQuantity)}</td>
                <td className="utrecht-table__cell">
                  {offer.framework ? (
                    <>
                      <Link to={`/raamovereenkomsten/${offer.framework.id}`}>{offer.framework.reference}</Link>
                      <br />
                      {t("catalogue.offer.lot", { number: offer.framework.lotNumber, title: offer.framework.lotTitle })}
                    </>
                  ) : (
                    t("catalogue.offer.noFramework")
                  )}
                  {offer.validTo ? (
                    <span className="vvg-cat-sku">{t("catalogue.offer.validTo", { date: formatDate(offer.validTo) })}</span>
                  ) : null}
                </td>
                <td className="utrecht-table__cell">
                  <ul className="vvg-cat-marks">
                    {offer.bestPrice ? (
                      <li className="vvg-cat-mark vvg-cat-mark--price">{t("catalogue.offer.bestPrice")}</li>
                    ) : null}
                    {offer.bestLeadTime ? (
                      <li className="vvg-cat-mark vvg-cat-mark--lead">{t("catalogue.offer.bestLeadTime")}</li>
                    ) : null}
                  </ul>
                </td>
                {canBuy ? (
                  <td className="utrecht-table__cell">
                    <PostForm action="/aankopen/winkelwagen" className="vvg-ord-add">
                      <input type="hidden" name="intent" value="add" />
                      <input type="hidden" name="offerId" value={offer.id} />
                      <input type="hidden" name="quantity" value={Math.max(1, offer.minQuantity)} />
                      <input type="hidden" name="returnTo" value={`/aankopen/producten/${product.id}`} />
                      <button
                        type="submit"
                        className="utrecht-button utrecht-button--secondary-action"
                        aria-label={t("ordering.cart.addFrom", { supplier: offer.supplierName })}
                      >
                        {t("ordering.cart.add")}
                      </button>
                    </PostForm>
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="specs-heading">
        <h2 className="utrecht-heading-2" id="specs-heading">
          {t("catalogue.product.specs")}
        </h2>
        {product.specs.length === 0 ? (
          <p className="utrecht-paragraph">{t("catalogue.product.noSpecs")}</p>
        ) : (
          <DataTable
            labelledBy="specs-heading"
            className="vvg-cat-table vvg-cat-specs"
            columns={[t("catalogue.spec.property"), t("catalogue.spec.value")]}
          >
            {product.specs.map((s) => (
              <tr key={s.key} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__cell">
                  {spec.label(s)}
                </th>
                <td className="utrecht-table__cell">{spec.value(s, s.value)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <p className="utrecht-paragraph">
        <a href={`/api/v1/products/${product.id}`}>{t("catalogue.product.json")}</a>
      </p>
    </>
  );
}
