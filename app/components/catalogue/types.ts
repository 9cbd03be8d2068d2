import type { compareProducts, productPage, searchCataloguePage } from "../../modules/procurement/index.server.ts";

/** What the search page's loader gives its components. */
export type SearchPageData = Awaited<ReturnType<typeof searchCataloguePage>>;
export type SearchPageItem = SearchPageData["result"]["items"][number];
export type SearchPageFacets = SearchPageData["result"]["facets"];
export type ProductPageData = NonNullable<Awaited<ReturnType<typeof productPage>>>;
export type CompareData = Awaited<ReturnType<typeof compareProducts>>;
