// Public API v1 of the catalogue: GET /api/v1/products, /api/v1/products/{id} and
// /api/v1/frameworks, their parameter checks (a bad parameter is a 400 with a message, as in the
// organisations API) and their part of the OpenAPI document. The response schemas below generate
// the OpenAPI components, and the tests parse real answers with them.
import { z } from "zod";
import type { Db } from "../../db/client.server.ts";
import {
  type ApiResult,
  apiError,
  emptyToUndefined,
  integerParam,
  type OpenApiPart,
  openApiSchemas,
} from "../identity/index.server.ts";
import { getProduct } from "./catalogue.server.ts";
import { listFrameworks } from "./frameworks.server.ts";
import { searchProducts } from "./search.server.ts";
import {
  LEAD_TIME_BANDS,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  MAX_QUERY_LENGTH,
  ORDER_METHODS,
  PRICE_BANDS,
  SEARCH_SORTS,
  SPEC_KEY_PATTERN,
  type SearchQueryInput,
  searchQueryFromParams,
} from "./shared.ts";

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

const euroParam = (name: string) => {
  const message = `"${name}" must be an amount in euro of at least 0, such as 250 or 499.99.`;
  return z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{1,9}(\.\d{1,2})?$/, message)
      .transform(Number)
      .optional(),
  );
};

/** Query parameters of GET /api/v1/products (besides the repeatable `brand` and `spec.<key>`). */
export const ProductListParams = z
  .object({
    q: z.preprocess(
      emptyToUndefined,
      z.string().trim().max(MAX_QUERY_LENGTH, `"q" must be at most ${MAX_QUERY_LENGTH} characters long.`).optional(),
    ),
    category: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]{1,60}$/, `"category" must be a category slug such as laptop (lower-case letters, digits, dashes).`)
        .optional(),
    ),
    brand: z
      .array(z.string().trim().min(1, `"brand" must not be empty.`).max(100, `"brand" must be at most 100 characters long.`))
      .max(50, `At most 50 "brand" parameters.`),
    priceMin: euroParam("priceMin"),
    priceMax: euroParam("priceMax"),
    maxLeadTime: integerParam("maxLeadTime", 0, 365),
    inStock: z.preprocess(
      emptyToUndefined,
      z
        .enum(["true", "false", "1", "0"], { error: `"inStock" must be true or false.` })
        .transform((value) => value === "true" || value === "1")
        .optional(),
    ),
    sort: z.preprocess(
      emptyToUndefined,
      z.enum(SEARCH_SORTS, { error: `"sort" must be one of: ${SEARCH_SORTS.join(", ")}.` }).optional(),
    ),
    page: integerParam("page", 1, MAX_PAGE),
    pageSize: integerParam("pageSize", 1, MAX_PAGE_SIZE),
  })
  .refine((p) => p.priceMin === undefined || p.priceMax === undefined || p.priceMin <= p.priceMax, {
    message: `"priceMin" must not be above "priceMax".`,
    path: ["priceMin"],
  });

type ApiFailure = Extract<ApiResult<unknown>, { ok: false }>;

