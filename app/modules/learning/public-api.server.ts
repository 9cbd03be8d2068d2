// GET /api/v1/courses: the public course catalogue, with the same filters as /leren.
import type { Db } from "../../db/client.server.ts";
import type { OpenApiPart } from "../identity/index.server.ts";
import { listCatalogue } from "./courses.server.ts";
import { AUDIENCES, COURSE_FORMATS, catalogueFilterFrom, DURATIONS, LEVELS, TOPICS } from "./shared.ts";

export type ApiCourse = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  format: string;
  topic: string;
  level: string;
  audience: string;
  durationMinutes: number;
  validityMonths: number | null;
  version: number;
  publishedAt: string | null;
  url: string;
};

/** Accepts the Dutch filter names of the catalogue page and their English equivalents. */
export async function apiListCourses(db: Db, url: URL, baseUrl: string): Promise<{ items: ApiCourse[]; total: number }> {
  const params = new URLSearchParams(url.search);
  const aliases: Record<string, string> = {
    topic: "onderwerp",
    level: "niveau",
    audience: "doelgroep",
    duration: "duur",
    format: "soort",
  };
  for (const [en, nl] of Object.entries(aliases)) {
    const value = params.get(en);
    if (value && !params.has(nl)) params.set(nl, value);
  }
  const items = (await listCatalogue(db, catalogueFilterFrom(params))).map((c) => ({
    id: c.id,
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    format: c.format,
    topic: c.topic,
    level: c.level,
    audience: c.audience,
    durationMinutes: c.durationMinutes,
    validityMonths: c.validityMonths,
    version: c.versionNumber,
    publishedAt: c.publishedAt?.toISOString() ?? null,
    url: `${baseUrl}/leren/cursus/${c.slug}`,
  }));
  return { items, total: items.length };
}

const enumParam = (name: string, description: string, values: readonly string[]) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "string", enum: [...values] },
});

export const learningApiPart: OpenApiPart = {
  tags: [{ name: "courses", description: "E-learning: the published courses of the association's catalogue." }],
  schemas: {
    Course: {
      type: "object",
      required: ["id", "slug", "title", "summary", "format", "topic", "level", "audience", "durationMinutes", "version", "url"],
      properties: {
        id: { type: "string", format: "uuid" },
        slug: { type: "string" },
        title: { type: "string" },
        summary: { type: "string" },
        format: {
          type: "string",
          enum: [...COURSE_FORMATS],
          description: "package: a course package; single: a lesson offered on its own.",
        },
        topic: { type: "string", enum: [...TOPICS] },
        level: { type: "string", enum: [...LEVELS] },
        audience: { type: "string", enum: [...AUDIENCES] },
        durationMinutes: { type: "integer", minimum: 1 },
        validityMonths: { type: ["integer", "null"], description: "How long a completion counts; null: no expiry." },
        version: { type: "integer", minimum: 1, description: "The published version." },
        publishedAt: { type: ["string", "null"], format: "date-time" },
        url: { type: "string", format: "uri" },
      },
    },
    CourseList: {
      type: "object",
      required: ["items", "total"],
      properties: {
        items: { type: "array", items: { $ref: "#/components/schemas/Course" } },
        total: { type: "integer", minimum: 0 },
      },
    },
  },
  paths: {
    "/api/v1/courses": {
      get: {
        operationId: "listCourses",
        tags: ["courses"],
        summary: "List published courses",
        description:
          "Published courses ordered by title, filtered like the catalogue at /leren. Unknown filter values are ignored.",
        parameters: [
          enumParam("topic", "Topic.", TOPICS),
          enumParam("level", "Level.", LEVELS),
          enumParam("audience", "Audience.", AUDIENCES),
          enumParam("duration", "short: up to 1 hour; medium: up to 3 hours; long: more.", DURATIONS),
          enumParam("format", "Course package or single lesson.", COURSE_FORMATS),
        ],
        responses: {
          "200": {
            description: "The courses.",
            content: { "application/json": { schema: { $ref: "#/components/schemas/CourseList" } } },
          },
        },
      },
    },
  },
};
