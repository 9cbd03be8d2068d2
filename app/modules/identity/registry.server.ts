// The public face of the registry of organisations: the pages' queries (browse, facts of one
// organisation) and the public API v1 (/api/v1/organisations…) with its OpenAPI 3.1 document.
// API messages are in English (developers' lingua franca); pages use message keys.
import { and, asc, eq, ne, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.server.ts";
import {
  findByNisCode,
  getOrganisation,
  listOrganisations,
  neighboursOf,
  countOrganisations,
  organisationMatches,
  organisationsPage,
} from "./organisations.server.ts";
import { nisAliases, organisations } from "./schema.ts";
import { FLEMISH_PROVINCES, ORGANISATION_TYPES, type OrganisationType } from "./types.ts";

export const REGISTRY_PAGE_SIZE = 25;
export const MAX_QUERY_LENGTH = 100;

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

export type RegistryFilter = { q?: string; type?: OrganisationType; province?: string; page?: number };

/**
 * Reads the registry page's GET filter leniently: unknown types, provinces and page numbers
 * are dropped (a hand-edited address still shows a page, never an error).
 */
export function registryFilterFrom(params: URLSearchParams): Required<Pick<RegistryFilter, "page">> & RegistryFilter {
  const q = (params.get("q") ?? "").trim().slice(0, MAX_QUERY_LENGTH) || undefined;
  const typeParam = params.get("type") ?? "";
  const type = (ORGANISATION_TYPES as readonly string[]).includes(typeParam) ? (typeParam as OrganisationType) : undefined;
  const provinceParam = params.get("province") ?? "";
  const province = (FLEMISH_PROVINCES as readonly string[]).includes(provinceParam) ? provinceParam : undefined;
  const pageParam = params.get("page") ?? "";
  const page = /^\d{1,6}$/.test(pageParam) && Number(pageParam) >= 1 ? Number(pageParam) : 1;
  return { q, type, province, page };
}

/**
 * The public registry page: active organisations by name. Without a chosen type, suppliers are
 * left out (the registry is about local governments); choosing "leverancier" shows approved ones.
 */
export async function browseRegistry(db: Db, filter: RegistryFilter) {
  const pageSize = REGISTRY_PAGE_SIZE;
  const parts: SQL[] = [eq(organisations.status, "active")];
  parts.push(filter.type ? eq(organisations.type, filter.type) : ne(organisations.type, "leverancier"));
  if (filter.province) parts.push(eq(organisations.province, filter.province));
  const q = filter.q?.trim();
  if (q) {
    parts.push(organisationMatches(q));
  }
  const where = and(...parts);
  const total = await countOrganisations(db, where);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  // A page past the end (an old link after the registry shrank) shows the last page.
  const page = Math.min(pages, Math.max(1, filter.page ?? 1));
  const items = await organisationsPage(db, where, page, pageSize);
  return { items, total, page, pageSize, pages };
}

/** Former (pre-2025) NIS codes that now lead to this organisation. */
export async function formerNisCodesOf(db: Db, organisationId: string) {
  return db
    .select({ nisCode: nisAliases.oldNisCode, name: nisAliases.oldName })
    .from(nisAliases)
    .where(eq(nisAliases.organisationId, organisationId))
    .orderBy(asc(nisAliases.oldName));
}

/**
 * The public facts of one organisation, with its neighbours and former NIS codes.
 * A supplier that is not approved (pending or refused) is only shown to its own members and to
 * portal admins; for anyone else it does not exist (null, so the page answers 404).
 */
export async function organisationFacts(db: Db, id: string, viewer: { memberOf: boolean; isPortalAdmin: boolean }) {
  const organisation = await getOrganisation(db, id);
  if (!organisation) return null;
  if (organisation.status !== "active" && !viewer.memberOf && !viewer.isPortalAdmin) return null;
  const [neighbourList, formerCodes] = await Promise.all([neighboursOf(db, id), formerNisCodesOf(db, id)]);
  return { organisation, neighbours: neighbourList, formerCodes };
}

// ---------------------------------------------------------------------------------------------
// Public API v1: response schemas (the OpenAPI components are generated from these, and the
// tests parse real answers with them, so the document and the answers cannot drift apart).
// ---------------------------------------------------------------------------------------------

const apiSchemas = z.registry<{ id: string; description?: string }>();

export const ApiOrganisationRef = z
  .object({
    nisCode: z.string().describe("NIS code (5 digits)."),
    name: z.string(),
  })
  .describe("A municipality referred to by NIS code and name.");
apiSchemas.add(ApiOrganisationRef, { id: "OrganisationRef" });

export const ApiOrganisation = z
  .object({
    id: z.string().describe("Stable identifier of the organisation in VlaVirGem (UUID)."),
    nisCode: z.string().nullable().describe("NIS code (5 digits); null for organisations without one, such as suppliers."),
    name: z.string(),
    type: z.enum(ORGANISATION_TYPES),
    province: z.string().nullable().describe("Flemish province, or null."),
  })
  .describe("An organisation in the registry.");
apiSchemas.add(ApiOrganisation, { id: "Organisation" });

export const ApiOrganisationList = z
  .object({
    items: z.array(ApiOrganisation),
    total: z.int().min(0).describe("Number of organisations that match, over all pages."),
    page: z.int().min(1),
    pageSize: z.int().min(1).max(100),
  })
  .describe("One page of organisations, ordered by name.");
apiSchemas.add(ApiOrganisationList, { id: "OrganisationList" });

export const ApiOrganisationDetail = ApiOrganisation.extend({
  arrondissement: z.string().nullable(),
  population: z.int().min(0).nullable().describe("Population (as in the registry's source data)."),
  centroid: z.object({ lat: z.number(), lon: z.number() }).nullable().describe("Geographic centre (WGS 84)."),
  neighbours: z.array(ApiOrganisationRef).describe("Municipalities that share a border, by name."),
  formerNisCodes: z.array(ApiOrganisationRef).describe("NIS codes of municipalities merged into this one on 1 January 2025."),
  mergedFrom: ApiOrganisationRef.optional().describe(
    "Present when the request used an old, pre-2025 NIS code: the municipality that code belonged to.",
  ),
}).describe("A municipality (or province) with its neighbours.");
apiSchemas.add(ApiOrganisationDetail, { id: "OrganisationDetail" });

export const API_ERROR_CODES = ["invalid_parameter", "not_found"] as const;
export const ApiError = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string().describe("What went wrong, in English."),
      parameter: z.string().optional().describe("The query or path parameter at fault."),
    }),
  })
  .describe("An error answer.");