/** Reads the query parameters of GET /api/v1/products into a search, or a 400 answer. */
export function parseProductListParams(params: URLSearchParams): { ok: true; query: SearchQueryInput } | ApiFailure {
  const raw: Record<string, unknown> = { brand: params.getAll("brand") };
  for (const key of ["q", "category", "priceMin", "priceMax", "maxLeadTime", "inStock", "sort", "page", "pageSize"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = ProductListParams.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return apiError(400, "invalid_parameter", issue.message, String(issue.path[0] ?? ""));
  }
  // Specification filters: spec.<key>=value (repeat for several values) or spec.<key>=min-max.
  const specParams = new URLSearchParams();
  let specCount = 0;
  for (const [name, value] of params) {
    if (!name.startsWith("spec.")) continue;
    const key = name.slice(5);
    if (!SPEC_KEY_PATTERN.test(key)) {
      return apiError(400, "invalid_parameter", `"${name}" is not a specification: use spec.<key>, such as spec.ram_gb.`, name);
    }
    if (value.trim() === "" || value.length > 100) {
      return apiError(
        400,
        "invalid_parameter",
        `"${name}" must be a value of 1 to 100 characters, or a range such as 8-16.`,
        name,
      );
    }
    specParams.append(name, value);
    specCount++;
  }
  if (specCount > 0 && !parsed.data.category) {
    return apiError(400, "invalid_parameter", `Specification filters (spec.<key>) need a "category".`, "category");
  }
  const specs = searchQueryFromParams(specParams).specs;
  if (Object.keys(specs).length > 20) {
    return apiError(400, "invalid_parameter", "At most 20 different specifications can be filtered on.", "spec");
  }
  const p = parsed.data;
  return {
    ok: true,
    query: {
      q: p.q ?? "",
      category: p.category,
      brands: p.brand,
      priceMin: p.priceMin,
      priceMax: p.priceMax,
      maxLeadTime: p.maxLeadTime,
      inStock: p.inStock ?? false,
      specs,
      sort: p.sort ?? "relevance",
      page: p.page ?? 1,
      pageSize: p.pageSize ?? 24,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Response schemas
// ---------------------------------------------------------------------------------------------

const apiSchemas = z.registry<{ id: string; description?: string }>();

const SpecValue = z.union([z.string(), z.number(), z.boolean()]);
const CategoryRef = z
  .object({ slug: z.string(), nameNl: z.string(), nameEn: z.string() })
  .describe("A product category with its Dutch and English name.");
apiSchemas.add(CategoryRef, { id: "ProductCategory" });

export const ApiProductSummary = z
  .object({
    id: z.string().describe("Identifier of the product (UUID)."),
    name: z.string(),
    manufacturer: z.string(),
    partNumber: z.string().describe("Manufacturer part number."),
    gtin: z.string().nullable().describe("GTIN/EAN, check digit verified."),
    category: CategoryRef,
    specs: z.record(z.string(), SpecValue).describe("Specifications by attribute key (see the facets for labels and units)."),
    bestPriceCents: z.int().describe("Lowest price of a valid offer, in euro cents excluding VAT."),
    bestLeadTimeDays: z.int().describe("Shortest lead time of a valid offer, in working days."),
    inStock: z.boolean().describe("At least one supplier has it in stock."),
    offerCount: z.int().min(1).describe("Number of suppliers offering it today."),
  })
  .describe("A product found by the search, with its best offer.");
apiSchemas.add(ApiProductSummary, { id: "ProductSummary" });

const facetValue = <T extends z.ZodType>(value: T) => z.object({ value, count: z.int().min(0), selected: z.boolean() });
export const ApiProductFacets = z
  .object({
    categories: z.array(facetValue(z.string()).extend({ nameNl: z.string(), nameEn: z.string() })),
    brands: z.array(facetValue(z.string())),
    priceBands: z
      .array(facetValue(z.string()).extend({ min: z.int().nullable(), max: z.int().nullable() }))
      .describe("Price bands in euro cents excluding VAT: from min (inclusive) to max, open where null."),
    leadTimes: z.array(facetValue(z.int())).describe("Products deliverable within this many working days (cumulative)."),
    inStock: z.object({ count: z.int().min(0), selected: z.boolean() }),
    specs: z
      .array(
        z.object({
          key: z.string(),
          labelNl: z.string(),
          labelEn: z.string(),
          type: z.enum(["number", "text", "boolean", "enum"]),
          unit: z.string().nullable(),
          values: z.array(facetValue(SpecValue)),
        }),
      )
      .describe("Counts per specification attribute of the chosen category (empty without a category)."),
  })
  .describe("Counts of matching products per filter value. A facet's counts ignore its own filter and apply all the others.");
apiSchemas.add(ApiProductFacets, { id: "ProductFacets" });

export const ApiProductList = z
  .object({
    items: z.array(ApiProductSummary),
    total: z.int().min(0).describe("Number of products that match, over all pages."),
    page: z.int().min(1),
    pageSize: z.int().min(1).max(MAX_PAGE_SIZE),
    facets: ApiProductFacets,
  })
  .describe("One page of products with the facet counts of the whole search.");
apiSchemas.add(ApiProductList, { id: "ProductList" });

export const ApiOffer = z
  .object({
    id: z.string(),
    supplier: z.object({ id: z.string(), name: z.string() }),
    priceCents: z.int().describe("Euro cents excluding VAT."),
    priceInclVatCents: z.int().describe("Euro cents including VAT (rounded)."),
    vatRate: z.number().describe("VAT rate in percent."),
    stock: z.int().min(0),
    leadTimeDays: z.int().min(0).describe("Working days."),
    minQuantity: z.int().min(1),
    validFrom: z.string().describe("ISO date."),
    validTo: z.string().nullable().describe("ISO date, or null when open-ended."),
    framework: z
      .object({ id: z.string(), reference: z.string(), title: z.string(), lotNumber: z.int(), lotTitle: z.string() })
      .nullable()
      .describe("The framework agreement lot the offer is made under, if any."),
    bestPrice: z.boolean().describe("The lowest price of the product's offers."),
    bestLeadTime: z.boolean().describe("The shortest lead time of the product's offers."),
  })
  .describe("A supplier's offer for a product, valid today.");
apiSchemas.add(ApiOffer, { id: "Offer" });

export const ApiProductDetail = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string().describe("Plain text (any markup in it is text, not HTML)."),
    manufacturer: z.string(),
    partNumber: z.string(),
    gtin: z.string().nullable(),
    unspsc: z.string().nullable(),
    category: CategoryRef,
    specs: z.array(
      z.object({
        key: z.string(),
        labelNl: z.string(),
        labelEn: z.string(),
        unit: z.string().nullable(),
        value: SpecValue,
      }),
    ),
    offers: z.array(ApiOffer).describe("Offers valid today, cheapest first."),
  })
  .describe("A product with its specifications and every offer.");
apiSchemas.add(ApiProductDetail, { id: "ProductDetail" });

export const ApiFramework = z
  .object({
    id: z.string(),
    reference: z.string(),
    title: z.string(),
    centralPurchasingBody: z.string(),
    startsOn: z.string().describe("ISO date."),
    endsOn: z.string().describe("ISO date (at most four years after the start)."),
    maxValueCents: z.number().describe("Maximum value in euro cents excluding VAT."),
    usedValueCents: z.number().describe("Value ordered so far in euro cents excluding VAT."),
    orderMethod: z
      .enum(ORDER_METHODS)
      .describe("direct: order directly; reopening: reopen competition among the lot's suppliers."),
    lots: z.int().min(0),
    suppliers: z.int().min(0),
    members: z.int().min(0).describe("Organisations that decided to join."),
  })
  .describe("A framework agreement (raamovereenkomst) in the public register.");
apiSchemas.add(ApiFramework, { id: "Framework" });

export const ApiFrameworkList = z.object({ items: z.array(ApiFramework) }).describe("The register, newest first.");
apiSchemas.add(ApiFrameworkList, { id: "FrameworkList" });

// ---------------------------------------------------------------------------------------------
// Endpoints
// ---------------------------------------------------------------------------------------------

/** GET /api/v1/products: search with filters, facet counts and paging. */
export async function apiSearchProducts(db: Db, params: URLSearchParams): Promise<ApiResult<z.infer<typeof ApiProductList>>> {
  const parsed = parseProductListParams(params);
  if (!parsed.ok) return parsed;
  const result = await searchProducts(db, parsed.query);
  return {
    ok: true,
    body: {
      items: result.items.map((item) => ({
        id: item.id,
        name: item.name,
        manufacturer: item.manufacturer,
        partNumber: item.partNumber,
        gtin: item.gtin,
        category: item.category,
        specs: item.specs,
        bestPriceCents: item.bestPriceCents,
        bestLeadTimeDays: item.bestLeadTimeDays,
        inStock: item.inStock,
        offerCount: item.offerCount,
      })),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      facets: result.facets,
    },
  };
}

/** GET /api/v1/products/{id}: a product with its specifications and offers. */
export async function apiGetProduct(db: Db, id: string): Promise<ApiResult<z.infer<typeof ApiProductDetail>>> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    return apiError(400, "invalid_parameter", `"id" must be a product identifier (UUID).`, "id");
  }
  const product = await getProduct(db, id);
  if (!product) return apiError(404, "not_found", `No product has id ${id}.`, "id");
  const specs = product.specs as Record<string, string | number | boolean>;
  return {
    ok: true,
    body: {
      id: product.id,
      name: product.name,
      description: product.description,
      manufacturer: product.manufacturer,
      partNumber: product.partNumber,
      gtin: product.gtin,
      unspsc: product.unspsc,
      category: { slug: product.category.slug, nameNl: product.category.nameNl, nameEn: product.category.nameEn },
      specs: product.attributes
        .filter((a) => specs[a.key] !== undefined && specs[a.key] !== null)
        .map((a) => ({ key: a.key, labelNl: a.labelNl, labelEn: a.labelEn, unit: a.unit, value: specs[a.key]! })),
      offers: product.offers.map((o) => ({
        id: o.id,
        supplier: { id: o.supplierId, name: o.supplierName },
        priceCents: o.priceCents,
        priceInclVatCents: Math.round((o.priceCents * (100 + o.vatRate)) / 100),
        vatRate: o.vatRate,
        stock: o.stock,
        leadTimeDays: o.leadTimeDays,
        minQuantity: o.minQuantity,
        validFrom: o.validFrom,
        validTo: o.validTo,
        framework: o.framework,
        bestPrice: o.bestPrice,
        bestLeadTime: o.bestLeadTime,
      })),
    },
  };
}

