// Public API v1 of NoITS: GET /api/v1/vacancies (published vacancies only, never anything of a
// profile) and its part of the OpenAPI document. The response schema generates the component and
// the tests parse real answers with it.
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
import { FLEMISH_PROVINCES } from "../identity/shared.ts";
import { competenceSpans } from "./ecf.server.ts";
import { CONTRACTS, GRADES } from "./shared.ts";
import { listOpenVacancies, type Vacancy } from "./vacancies.server.ts";

export const MAX_API_PAGE_SIZE = 100;

const VacancyListParams = z.object({
  page: integerParam("page", 1, 10_000),
  pageSize: integerParam("pageSize", 1, MAX_API_PAGE_SIZE),
  roleProfile: integerParam("roleProfile", 1, 999),
  competence: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((code) => competenceSpans().has(code), `"competence" must be an e-CF 4.0 competence code such as B.1 or E.8.`)
      .optional(),
  ),
  province: z.preprocess(
    emptyToUndefined,
    z.enum(FLEMISH_PROVINCES, { error: `"province" must be one of ${FLEMISH_PROVINCES.join(", ")}.` }).optional(),
  ),
});

const apiSchemas = z.registry<{ id: string; description?: string }>();

const ApiCompetenceLevel = z.object({
  code: z.string().describe("e-CF 4.0 competence code, such as E.8."),
  level: z
    .string()
    .regex(/^e-[1-5]$/)
    .describe("Proficiency level e-1 … e-5."),
});
apiSchemas.add(ApiCompetenceLevel, { id: "CompetenceLevel" });

export const ApiVacancy = z
  .object({
    id: z.uuid(),
    url: z.string().describe("The public page of the vacancy."),
    title: z.string(),
    description: z.string(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    roleProfile: z.object({ id: z.number().int(), name: z.string() }).nullable().describe("CWA 16458-1:2018 role profile."),
    fte: z.number().min(0.1).max(1).describe("Fraction of a full-time post (0.1–1.0)."),
    contract: z.enum(CONTRACTS),
    grade: z.enum(GRADES).describe("Level A–E of the Flemish Rechtspositiebesluit."),
    salary: z.object({
      minimum: z.number().int(),
      maximum: z.number().int(),
      currency: z.literal("EUR"),
      period: z.literal("month"),
      scaleCode: z.string().describe("The organisation's own salary scale code, free text."),
    }),
    place: z.string().describe("Municipality where the work is done."),
    teleworkPercent: z.number().int().min(0).max(100),
    startsOn: z.string().nullable(),
    closesOn: z.string(),
    openToSharing: z.boolean().describe("Open to sharing the post with neighbouring organisations."),
    requiredCompetences: z.array(ApiCompetenceLevel),
    optionalCompetences: z.array(ApiCompetenceLevel),
    publishedAt: z.string().nullable(),
  })
  .describe("A published vacancy of a local government.");
apiSchemas.add(ApiVacancy, { id: "Vacancy" });

export const ApiVacancyList = z.object({
  items: z.array(ApiVacancy),
  total: z.number().int().describe("How many published vacancies meet the filters."),
});
apiSchemas.add(ApiVacancyList, { id: "VacancyList" });

export function apiVacancy(v: Vacancy, baseUrl: string): z.infer<typeof ApiVacancy> {
  return {
    id: v.id,
    url: `${baseUrl}/noits/vacatures/${v.id}`,
    title: v.title,
    description: v.description,
    organisation: { id: v.organisationId, name: v.organisationName },
    roleProfile: v.roleProfile ? { id: v.roleProfile.id, name: v.roleProfile.nameEn } : null,
    fte: v.ftePercent / 100,
    contract: v.contract,
    grade: v.grade as (typeof GRADES)[number],
    salary: { minimum: v.salaryMin, maximum: v.salaryMax, currency: "EUR", period: "month", scaleCode: v.scaleCode },
    place: v.placeName,
    teleworkPercent: v.teleworkPercent,
    startsOn: v.startsOn,
    closesOn: v.closesOn,
    openToSharing: v.openToSharing,
    requiredCompetences: v.required.map((c) => ({ code: c.code, level: `e-${c.level}` })),
    optionalCompetences: v.optional.map((c) => ({ code: c.code, level: `e-${c.level}` })),
    publishedAt: v.publishedAt ? v.publishedAt.toISOString() : null,
  };
}

/** GET /api/v1/vacancies. */
export async function apiListVacancies(
  db: Db,
  params: URLSearchParams,
  baseUrl: string,
): Promise<ApiResult<z.infer<typeof ApiVacancyList>>> {
  const raw: Record<string, unknown> = {};
  for (const key of ["page", "pageSize", "roleProfile", "competence", "province"]) {
    const value = params.get(key);
    if (value !== null) raw[key] = value;
  }
  const parsed = VacancyListParams.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return apiError(400, "invalid_parameter", issue.message, String(issue.path[0] ?? ""));
  }
  const q = parsed.data;
  const result = await listOpenVacancies(db, {
    page: q.page,
    pageSize: q.pageSize ?? 20,
    roleProfileId: q.roleProfile,
    competence: q.competence,
    province: q.province,
  });
  return { ok: true, body: { items: result.items.map((v) => apiVacancy(v, baseUrl)), total: result.total } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (description: string, schema: string) => ({ description, content: { "application/json": { schema: ref(schema) } } });
const query = (name: string, description: string, schema: Record<string, unknown>) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

export const talentApiPart: OpenApiPart = {
  tags: [{ name: "vacancies", description: "NoITS: published IT vacancies of Flemish local governments." }],
  schemas: openApiSchemas(apiSchemas),
  paths: {
    "/api/v1/vacancies": {
      get: {
        operationId: "listVacancies",
        tags: ["vacancies"],
        summary: "List published vacancies",
        description:
          "Open vacancies whose closing date has not passed, newest first, with their e-CF 4.0 competences. Nothing of the professionals' profiles is ever part of this API.",
        parameters: [
          query("roleProfile", "Role profile id (1–30, CWA 16458-1:2018).", { type: "integer", minimum: 1 }),
          query("competence", "An e-CF competence code the vacancy asks for, such as E.8.", { type: "string" }),
          query("province", "Province of the place of work.", { type: "string", enum: [...FLEMISH_PROVINCES] }),
          query("page", "Page number.", { type: "integer", minimum: 1, default: 1 }),
          query("pageSize", "Vacancies per page.", { type: "integer", minimum: 1, maximum: MAX_API_PAGE_SIZE, default: 20 }),
        ],
        responses: {
          "200": json("One page of published vacancies and their total.", "VacancyList"),
          "400": json("A parameter is invalid.", "Error"),
        },
      },
    },
  },
};