apiSchemas.add(ApiError, { id: "Error" });

export type ApiErrorBody = z.infer<typeof ApiError>;
export type ApiResult<T> = { ok: true; body: T } | { ok: false; status: 400 | 404; body: ApiErrorBody };

/** A failed API answer: the status and the error body, naming the parameter at fault if any. */
export const apiError = (status: 400 | 404, code: ApiErrorBody["error"]["code"], message: string, parameter?: string) => ({
  ok: false as const,
  status,
  body: { error: { code, message, ...(parameter ? { parameter } : {}) } },
});

/** Treats an empty query parameter as absent. */
export const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
/** An optional whole-number query parameter from min to max, with an English message naming it. */
export const integerParam = (name: string, min: number, max: number) => {
  const message =
    max === Number.MAX_SAFE_INTEGER
      ? `"${name}" must be a whole number of at least ${min}.`
      : `"${name}" must be a whole number from ${min} to ${max}.`;
  return z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{1,9}$/, message)
      .transform(Number)
      .refine((n) => n >= min && n <= max, message)
      .optional(),
  );
};

/** Query parameters of GET /api/v1/organisations. */
export const OrganisationListParams = z.object({
  type: z.preprocess(
    emptyToUndefined,
    z.enum(ORGANISATION_TYPES, { error: `"type" must be one of: ${ORGANISATION_TYPES.join(", ")}.` }).optional(),
  ),
  province: z.preprocess(
    emptyToUndefined,
    z.enum(FLEMISH_PROVINCES, { error: `"province" must be one of: ${FLEMISH_PROVINCES.join(", ")}.` }).optional(),
  ),
  q: z.preprocess(
    emptyToUndefined,
    z.string().trim().max(MAX_QUERY_LENGTH, `"q" must be at most ${MAX_QUERY_LENGTH} characters long.`).optional(),
  ),
  page: integerParam("page", 1, Number.MAX_SAFE_INTEGER),
  pageSize: integerParam("pageSize", 1, 100),
});