/** GET /api/v1/frameworks: the public register of framework agreements. */
export async function apiListFrameworks(db: Db): Promise<ApiResult<z.infer<typeof ApiFrameworkList>>> {
  const frameworks = await listFrameworks(db);
  return {
    ok: true,
    body: {
      items: frameworks.map((f) => ({
        id: f.id,
        reference: f.reference,
        title: f.title,
        centralPurchasingBody: f.centralPurchasingBody,
        startsOn: f.startsOn,
        endsOn: f.endsOn,
        maxValueCents: f.maxValueCents,
        usedValueCents: f.usedValueCents,
        orderMethod: f.orderMethod,
        lots: f.lots,
        suppliers: f.suppliers,
        members: f.members,
      })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// OpenAPI
// ---------------------------------------------------------------------------------------------

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (description: string, schema: string) => ({ description, content: { "application/json": { schema: ref(schema) } } });
const CACHE_HEADER = {
  "Cache-Control": {
    description: "Answers may be cached for a minute.",
    schema: { type: "string", example: "public, max-age=60" },
  },
};
const query = (name: string, description: string, schema: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
  ...extra,
});

/** The catalogue's part of the public API document (the `Error` schema is the organisations part's). */
export const procurementApiPart: OpenApiPart = {
  tags: [
    { name: "products", description: "Buy IT Public: the IT-hardware catalogue of approved suppliers." },
    { name: "frameworks", description: "The register of framework agreements (raamovereenkomsten)." },
  ],
  schemas: openApiSchemas(apiSchemas),
  paths: {
    "/api/v1/products": {
      get: {
        operationId: "searchProducts",
        tags: ["products"],
        summary: "Search products",
        description:
          "Dutch full-text search (plurals, compounds and typos tolerated) with filters, facet counts per attribute and paging. Only products with an offer valid today are found. Prices are in euro cents excluding VAT in answers and in euro in the priceMin/priceMax parameters.",
        parameters: [
          query("q", "Search words, such as `laptop 16gb` or `beeldschermen`.", { type: "string", maxLength: MAX_QUERY_LENGTH }),
          query("category", "Category slug, such as laptop, monitor, docking-station.", {
            type: "string",
            pattern: "^[a-z0-9-]{1,60}$",
          }),
          query(
            "brand",
            "Manufacturer; repeat the parameter for several (any of them).",
            { type: "array", items: { type: "string", maxLength: 100 }, maxItems: 50 },
            { style: "form", explode: true },
          ),
          query("priceMin", "Lowest best price in euro excluding VAT.", { type: "number", minimum: 0 }),
          query("priceMax", "Highest best price in euro excluding VAT.", { type: "number", minimum: 0 }),
          query("maxLeadTime", `Deliverable within this many working days (facet bands: ${LEAD_TIME_BANDS.join(", ")}).`, {
            type: "integer",
            minimum: 0,
            maximum: 365,
          }),
          query("inStock", "Only products a supplier has in stock.", { type: "boolean", default: false }),
          query("sort", "Order of the results.", { type: "string", enum: [...SEARCH_SORTS], default: "relevance" }),
          query("page", "Page number.", { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 }),
          query("pageSize", "Products per page.", { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: 24 }),
          {
            name: "spec.{key}",
            in: "query",
            required: false,
            description:
              "A specification filter of the chosen category, such as `spec.ram_gb=16`; repeat for several values, or give a range of numbers: `spec.ram_gb=16-32`, `16-`, `-16`. Needs `category`.",
            schema: { type: "string", maxLength: 100 },
          },
        ],
        responses: {
          "200": { ...json("One page of products with facet counts.", "ProductList"), headers: CACHE_HEADER },
          "400": json(
            `A parameter is invalid (not a number, priceMin above priceMax, unknown sort, pageSize above ${MAX_PAGE_SIZE}, page above ${MAX_PAGE}, …).`,
            "Error",
          ),
        },
        "x-price-bands": PRICE_BANDS.map((band) => ({ key: band.key, minCents: band.min, maxCents: band.max })),
      },
    },
    "/api/v1/products/{id}": {
      get: {
        operationId: "getProduct",
        tags: ["products"],
        summary: "One product with its offers",
        description:
          "Specifications (labelled, with units) and every offer valid today, cheapest first; the cheapest and the fastest are marked.",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": { ...json("The product.", "ProductDetail"), headers: CACHE_HEADER },
          "400": json("The id is not a UUID.", "Error"),
          "404": json("No product has this id.", "Error"),
        },
      },
    },
    "/api/v1/frameworks": {
      get: {
        operationId: "listFrameworks",
        tags: ["frameworks"],
        summary: "The register of framework agreements",
        description: "Every framework agreement local governments may use, with its usage against the maximum value.",
        responses: { "200": { ...json("The register.", "FrameworkList"), headers: CACHE_HEADER } },
      },
    },
  },
};
