import { beforeAll, describe, expect, it } from "vitest";
import { createMembership, createOrganisation, createPerson } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { seedRegistry } from "./organisations.server.ts";
import {
  ApiError,
  ApiOrganisationDetail,
  ApiOrganisationList,
  apiGetOrganisation,
  apiListOrganisations,
  browseRegistry,
  buildOpenApiDocument,
  organisationFacts,
  organisationsApiPart,
  registryFilterFrom,
} from "./registry.server.ts";

const database = await createTestDatabase();
const db = database.db;
const list = (query: string) => apiListOrganisations(db, new URLSearchParams(query));

beforeAll(async () => {
  await seedRegistry(db);
});

describe("GET /api/v1/organisations", () => {
  it("lists the 285 municipalities, paged, in the documented shape", async () => {
    const result = await list("type=gemeente&pageSize=100&page=3");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(() => ApiOrganisationList.parse(result.body)).not.toThrow();
    expect(result.body.total).toBe(285);
    expect(result.body.page).toBe(3);
    expect(result.body.pageSize).toBe(100);
    expect(result.body.items).toHaveLength(85);
    expect(Object.keys(result.body.items[0]!).sort()).toEqual(["id", "name", "nisCode", "province", "type"]);
    expect(result.body.items.every((item) => item.type === "gemeente")).toBe(true);
  });

  it("filters by province and finds by name or by NIS code", async () => {
    const limburg = await list("type=gemeente&province=Limburg&pageSize=100");
    expect(limburg.ok && limburg.body.items.every((item) => item.province === "Limburg")).toBe(true);
    expect(limburg.ok && limburg.body.total).toBeGreaterThan(30);
    expect(limburg.ok && limburg.body.total).toBeLessThan(60);
    const byName = await list("q=zoers");
    expect(byName.ok && byName.body.items.map((item) => item.nisCode)).toEqual(["11055"]);
    const byCode = await list("q=46030");
    expect(byCode.ok && byCode.body.items.map((item) => item.name)).toEqual(["Beveren-Kruibeke-Zwijndrecht"]);
    // Accents and case do not matter.
    const accents = await list("q=ZOERSÉL");
    expect(accents.ok && accents.body.total).toBe(1);
  });

  it.each([
    ["type=stad", "type"],
    ["province=Brussel", "province"],
    ["page=0", "page"],
    ["page=-1", "page"],
    ["page=abc", "page"],
    ["page=1.5", "page"],
    ["pageSize=101", "pageSize"],
    ["pageSize=0", "pageSize"],
    ["pageSize=ten", "pageSize"],
    [`q=${"x".repeat(101)}`, "q"],
  ])("answers 400 with a clear message for %s", async (query, parameter) => {
    const result = await list(query);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status).toBe(400);
    expect(() => ApiError.parse(result.body)).not.toThrow();
    expect(result.body.error.code).toBe("invalid_parameter");
    expect(result.body.error.parameter).toBe(parameter);
    expect(result.body.error.message).toContain(`"${parameter}"`);
  });

  it("treats empty parameters as absent and uses the defaults", async () => {
    const result = await list("type=&province=&q=&page=&pageSize=");
    expect(result.ok && { page: result.body.page, pageSize: result.body.pageSize }).toEqual({ page: 1, pageSize: 25 });
  });
});