/** GET /api/v1/organisations: the active organisations, filtered and paged. */
export async function apiListOrganisations(
  db: Db,
  params: URLSearchParams,
): Promise<ApiResult<z.infer<typeof ApiOrganisationList>>> {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(OrganisationListParams.shape)) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = OrganisationListParams.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return apiError(400, "invalid_parameter", issue.message, String(issue.path[0] ?? ""));
  }
  const result = await listOrganisations(db, parsed.data);
  return {
    ok: true,
    body: {
      items: result.items.map(({ id, nisCode, name, type, province }) => ({ id, nisCode, name, type, province })),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
    },
  };
}

/**
 * GET /api/v1/organisations/{nisCode}: a municipality (or province) with its neighbours.
 * An old, pre-2025 NIS code answers with the municipality it became, and says so in `mergedFrom`.
 */
export async function apiGetOrganisation(db: Db, nisCode: string): Promise<ApiResult<z.infer<typeof ApiOrganisationDetail>>> {
  if (!/^\d{5}$/.test(nisCode)) {
    return apiError(400, "invalid_parameter", `"nisCode" must be a NIS code of 5 digits, such as 11055.`, "nisCode");
  }
  const found = await findByNisCode(db, nisCode);
  if (found?.organisation.status !== "active") {
    return apiError(404, "not_found", `No organisation has NIS code ${nisCode}, now or before the 2025 mergers.`, "nisCode");
  }
  const { organisation: o, neighbours: near, mergedFrom, formerCodes } = found;
  return {
    ok: true,
    body: {
      id: o.id,
      nisCode: o.nisCode,
      name: o.name,
      type: o.type,
      province: o.province,
      arrondissement: o.arrondissement || null,
      population: o.population,
      centroid: o.lat != null && o.lon != null ? { lat: o.lat, lon: o.lon } : null,
      neighbours: near.filter((n) => n.nisCode).map((n) => ({ nisCode: n.nisCode!, name: n.name })),
      formerNisCodes: formerCodes
        .map((a) => ({ nisCode: a.oldNisCode, name: a.oldName }))
        .sort((a, b) => a.nisCode.localeCompare(b.nisCode)),
      ...(mergedFrom ? { mergedFrom } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// OpenAPI 3.1
// ---------------------------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;

/** What one module adds to the public API document: its paths, component schemas and tags. */
export type OpenApiPart = {
  paths: Record<string, JsonObject>;
  schemas?: Record<string, JsonObject>;
  tags?: { name: string; description?: string }[];
};

/** JSON Schemas (2020-12, as OpenAPI 3.1 uses) of a Zod registry, referring to each other by component. */
export function openApiSchemas(registry: z.core.$ZodRegistry<{ id: string }>): Record<string, JsonObject> {
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, target: "draft-2020-12" });
  const out: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonObject;
    out[id] = rest;
  }
  return out;
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (description: string, schema: string) => ({ description, content: { "application/json": { schema: ref(schema) } } });
const CACHE_HEADER = {
  "Cache-Control": {
    description: "Answers may be cached for five minutes.",
    schema: { type: "string", example: "public, max-age=300" },
  },
};

/** The organisation registry's part of the public API. */
export const organisationsApiPart: OpenApiPart = {
  tags: [{ name: "organisations", description: "The registry of Flemish local governments (1 January 2025)." }],
  schemas: openApiSchemas(apiSchemas),
  paths: {
    "/api/v1/organisations": {
      get: {
        operationId: "listOrganisations",
        tags: ["organisations"],
        summary: "List organisations",
        description:
          "Active organisations in the registry, ordered by name: the 285 Flemish municipalities, the five provinces, other local bodies and approved suppliers.",
        parameters: [
          {
            name: "type",
            in: "query",
            required: false,
            description: "Only organisations of this type.",
            schema: { type: "string", enum: [...ORGANISATION_TYPES] },
          },
          {
            name: "province",
            in: "query",
            required: false,
            description: "Only organisations in this Flemish province.",
            schema: { type: "string", enum: [...FLEMISH_PROVINCES] },
          },
          {
            name: "q",
            in: "query",
            required: false,
            description: "Part of the name (accents and case ignored), or an exact NIS code.",
            schema: { type: "string", maxLength: MAX_QUERY_LENGTH },
          },
          {
            name: "page",
            in: "query",
            required: false,
            schema: { type: "integer", minimum: 1, default: 1 },
          },
          {
            name: "pageSize",
            in: "query",
            required: false,
            schema: { type: "integer", minimum: 1, maximum: 100, default: REGISTRY_PAGE_SIZE },
          },
        ],
        responses: {
          "200": { ...json("One page of organisations.", "OrganisationList"), headers: CACHE_HEADER },
          "400": json(
            "A parameter is invalid (unknown type or province, page below 1, pageSize above 100, not a number).",
            "Error",
          ),
        },
      },
    },
    "/api/v1/organisations/{nisCode}": {
      get: {
        operationId: "getOrganisationByNisCode",
        tags: ["organisations"],
        summary: "One municipality by NIS code",
        description:
          "A municipality (or province) with its neighbours. An old NIS code of a municipality merged on 1 January 2025 answers with the municipality it became, and `mergedFrom` names the old one.",
        parameters: [
          {
            name: "nisCode",
            in: "path",
            required: true,
            description: "NIS code, current or from before the 2025 mergers.",
            schema: { type: "string", pattern: "^\\d{5}$" },
            example: "11055",
          },
        ],
        responses: {
          "200": { ...json("The organisation.", "OrganisationDetail"), headers: CACHE_HEADER },
          "400": json("The NIS code is not 5 digits.", "Error"),
          "404": json("No organisation has this NIS code, now or before the 2025 mergers.", "Error"),
        },
      },
    },
  },
};

/**
 * The OpenAPI 3.1 document of the public API. Every public endpoint joins it by adding its part
 * (paths, schemas, tags); the same path or schema name twice is a programming error.
 */
export function buildOpenApiDocument(baseUrl: string, parts: OpenApiPart[] = [organisationsApiPart]) {
  const paths: Record<string, JsonObject> = {};
  const schemas: Record<string, JsonObject> = {};
  const tags: { name: string; description?: string }[] = [];
  for (const part of parts) {
    for (const [path, item] of Object.entries(part.paths)) {
      if (paths[path]) throw new Error(`OpenAPI path described twice: ${path}`);
      paths[path] = item;
    }
    for (const [name, schema] of Object.entries(part.schemas ?? {})) {
      if (schemas[name] && JSON.stringify(schemas[name]) !== JSON.stringify(schema))
        throw new Error(`OpenAPI schema described twice: ${name}`);
      schemas[name] = schema;
    }
    for (const tag of part.tags ?? []) if (!tags.some((t) => t.name === tag.name)) tags.push(tag);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "VlaVirGem public API",
      version: "1.0.0",
      description:
        "Open data of VlaVirGem, the portal of the Flemish association of ICT staff of local governments. No key needed; answers are JSON.",
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    servers: [{ url: baseUrl.replace(/\/$/, "") }],
    tags,
    paths,
    components: { schemas },
  };
}
