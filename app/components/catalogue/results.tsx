import { useState } from "react";
import { Form, Link } from "react-router";
import { useI18n } from "../../i18n/use-i18n.ts";
import { searchHref, withCategory, withoutValue } from "./search-url.ts";
import { useCategoryName, useSpecFormat } from "./spec-value.tsx";
import type { SearchPageData, SearchPageItem } from "./types.ts";

export const COMPARE_FORM_ID = "vergelijken";
const COMPARE_MAX = 4;

type Chip = { key: string; label: string; href: string };

/** The filters in force, each with a link that removes it. */
export function useActiveFilters(data: SearchPageData, search: string): Chip[] {
  const { t, tn, formatEuro } = useI18n();
  const categoryName = useCategoryName();
  const spec = useSpecFormat();
  const { query, result } = data;
  const chips: Chip[] = [];
  if (query.category) {
    chips.push({
      key: "category",
      label: result.category ? categoryName(result.category) : query.category,
      href: searchHref(search, withCategory(null)),
    });
  }
  for (const brand of query.brands) {
    chips.push({ key: `brand-${brand}`, label: brand, href: searchHref(search, withoutValue("merk", brand)) });
  }
  if (query.priceMin !== undefined || query.priceMax !== undefined) {
    const label =
      query.priceMin === undefined
        ? t("catalogue.price.upTo", { max: formatEuro(query.priceMax!) })
        : query.priceMax === undefined
          ? t("catalogue.price.from", { min: formatEuro(query.priceMin) })
          : t("catalogue.price.between", { min: formatEuro(query.priceMin), max: formatEuro(query.priceMax) });
    chips.push({
      key: "price",
      label,
      href: searchHref(search, (p) => {
        p.delete("prijs");
        p.delete("prijsMin");
        p.delete("prijsMax");
      }),
    });
  }
  if (query.maxLeadTime !== undefined) {
    chips.push({
      key: "lead",
      label: tn("catalogue.leadTime.within", query.maxLeadTime),
      href: searchHref(search, (p) => p.delete("levertijd")),
    });
  }
  if (query.inStock) {
    chips.push({ key: "stock", label: t("catalogue.facet.inStock"), href: searchHref(search, (p) => p.delete("opVoorraad")) });
  }
  for (const [key, filter] of Object.entries(query.specs)) {
    const facet = result.facets.specs.find((f) => f.key === key);
    const name = facet ? spec.label(facet) : key;
    const values = typeof filter === "object" && !Array.isArray(filter) ? null : Array.isArray(filter) ? filter : [filter];
    if (values === null) {
      const range = filter as { min?: number; max?: number };
      chips.push({
        key: `spec-${key}`,
        label: `${name}: ${range.min ?? ""}–${range.max ?? ""}`,
        href: searchHref(search, (p) => p.delete(`spec.${key}`)),
      });
      continue;
    }
    for (const value of values) {
      const shown = facet
        ? spec.value(facet, facet.type === "boolean" ? value === "true" || value === true : value)
        : String(value);
      chips.push({
        key: `spec-${key}-${String(value)}`,
        label: `${name}: ${shown}`,
        href: searchHref(search, withoutValue(`spec.${key}`, String(value))),
      });
    }
  }
  return chips;
}