describe("GET /api/v1/organisations/{nisCode}", () => {
  it("answers a municipality with its neighbours", async () => {
    const result = await apiGetOrganisation(db, "11055");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(() => ApiOrganisationDetail.parse(result.body)).not.toThrow();
    expect(result.body).toMatchObject({ nisCode: "11055", name: "Zoersel", type: "gemeente", province: "Antwerpen" });
    expect(result.body.neighbours.map((n) => n.name)).toContain("Malle");
    expect(result.body.neighbours.every((n) => /^\d{5}$/.test(n.nisCode))).toBe(true);
    expect(result.body.mergedFrom).toBeUndefined();
    expect(result.body.formerNisCodes).toEqual([]);
  });

  it("answers an old, pre-2025 NIS code with the municipality it became", async () => {
    const result = await apiGetOrganisation(db, "46003");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.body.nisCode).toBe("46030");
    expect(result.body.name).toBe("Beveren-Kruibeke-Zwijndrecht");
    expect(result.body.mergedFrom).toEqual({ nisCode: "46003", name: "Beveren" });
    expect(result.body.formerNisCodes).toEqual([
      { nisCode: "11056", name: "Zwijndrecht" },
      { nisCode: "46003", name: "Beveren" },
      { nisCode: "46013", name: "Kruibeke" },
    ]);
    // Borsbeek (11007) merged into Antwerpen, which kept its own code 11002.
    const borsbeek = await apiGetOrganisation(db, "11007");
    expect(borsbeek.ok && [borsbeek.body.nisCode, borsbeek.body.mergedFrom]).toEqual([
      "11002",
      { nisCode: "11007", name: "Borsbeek" },
    ]);
    const antwerpen = await apiGetOrganisation(db, "11002");
    expect(antwerpen.ok && antwerpen.body.mergedFrom).toBeUndefined();
  });

  it("answers 404 for an unknown code and 400 for one that is not 5 digits", async () => {
    const unknown = await apiGetOrganisation(db, "99999");
    expect(unknown).toMatchObject({ ok: false, status: 404, body: { error: { code: "not_found" } } });
    const bad = await apiGetOrganisation(db, "11O55");
    expect(bad).toMatchObject({ ok: false, status: 400, body: { error: { code: "invalid_parameter", parameter: "nisCode" } } });
    const sql = await apiGetOrganisation(db, "1' OR '1'='1");
    expect(sql.ok).toBe(false);
  });
});

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument("https://portal.example/");

  it("is OpenAPI 3.1 with the server and both endpoints", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers).toEqual([{ url: "https://portal.example" }]);
    expect(Object.keys(doc.paths).sort()).toEqual(["/api/v1/organisations", "/api/v1/organisations/{nisCode}"]);
    const listOp = (
      doc.paths["/api/v1/organisations"] as { get: { parameters: { name: string; in: string }[]; responses: object } }
    ).get;
    expect(listOp.parameters.map((p) => p.name).sort()).toEqual(["page", "pageSize", "province", "q", "type"]);
    expect(Object.keys(listOp.responses).sort()).toEqual(["200", "400"]);
    const oneOp = (doc.paths["/api/v1/organisations/{nisCode}"] as { get: { parameters: { in: string }[]; responses: object } })
      .get;
    expect(oneOp.parameters[0]!.in).toBe("path");
    expect(Object.keys(oneOp.responses).sort()).toEqual(["200", "400", "404"]);
  });

  it("has the schemas, and every $ref points at one", () => {
    const schemas = doc.components.schemas;
    for (const name of ["Organisation", "OrganisationList", "OrganisationDetail", "OrganisationRef", "Error"])
      expect(schemas[name], name).toBeDefined();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(schemas[ref], ref).toBeDefined();
    expect(JSON.stringify(schemas)).not.toContain("$schema");
    const organisation = schemas.Organisation as { required: string[]; properties: Record<string, unknown> };
    expect(organisation.required.sort()).toEqual(["id", "name", "nisCode", "province", "type"]);
  });

  it("lets later endpoints join and refuses the same path twice", () => {
    const joined = buildOpenApiDocument("http://x", [
      organisationsApiPart,
      { paths: { "/api/v1/courses": { get: { responses: {} } } }, schemas: { Course: { type: "object" } } },
    ]);
    expect(Object.keys(joined.paths)).toContain("/api/v1/courses");
    expect(joined.components.schemas.Course).toEqual({ type: "object" });
    expect(() => buildOpenApiDocument("http://x", [organisationsApiPart, organisationsApiPart])).toThrow(/twice/);
  });
});

describe("registry pages", () => {
  it("leaves suppliers out unless asked for, and never shows unapproved ones", async () => {
    const approved = await createOrganisation(db, { type: "leverancier", name: "Registertest Approved NV", province: null });
    const pending = await createOrganisation(db, {
      type: "leverancier",
      name: "Registertest Pending NV",
      province: null,
      status: "pending",
    });
    const all = await browseRegistry(db, { q: "Registertest" });
    expect(all.total).toBe(0);
    const suppliers = await browseRegistry(db, { q: "Registertest", type: "leverancier" });
    expect(suppliers.items.map((item) => item.id)).toEqual([approved.id]);

    const stranger = { memberOf: false, isPortalAdmin: false };
    expect(await organisationFacts(db, pending.id, stranger)).toBeNull();
    expect((await organisationFacts(db, pending.id, { memberOf: true, isPortalAdmin: false }))?.organisation.id).toBe(pending.id);
    expect((await organisationFacts(db, approved.id, stranger))?.organisation.name).toBe("Registertest Approved NV");
    expect(await organisationFacts(db, "not-a-uuid", stranger)).toBeNull();
    expect(await organisationFacts(db, "00000000-0000-4000-8000-000000000000", stranger)).toBeNull();
  });

  it("gives the facts of a merged municipality with its former codes and neighbours", async () => {
    const [bkz] = (await browseRegistry(db, { q: "46030" })).items;
    const facts = await organisationFacts(db, bkz!.id, { memberOf: false, isPortalAdmin: false });
    expect(facts?.formerCodes.map((c) => c.name)).toEqual(["Beveren", "Kruibeke", "Zwijndrecht"]);
    expect(facts?.neighbours.map((n) => n.name)).toContain("Antwerpen");
  });

  it("pages by 25, reads the filter leniently and keeps a page past the end on the last page", async () => {
    const first = await browseRegistry(db, { type: "gemeente" });
    expect([first.total, first.pageSize, first.pages, first.items.length]).toEqual([285, 25, 12, 25]);
    const past = await browseRegistry(db, { type: "gemeente", page: 99 });
    expect([past.page, past.items.length]).toEqual([12, 10]);
    expect(registryFilterFrom(new URLSearchParams("type=stad&province=Brussel&page=abc&q=%20zoersel%20"))).toEqual({
      q: "zoersel",
      type: undefined,
      province: undefined,
      page: 1,
    });
    const member = await createPerson(db);
    const organisation = await createOrganisation(db);
    await createMembership(db, member.id, organisation.id);
    expect((await browseRegistry(db, { q: organisation.name })).items.map((item) => item.id)).toEqual([organisation.id]);
  });
});
