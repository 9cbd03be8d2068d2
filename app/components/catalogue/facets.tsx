import { Link } from "react-router";
import { useI18n } from "../../i18n/use-i18n.ts";
import { FacetCheckbox, FacetRadios } from "./facet-inputs.tsx";
import { searchHref, withCategory } from "./search-url.ts";
import { useCategoryName, useSpecFormat } from "./spec-value.tsx";
import type { SearchPageData } from "./types.ts";

/** Brands shown before "more brands". */
const BRANDS_SHOWN = 8;

/**
 * The filters of the search, each with how many products it would show: categories as links
 * (choosing one brings its specification filters), the others as checkboxes and radio buttons of
 * the search form. Without JavaScript the "apply filters" button sends the form.
 */
export function Facets({ data, search }: { data: SearchPageData; search: string }) {
  const { t, formatEuro, formatNumber, tn } = useI18n();
  const categoryName = useCategoryName();
  const spec = useSpecFormat();
  const { facets, category } = data.result;
  // Text as one string per node: no React text separators in the HTML.
  const count = (n: number) => <span className="vvg-cat-count">{`(${formatNumber(n)})`}</span>;
  const brandsFirst = facets.brands.filter((b, i) => i < BRANDS_SHOWN || b.selected);
  const brandsMore = facets.brands.filter((b, i) => i >= BRANDS_SHOWN && !b.selected);
  const selectedBand = facets.priceBands.find((band) => band.selected)?.value ?? "";
  const selectedLead = facets.leadTimes.find((lead) => lead.selected)?.value;
  const bandLabel = (band: { min: number | null; max: number | null }) =>
    band.min === null
      ? t("catalogue.price.below", { max: formatEuro(band.max! / 100) })
      : band.max === null
        ? t("catalogue.price.from", { min: formatEuro(band.min / 100) })
        : t("catalogue.price.between", { min: formatEuro(band.min / 100), max: formatEuro(band.max / 100) });

  return (
    <div className="vvg-cat-facets">
      <h2 className="utrecht-heading-2 vvg-cat-facets__heading" id="filters-heading">
        {t("catalogue.filters.heading")}
      </h2>
      <p className="vvg-cat-skip">
        <a href="#resultaten">{tn("catalogue.filters.toResults", data.result.total)}</a>
      </p>

      <nav className="vvg-cat-facet" aria-labelledby="facet-category">
        <h3 className="utrecht-heading-3 vvg-cat-facet__title" id="facet-category">
          {t("catalogue.facet.category")}
        </h3>
        <ul className="vvg-cat-links">
          {category ? (
            <li>
              <Link to={searchHref(search, withCategory(null))}>{t("catalogue.facet.allCategories")}</Link>
            </li>
          ) : null}
          {facets.categories.map((c) => (
            <li key={c.value}>
              {c.selected ? (
                <span aria-current="true" className="vvg-cat-links__current">
                  {`${categoryName(c)} `}
                  {count(c.count)}
                </span>
              ) : (
                <Link to={searchHref(search, withCategory(c.value))}>
                  {`${categoryName(c)} `}
                  {count(c.count)}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>

      {facets.brands.length > 0 ? (
        <fieldset className="vvg-cat-facet">
          <legend className="vvg-cat-facet__title">{t("catalogue.facet.brand")}</legend>
          {brandsFirst.map((b, i) => (
            <FacetCheckbox key={b.value} id={`f-merk-${i}`} name="merk" value={b.value} selected={b.selected}>
              {`${b.value} `}
              {count(b.count)}
            </FacetCheckbox>
          ))}
          {brandsMore.length > 0 ? (
            <details className="vvg-details vvg-cat-more">
              <summary>{tn("catalogue.facet.moreBrands", brandsMore.length)}</summary>
              {brandsMore.map((b, i) => (
                <FacetCheckbox key={b.value} id={`f-merk-meer-${i}`} name="merk" value={b.value} selected={b.selected}>
                  {`${b.value} `}
                  {count(b.count)}
                </FacetCheckbox>
              ))}
            </details>
          ) : null}
        </fieldset>
      ) : null}

      <fieldset className="vvg-cat-facet">
        <legend className="vvg-cat-facet__title">{t("catalogue.facet.price")}</legend>
        <FacetRadios
          idPrefix="f-prijs"
          name="prijs"
          selected={selectedBand}
          options={[
            { value: "", label: t("catalogue.price.any") },
            ...facets.priceBands.map((band) => ({
              value: band.value,
              label: (
                <>
                  {`${bandLabel(band)} `}
                  {count(band.count)}
                </>
              ),
            })),
          ]}
        />
      </fieldset>

      <fieldset className="vvg-cat-facet">
        <legend className="vvg-cat-facet__title">{t("catalogue.facet.leadTime")}</legend>
        <FacetRadios
          idPrefix="f-levertijd"
          name="levertijd"
          selected={selectedLead === undefined ? "" : String(selectedLead)}
          options={[
            { value: "", label: t("catalogue.leadTime.any") },
            ...facets.leadTimes.map((lead) => ({
              value: String(lead.value),
              label: (
                <>
                  {`${tn("catalogue.leadTime.within", lead.value)} `}
                  {count(lead.count)}
                </>
              ),
            })),
          ]}
        />
      </fieldset>

      <fieldset className="vvg-cat-facet">
        <legend className="vvg-cat-facet__title">{t("catalogue.facet.stock")}</legend>
        <FacetCheckbox id="f-voorraad" name="opVoorraad" value="1" selected={facets.inStock.selected}>
          {`${t("catalogue.facet.inStock")} `}
          {count(facets.inStock.count)}
        </FacetCheckbox>
      </fieldset>

      {facets.specs.map((facet) => (
        <fieldset className="vvg-cat-facet" key={facet.key}>
          <legend className="vvg-cat-facet__title">{spec.label(facet)}</legend>
          {facet.values.map((v, i) => (
            <FacetCheckbox
              key={String(v.value)}
              id={`f-spec-${facet.key}-${i}`}
              name={`spec.${facet.key}`}
              value={String(v.value)}
              selected={v.selected}
            >
              {`${spec.value(facet, v.value)} `}
              {count(v.count)}
            </FacetCheckbox>
          ))}
        </fieldset>
      ))}

      <div className="vvg-actions vvg-cat-apply">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("catalogue.filters.apply")}
        </button>
      </div>
    </div>
  );
}