export function ActiveFilters({ chips, search }: { chips: Chip[]; search: string }) {
  const { t } = useI18n();
  if (chips.length === 0) return null;
  const q = new URLSearchParams(search).get("q");
  return (
    <div className="vvg-cat-active">
      <h3 className="utrecht-heading-3 vvg-visually-hidden" id="active-heading">
        {t("catalogue.active.heading")}
      </h3>
      <ul className="vvg-cat-chips" aria-labelledby="active-heading">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link to={chip.href} className="vvg-cat-chip">
              <span className="vvg-visually-hidden">{t("catalogue.active.remove")} </span>
              {chip.label}
              <span aria-hidden="true"> ×</span>
            </Link>
          </li>
        ))}
        {chips.length > 1 ? (
          <li>
            <Link to={q ? `/aankopen?${new URLSearchParams({ q })}` : "/aankopen"}>{t("catalogue.active.clear")}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

type CardTools = {
  t: ReturnType<typeof useI18n>["t"];
  tn: ReturnType<typeof useI18n>["tn"];
  formatEuro: ReturnType<typeof useI18n>["formatEuro"];
  spec: ReturnType<typeof useSpecFormat>;
  categoryName: (slug: string) => string;
  labels: SearchPageData["specLabels"];
};

/**
 * One search result: what a buyer compares at a glance, and a checkbox to compare it. Plain
 * markup from a function rather than a component per card: the page renders 24 of them, and the
 * translator and formats are looked up once for the list.
 */
function resultCard(
  item: SearchPageItem,
  index: number,
  { t, tn, formatEuro, spec, categoryName, labels }: CardTools,
  chosen: boolean,
  full: boolean,
  onToggle: (id: string, on: boolean) => void,
) {
  const headingId = `p-${index}`;
  const boxId = `cmp-${index}`;
  const specLabels = labels[item.category] ?? {};
  return (
    <li className="vvg-cat-result" key={item.id}>
      <article aria-labelledby={headingId}>
        <h3 className="utrecht-heading-3 vvg-cat-result__name" id={headingId}>
          <Link to={`/aankopen/producten/${item.id}`}>{item.name}</Link>
        </h3>
        <p className="vvg-cat-result__maker">
          {`${item.manufacturer} · `}
          <span className="vvg-visually-hidden">{`${t("catalogue.partNumber")} `}</span>
          <span className="vvg-cat-mono">{item.partNumber}</span>
          {` · ${categoryName(item.category)}`}
        </p>
        {item.keySpecs.length > 0 ? (
          <dl className="vvg-cat-keyspecs">
            {item.keySpecs.map((s) => {
              const label = specLabels[s.key];
              return (
                <div key={s.key}>
                  <dt>{label ? spec.label(label) : s.key}</dt>
                  <dd>{label ? spec.value(label, s.value) : String(s.value)}</dd>
                </div>
              );
            })}
          </dl>
        ) : null}
        <div className="vvg-cat-result__offer">
          <p className="vvg-cat-price">
            <span className="vvg-cat-price__label">{`${t("catalogue.result.from")} `}</span>
            <strong>{formatEuro(item.bestPriceCents / 100)}</strong>{" "}
            <span className="vvg-cat-price__vat">{t("catalogue.exclVat")}</span>
          </p>
          <p>{tn("catalogue.result.leadTime", item.bestLeadTimeDays)}</p>
          <p className={item.inStock ? "vvg-cat-stock vvg-cat-stock--yes" : "vvg-cat-stock"}>
            {item.inStock ? t("catalogue.stock.yes") : t("catalogue.stock.no")}
          </p>
          <p>{tn("catalogue.result.offers", item.offerCount)}</p>
        </div>
        <div className="vvg-checkbox vvg-cat-compare">
          <input
            className="utrecht-checkbox utrecht-checkbox--html-input"
            type="checkbox"
            id={boxId}
            name="ids"
            value={item.id}
            form={COMPARE_FORM_ID}
            checked={chosen}
            disabled={!chosen && full}
            aria-describedby="compare-hint"
            onChange={(event) => onToggle(item.id, event.currentTarget.checked)}
          />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={boxId}>
            {t("catalogue.compare.choose")}
            <span className="vvg-visually-hidden">{` ${item.name}`}</span>
          </label>
        </div>
      </article>
    </li>
  );
}

/** The results with their compare checkboxes and the form that opens the comparison. */
export function ResultList({ data }: { data: SearchPageData }) {
  const { t, tn, formatEuro } = useI18n();
  const spec = useSpecFormat();
  const name = useCategoryName();
  const [chosen, setChosen] = useState<string[]>([]);
  const full = chosen.length >= COMPARE_MAX;
  const toggle = (id: string, on: boolean) =>
    setChosen((now) => (on ? [...now.filter((x) => x !== id), id] : now.filter((x) => x !== id)));
  const categories = new Map(data.categories.map((c) => [c.slug, c]));
  const categoryName = (slug: string) => {
    const category = categories.get(slug);
    return category ? name(category) : slug;
  };
  const tools: CardTools = { t, tn, formatEuro, spec, categoryName, labels: data.specLabels };
  return (
    <>
      <ol className="vvg-cat-results">
        {data.result.items.map((item, index) => resultCard(item, index, tools, chosen.includes(item.id), full, toggle))}
      </ol>
      <Form method="get" action="/aankopen/vergelijken" id={COMPARE_FORM_ID} className="vvg-cat-compare-form">
        <p className="utrecht-paragraph" id="compare-hint">
          {t("catalogue.compare.hint")}{" "}
          <span aria-live="polite">{chosen.length > 0 ? tn("catalogue.compare.chosen", chosen.length) : ""}</span>
        </p>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t("catalogue.compare.submit")}
        </button>
      </Form>
    </>
  );
}

/** When nothing matches: what to change, and the categories to browse. */
export function NoResults({ data, chips, search }: { data: SearchPageData; chips: Chip[]; search: string }) {
  const { t } = useI18n();
  const categoryName = useCategoryName();
  return (
    <div className="vvg-cat-empty">
      <p className="utrecht-paragraph">
        {data.query.q ? t("catalogue.empty.forQuery", { q: data.query.q }) : t("catalogue.empty.plain")}
      </p>
      {chips.length > 0 ? (
        <>
          <p className="utrecht-paragraph">{t("catalogue.empty.removeFilters")}</p>
          <ActiveFilters chips={chips} search={search} />
        </>
      ) : null}
      <h3 className="utrecht-heading-3">{t("catalogue.empty.tipsHeading")}</h3>
      <ul className="utrecht-unordered-list">
        <li>{t("catalogue.empty.tipSpelling")}</li>
        <li>{t("catalogue.empty.tipGeneral")}</li>
        <li>{t("catalogue.empty.tipPartNumber")}</li>
      </ul>
      <h3 className="utrecht-heading-3" id="empty-categories">
        {t("catalogue.empty.categories")}
      </h3>
      <ul className="vvg-cat-category-grid" aria-labelledby="empty-categories">
        {data.categories.map((c) => (
          <li key={c.slug}>
            <Link to={searchHref("", withCategory(c.slug))}>{categoryName(c)}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
