// Quote requests and mini-competitions against a real database: who is invited, answers sealed
// until the deadline (for the buyer and for the other suppliers), refusals that change nothing,
// ranking after the deadline, scoring and the award with its report and notifications.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createMembership, createOrganisation, createPerson } from "../../../tests/factories/identity.ts";
import { createFramework, createSupplier, ensureCategories } from "../../../tests/factories/procurement.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import type { Actor, IdentityContext } from "../identity/index.server.ts";
import { type OrganisationType, permissionsOf } from "../identity/shared.ts";
import { listCategories, recordAccession } from "../procurement/index.server.ts";
import { competitionResponses, competitions } from "./competition.schema.ts";
import {
  awardCompetition,
  cancelCompetition,
  createCompetition,
  getCompetitionForBuyer,
  getCompetitionForSupplier,
  listCompetitionLots,
  listCompetitionsForSupplier,
  scoreAnswers,
  submitAnswer,
} from "./competitions.server.ts";
import { brusselsMoment, type CompetitionRequestInput, readAnswerForm, readRequestForm } from "./competitions-forms.server.ts";
import { competitionDocumentParts, competitionReportForOrder, orderFromCompetition } from "./competitions-order.server.ts";
import { orderLines, orderNotifications, orders } from "./schema.ts";

let database: DatabaseHandle;
let context: IdentityContext;
let categoryId = 0;

function actorFor(personId: string, organisationId: string, type: OrganisationType, roles: string[]): Actor {
  return {
    personId,
    name: "Test",
    email: null,
    locale: "nl",
    isPortalAdmin: false,
    sessionId: "s",
    activeOrganisationId: organisationId,
    memberships: [
      {
        organisationId,
        organisationName: "Org",
        organisationType: type,
        organisationStatus: "active",
        roles,
        permissions: [...permissionsOf(type, roles)],
      },
    ],
  };
}

type Party = { id: string; actor: Actor; email: string; name: string };

async function supplierParty(name: string): Promise<Party> {
  const supplier = await createSupplier(database.db, { name });
  const person = await createPerson(database.db);
  await createMembership(database.db, person.id, supplier.id, ["verkoper"]);
  return {
    id: supplier.id,
    actor: actorFor(person.id, supplier.id, "leverancier", ["verkoper"]),
    email: person.email ?? "",
    name,
  };
}

/** A municipality that joined a reopening framework whose lot 1 has three suppliers; lot 2 has one. */
async function world() {
  const buyerOrg = await createOrganisation(database.db);
  const buyerPerson = await createPerson(database.db);
  await createMembership(database.db, buyerPerson.id, buyerOrg.id, ["aankoper"]);
  const buyer = actorFor(buyerPerson.id, buyerOrg.id, "gemeente", ["aankoper"]);
  const [a, b, c, outsider] = [
    await supplierParty(`Alfa ${Math.random()}`),
    await supplierParty(`Beta ${Math.random()}`),
    await supplierParty(`Gamma ${Math.random()}`),
    await supplierParty(`Buiten ${Math.random()}`),
  ];
  const framework = await createFramework(database.db, {
    orderMethod: "reopening",
    lots: [
      { number: 1, title: "Laptops", supplierIds: [a.id, b.id, c.id] },
      { number: 2, title: "Smartphones", supplierIds: [outsider.id] },
    ],
  });
  const joined = await recordAccession(database.db, {
    organisationId: buyerOrg.id,
    frameworkId: framework.id,
    decisionBody: "college",
    decisionDate: "2026-02-01",
    decisionReference: "CBS/TEST",
  });
  expect(joined.ok).toBe(true);
  const lotId = framework.lots.find((lot) => lot.number === 1)!.id;
  const singleLotId = framework.lots.find((lot) => lot.number === 2)!.id;
  return { buyerOrg, buyer, a, b, c, outsider, framework, lotId, singleLotId };
}

const HOUR = 3_600_000;
const request = (overrides: Partial<CompetitionRequestInput> = {}): CompetitionRequestInput => ({
  title: "Twintig laptops voor de bibliotheek",
  deliveryWishes: "Levering aan het gemeentehuis",
  deadline: new Date(Date.now() + 48 * HOUR),
  lines: [
    { description: "Laptop 14 inch", quantity: 20, unit: "stuk" },
    { description: "Dockingstation USB-C", quantity: 10, unit: "stuk" },
  ],
  criteria: [
    { kind: "price", name: "Prijs", weight: 60 },
    { kind: "lead_time", name: "Levertermijn", weight: 20 },
    { kind: "other", name: "Duurzaamheid", weight: 20 },
  ],
  supplierIds: [],
  categoryId,
  ...overrides,
});

/** Moves the deadline into the past (the test's way to let time pass). */
async function passDeadline(id: string) {
  await database.db
    .update(competitions)
    .set({ deadline: new Date(Date.now() - 60_000) })
    .where(eq(competitions.id, id));
}

async function answer(party: Party, id: string, prices: [number, number], lead: [number, number]) {
  const view = await getCompetitionForSupplier(database.db, party.id, id);
  expect(view).toBeDefined();
  const [first, second] = view!.lines;
  return submitAnswer(context, party.actor, party.id, id, {
    note: "",
    lines: [
      { lineId: first!.id, unitPriceCents: prices[0], leadTimeDays: lead[0], note: "" },
      { lineId: second!.id, unitPriceCents: prices[1], leadTimeDays: lead[1], note: "" },
    ],
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  context = { database, baseUrl: "https://portaal.test", locale: "nl" };
  await ensureCategories(database.db);
  categoryId = (await listCategories(database.db))[0]!.id;
});

describe("starting a mini-competition", () => {
  it("invites every supplier of the lot and tells each by notification and e-mail", async () => {
    const w = await world();
    const lots = await listCompetitionLots(database.db, w.buyerOrg.id);
    // The lot with one supplier is no mini-competition.
    expect(lots.map((lot) => lot.lotId)).toEqual([w.lotId]);
    const created = await createCompetition(context, w.buyer, w.buyerOrg.id, "mini_competition", request({ lotId: w.lotId }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.reference).toMatch(/^MC-\d{4}-[0-9A-F]{6}$/);
    const view = await getCompetitionForBuyer(database.db, w.buyerOrg.id, created.id);
    expect(view?.invited.map((s) => s.id).sort()).toEqual([w.a.id, w.b.id, w.c.id].sort());
    const told = await database.db.select().from(orderNotifications).where(eq(orderNotifications.kind, "competitionInvited"));
    expect(
      told
        .filter((n) => n.href.endsWith(created.id))
        .map((n) => n.organisationId)
        .sort(),
    ).toEqual([w.a.id, w.b.id, w.c.id].sort());
    const mails = await database.query<{ to_address: string }>(`SELECT to_address FROM platform.outbox WHERE text_body LIKE $1`, [
      `%${created.id}%`,
    ]);
    expect(mails.map((m) => m.to_address).sort()).toEqual([w.a.email, w.b.email, w.c.email].sort());
    // The supplier outside the lot does not see it.
    expect(await getCompetitionForSupplier(database.db, w.outsider.id, created.id)).toBeUndefined();
    expect((await listCompetitionsForSupplier(database.db, w.outsider.id)).map((c) => c.id)).not.toContain(created.id);
  });

  it("refuses weights that do not add up to 100, a past deadline, quantities ≤ 0 and a lot not joined, creating nothing", async () => {
    const w = await world();
    const count = async () =>
      Number((await database.query<{ n: string }>("SELECT count(*) AS n FROM ordering.competitions"))[0]!.n);
    const before = await count();
    const weights = await createCompetition(
      context,
      w.buyer,
      w.buyerOrg.id,
      "mini_competition",
      request({
        lotId: w.lotId,
        criteria: [
          { kind: "price", name: "Prijs", weight: 70 },
          { kind: "lead_time", name: "Levertermijn", weight: 20 },
        ],
      }),
    );
    expect(weights).toEqual({ ok: false, error: "competitions.validation.weightsSum", field: "weightPrice" });
    const past = await createCompetition(
      context,
      w.buyer,
      w.buyerOrg.id,
      "mini_competition",
      request({ lotId: w.lotId, deadline: new Date(Date.now() - HOUR) }),
    );
    expect(past).toMatchObject({ ok: false, error: "competitions.validation.deadlinePast" });
    const zero = await createCompetition(
      context,
      w.buyer,
      w.buyerOrg.id,
      "mini_competition",
      request({ lotId: w.lotId, lines: [{ description: "Laptop", quantity: 0, unit: "stuk" }] }),
    );
    expect(zero).toMatchObject({ ok: false, error: "competitions.validation.quantity" });
    const single = await createCompetition(
      context,
      w.buyer,
      w.buyerOrg.id,
      "mini_competition",
      request({ lotId: w.singleLotId }),
    );
    expect(single).toMatchObject({ ok: false, error: "competitions.validation.lot" });
    // Another municipality has not joined the framework.
    const other = await createOrganisation(database.db);
    const otherBuyer = actorFor(w.buyer.personId, other.id, "gemeente", ["aankoper"]);
    const notJoined = await createCompetition(context, otherBuyer, other.id, "mini_competition", request({ lotId: w.lotId }));
    expect(notJoined).toMatchObject({ ok: false, error: "competitions.validation.lot" });
    // Someone without procurement.buy.
    const approver = actorFor(w.buyer.personId, w.buyerOrg.id, "gemeente", ["budgethouder"]);
    expect(
      await createCompetition(context, approver, w.buyerOrg.id, "mini_competition", request({ lotId: w.lotId })),
    ).toMatchObject({
      ok: false,
      error: "competitions.error.forbidden",
    });
    expect(await count()).toBe(before);
  });

  it("reads the form: weights, deadline in Brussels time and half-filled lines", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({
      title: "Schermen",
      deadlineDate: "2026-12-15",
      deadlineTime: "14:00",
      rows: "3",
      description_1: "Scherm 27 inch",
      quantity_1: "5",
      description_2: "Kabel",
      quantity_2: "0",
      weightPrice: "70",
      weightLeadTime: "20",
      lotId: "00000000-0000-4000-8000-000000000001",
      categoryId: "2",
    }))
      form.set(key, value);
    const result = readRequestForm(form, "mini_competition", new Date("2026-11-30T10:00:00Z"));
    expect(result).toEqual({
      ok: false,
      errors: { quantity_2: "competitions.validation.quantity", weightPrice: "competitions.validation.weightsSum" },
    });
    form.set("quantity_2", "2");
    form.set("weightLeadTime", "30");
    const ok = readRequestForm(form, "mini_competition", new Date("2026-11-30T10:00:00Z"));
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    // 14:00 in Brussels in December is 13:00 UTC.
    expect(ok.value.deadline.toISOString()).toBe("2026-12-15T13:00:00.000Z");
    expect(ok.value.lines).toHaveLength(2);
    expect(ok.value.criteria.map((c) => c.weight)).toEqual([70, 30]);
    // Summer time: 14:00 in Brussels is 12:00 UTC; an impossible day is refused.
    expect(brusselsMoment("2027-07-01", "14.00")?.toISOString()).toBe("2027-07-01T12:00:00.000Z");
    expect(brusselsMoment("2027-02-30", "14:00")).toBeUndefined();
    const late = readRequestForm(form, "mini_competition", new Date("2026-12-16T10:00:00Z"));
    expect(late).toEqual({ ok: false, errors: { deadlineDate: "competitions.validation.deadlinePast" } });
  });
});

describe("answers before the deadline", () => {
  it("stay sealed: the buyer reads no answer and no supplier sees another's", async () => {
    const w = await world();
    const created = await createCompetition(context, w.buyer, w.buyerOrg.id, "mini_competition", request({ lotId: w.lotId }));
    if (!created.ok) throw new Error(created.error);
    expect(await answer(w.a, created.id, [90_000, 15_000], [5, 5])).toEqual({ ok: true });
    expect(await answer(w.b, created.id, [85_000, 16_000], [10, 3])).toEqual({ ok: true });
    const buyerView = await getCompetitionForBuyer(database.db, w.buyerOrg.id, created.id);
    expect(buyerView?.closed).toBe(false);
    expect(buyerView?.results).toBeUndefined();
    // Nothing in the buyer's view gives a price away.
    expect(JSON.stringify(buyerView)).not.toMatch(/90000|85000|unitPrice/);
    const bView = await getCompetitionForSupplier(database.db, w.b.id, created.id);
    expect(
      Object.values(bView!.answer!.lines)
        .map((l) => l.unitPriceCents)
        .sort(),
    ).toEqual([16_000, 85_000]);
    expect(JSON.stringify(bView)).not.toContain("90000");
    const cView = await getCompetitionForSupplier(database.db, w.c.id, created.id);
    expect(cView?.answer).toBeUndefined();
    expect(cView?.open).toBe(true);
  });

  it("refuses a supplier not invited, after the deadline, and an incomplete answer, changing nothing", async () => {
    const w = await world();
    const created = await createCompetition(context, w.buyer, w.buyerOrg.id, "mini_competition", request({ lotId: w.lotId }));
    if (!created.ok) throw new Error(created.error);
    const view = await getCompetitionForSupplier(database.db, w.a.id, created.id);
    const lines = view!.lines.map((line) => ({ lineId: line.id, unitPriceCents: 1000, leadTimeDays: 1, note: "" }));
    // A supplier answering a competition it was not invited to: as if it does not exist.
    expect(await submitAnswer(context, w.outsider.actor, w.outsider.id, created.id, { lines, note: "" })).toEqual({
      ok: false,
      error: "competitions.error.notFound",
    });
    // A supplier acting for another supplier it is not a member of.
    expect(await submitAnswer(context, w.outsider.actor, w.a.id, created.id, { lines, note: "" })).toEqual({
      ok: false,
      error: "competitions.error.forbidden",
    });
    expect(await submitAnswer(context, w.a.actor, w.a.id, created.id, { lines: lines.slice(0, 1), note: "" })).toEqual({
      ok: false,
      error: "competitions.answer.incomplete",
    });
    expect(await answer(w.a, created.id, [1000, 2000], [1, 1])).toEqual({ ok: true });
    const later = new Date(Date.now() + 49 * HOUR);
    expect(
      await submitAnswer(
        context,
        w.a.actor,
        w.a.id,
        created.id,
        { lines: lines.map((l) => ({ ...l, unitPriceCents: 1 })), note: "" },
        later,
      ),
    ).toEqual({ ok: false, error: "competitions.answer.deadlinePassed" });
    const stored = await getCompetitionForSupplier(database.db, w.a.id, created.id);
    expect(
      Object.values(stored!.answer!.lines)
        .map((l) => l.unitPriceCents)
        .sort((x, y) => x - y),
    ).toEqual([1000, 2000]);
    const responses = await database.db
      .select()
      .from(competitionResponses)
      .where(eq(competitionResponses.competitionId, created.id));
    expect(responses.map((r) => r.supplierId)).toEqual([w.a.id]);
  });

  it("the database itself refuses an answer once the deadline passed", async () => {
    const w = await world();
    const created = await createCompetition(context, w.buyer, w.buyerOrg.id, "mini_competition", request({ lotId: w.lotId }));
    if (!created.ok) throw new Error(created.error);
    await passDeadline(created.id);
    await expect(
      database.db.execute(
        sql`INSERT INTO ordering.competition_responses (competition_id, supplier_id) VALUES (${created.id}, ${w.a.id})`,
      ),
    ).rejects.toThrow();
  });

  it("reads a supplier's answer form with Belgian amounts", () => {
    const form = new FormData();
    form.set("price_l1", "1.299,50");
    form.set("leadTime_l1", "5");
    form.set("price_l2", "0");
    form.set("leadTime_l2", "400");
    expect(readAnswerForm(form, ["l1", "l2"])).toEqual({
      ok: false,
      errors: { price_l2: "competitions.validation.price", leadTime_l2: "competitions.validation.leadTime" },
    });
    form.set("price_l2", "12.5");
    form.set("leadTime_l2", "0");
    const ok = readAnswerForm(form, ["l1", "l2"]);
    expect(ok.ok && ok.value.lines.map((l) => l.unitPriceCents)).toEqual([129_950, 1_250]);
  });
});

describe("after the deadline", () => {
  it("ranks the answers, needs the other criteria scored, awards only the best with a reason and tells everyone", async () => {
    const w = await world();
    const created = await createCompetition(context, w.buyer, w.buyerOrg.id, "mini_competition", request({ lotId: w.lotId }));
    if (!created.ok) throw new Error(created.error);
    // A: 20×900 + 10×150 = 19,500 € in 5 days; B: 20×850 + 10×160 = 18,600 € in 10 days; C does not answer.
    await answer(w.a, created.id, [90_000, 15_000], [5, 5]);
    await answer(w.b, created.id, [85_000, 16_000], [10, 3]);
    // Before the deadline the buyer can neither score nor award.
    expect(
      await awardCompetition(context, w.buyer, w.buyerOrg.id, created.id, {
        supplierId: w.b.id,
        reason: "Laagste prijs en goede score",
      }),
    ).toEqual({
      ok: false,
      error: "competitions.award.beforeDeadline",
    });
    await passDeadline(created.id);
    const view = await getCompetitionForBuyer(database.db, w.buyerOrg.id, created.id);
    expect(view?.results?.noAnswer.map((s) => s.id)).toEqual([w.c.id]);
    expect(view?.results?.scoresMissing).toBe(true);
    const other = view!.criteria.find((c) => c.kind === "other")!;
    expect(
      await awardCompetition(context, w.buyer, w.buyerOrg.id, created.id, {
        supplierId: w.b.id,
        reason: "Laagste prijs en goede score",
      }),
    ).toEqual({ ok: false, error: "competitions.award.scoresMissing" });
    expect(
      await scoreAnswers(context, w.buyer, w.buyerOrg.id, created.id, [
        { criterionId: other.id, supplierId: w.a.id, score: 8 },
        { criterionId: other.id, supplierId: w.b.id, score: 6 },
      ]),
    ).toEqual({ ok: true });
    const ranked = (await getCompetitionForBuyer(database.db, w.buyerOrg.id, created.id))!.results!;
    // Price 60: B 60, A 60×18600/19500 = 57.23; lead 20: A 20, B 20×5/10 = 10; other 20: A 16, B 12.
    // A = 57.23 + 20 + 16 = 93.23; B = 60 + 10 + 12 = 82.
    expect(ranked.ranking.map((r) => [r.supplierId, r.rank, r.score])).toEqual([
      [w.a.id, 1, 93.23],
      [w.b.id, 2, 82],
    ]);
    expect(ranked.scoresMissing).toBe(false);
    // Awarding to the second is refused (equal treatment), so is a short reason and a supplier without an offer.
    expect(
      await awardCompetition(context, w.buyer, w.buyerOrg.id, created.id, {
        supplierId: w.b.id,
        reason: "Laagste prijs, wij kiezen B",
      }),
    ).toEqual({ ok: false, error: "competitions.award.notBest", field: "supplierId" });
    expect(
      await awardCompetition(context, w.buyer, w.buyerOrg.id, created.id, { supplierId: w.a.id, reason: "kort" }),
    ).toMatchObject({
      ok: false,
      error: "competitions.validation.reason",
    });
    expect(
      await awardCompetition(context, w.buyer, w.buyerOrg.id, created.id, {
        supplierId: w.c.id,
        reason: "Geen offerte maar toch",
      }),
    ).toMatchObject({ ok: false, error: "competitions.award.notAnOffer" });
    // Another organisation's buyer cannot touch it.
    const other2 = await createOrganisation(database.db);
    const intruder = actorFor(w.buyer.personId, other2.id, "gemeente", ["aankoper"]);
    expect(
      await awardCompetition(context, intruder, other2.id, created.id, {
        supplierId: w.a.id,
        reason: "Beste totaalscore volgens de criteria",
      }),
    ).toMatchObject({ ok: false, error: "competitions.error.notFound" });

    const awarded = await awardCompetition(context, w.buyer, w.buyerOrg.id, created.id, {
      supplierId: w.a.id,
      reason: "Beste totaalscore volgens de aangekondigde criteria",
    });
    expect(awarded.ok).toBe(true);
    if (!awarded.ok) return;
    expect(awarded.report).toMatchObject({
      reference: created.reference,
      awardedSupplier: w.a.name,
      criteria: [
        { name: "Prijs", weight: 60 },
        { name: "Levertermijn", weight: 20 },
        { name: "Duurzaamheid", weight: 20 },
      ],
      ranking: [
        { rank: 1, supplier: w.a.name, score: 93.23, totalCents: 1_950_000, leadTimeDays: 5 },
        { rank: 2, supplier: w.b.name, score: 82, totalCents: 1_860_000, leadTimeDays: 10 },
      ],
    });
    const [stored] = await database.db.select().from(competitions).where(eq(competitions.id, created.id));
    expect(stored?.status).toBe("awarded");
    expect(stored?.awardReport?.awardedSupplier).toBe(w.a.name);
    // Twice is refused.
    expect(
      await awardCompetition(context, w.buyer, w.buyerOrg.id, created.id, {
        supplierId: w.a.id,
        reason: "Nogmaals dezelfde gunning",
      }),
    ).toMatchObject({ ok: false, error: "competitions.award.already" });
    // Every invited supplier is told: the winner that it won, the others who won and why.
    const told = await database.db
      .select()
      .from(orderNotifications)
      .where(eq(orderNotifications.href, `/leverancier/offerteaanvragen/${created.id}`));
    const kinds = Object.fromEntries(told.filter((n) => n.kind !== "competitionInvited").map((n) => [n.organisationId, n.kind]));
    expect(kinds).toEqual({ [w.a.id]: "competitionWon", [w.b.id]: "competitionLost", [w.c.id]: "competitionLost" });
    // B sees the outcome and its own place only.
    const bView = await getCompetitionForSupplier(database.db, w.b.id, created.id);
    expect(bView?.outcome).toMatchObject({ won: false, winner: w.a.name, rank: 2, score: 82, offers: 2 });
    expect(JSON.stringify(bView)).not.toContain("1950000");

    // The order goes to the winner at the awarded prices, once, however often it is asked.
    const [first, again] = await Promise.all([
      orderFromCompetition(context, w.buyer, w.buyerOrg.id, created.id),
      orderFromCompetition(context, w.buyer, w.buyerOrg.id, created.id),
    ]);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.orderId).toBe(first.orderId);
    expect([first.replayed, again.replayed].sort()).toEqual([false, true]);
    const [order] = await database.db.select().from(orders).where(eq(orders.id, first.orderId));
    expect(order).toMatchObject({
      organisationId: w.buyerOrg.id,
      supplierId: w.a.id,
      status: "submitted",
      route: "framework_competition",
      frameworkId: w.framework.id,
      totalExclCents: 1_950_000,
    });
    expect(order?.routeDetails.kind).toBe("framework_competition");
    expect(order?.routeDetails.explanation.join(" ")).toContain(created.reference);
    const lines = await database.db.select().from(orderLines).where(eq(orderLines.orderId, first.orderId));
    expect(lines.map((l) => [l.lineNumber, l.quantity, l.unitPriceCents, l.frameworkLotId]).sort()).toEqual([
      [1, 20, 90_000, w.lotId],
      [2, 10, 15_000, w.lotId],
    ]);
    const [afterOrder] = await database.db.select().from(competitions).where(eq(competitions.id, created.id));
    expect(afterOrder).toMatchObject({ status: "ordered", orderId: first.orderId });
    expect(await competitionReportForOrder(database.db, first.orderId)).toMatchObject({ reference: created.reference });
    const parts = await competitionDocumentParts(database.db, first.orderId);
    expect(parts?.offersConsulted.map((o) => [o.supplier, o.totalCents, o.chosen])).toEqual([
      [w.a.name, 1_950_000, true],
      [w.b.name, 1_860_000, false],
    ]);
    // Not for another organisation.
    expect(await orderFromCompetition(context, intruder, other2.id, created.id)).toMatchObject({
      ok: false,
      error: "competitions.error.notFound",
    });
  });

  it("refuses an order before the award", async () => {
    const w = await world();
    const created = await createCompetition(context, w.buyer, w.buyerOrg.id, "mini_competition", request({ lotId: w.lotId }));
    if (!created.ok) throw new Error(created.error);
    expect(await orderFromCompetition(context, w.buyer, w.buyerOrg.id, created.id)).toMatchObject({
      ok: false,
      error: "competitions.order.notAwarded",
    });
    const count = await database.query<{ n: string }>("SELECT count(*) AS n FROM ordering.orders WHERE organisation_id = $1", [
      w.buyerOrg.id,
    ]);
    expect(Number(count[0]!.n)).toBe(0);
  });
});

describe("stopping a request", () => {
  it("before the deadline keeps the answers sealed for good, tells the suppliers and takes no more answers", async () => {
    const w = await world();
    const created = await createCompetition(context, w.buyer, w.buyerOrg.id, "mini_competition", request({ lotId: w.lotId }));
    if (!created.ok) throw new Error(created.error);
    await answer(w.a, created.id, [90_000, 15_000], [5, 5]);
    expect(await cancelCompetition(context, w.buyer, w.buyerOrg.id, created.id, { reason: "kort" })).toMatchObject({
      ok: false,
      field: "cancelReason",
    });
    expect(
      await cancelCompetition(context, w.buyer, w.buyerOrg.id, created.id, { reason: "Fout in de omschrijving van regel 2" }),
    ).toEqual({ ok: true });
    expect(await answer(w.b, created.id, [1000, 1000], [1, 1])).toEqual({ ok: false, error: "competitions.answer.closed" });
    // Two days later, the deadline is past.
    const view = await getCompetitionForBuyer(
      database.db,
      w.buyerOrg.id,
      created.id,
      undefined,
      new Date(Date.now() + 49 * HOUR),
    );
    expect(view?.closed).toBe(true);
    expect(view?.status).toBe("cancelled");
    expect(view?.results).toBeUndefined();
    expect(JSON.stringify(view)).not.toContain("90000");
    const told = await database.db.select().from(orderNotifications).where(eq(orderNotifications.kind, "competitionCancelled"));
    expect(
      told
        .filter((n) => n.href.endsWith(created.id))
        .map((n) => n.organisationId)
        .sort(),
    ).toEqual([w.a.id, w.b.id, w.c.id].sort());
    expect((await getCompetitionForSupplier(database.db, w.c.id, created.id))?.cancelled?.reason).toBe(
      "Fout in de omschrijving van regel 2",
    );
    expect(
      await awardCompetition(
        context,
        w.buyer,
        w.buyerOrg.id,
        created.id,
        { supplierId: w.a.id, reason: "Toch gunnen aan A na stop" },
        new Date(Date.now() + 49 * HOUR),
      ),
    ).toMatchObject({ ok: false, error: "competitions.award.cancelled" });
  });
});

describe("quote requests", () => {
  it("go to the chosen approved suppliers only and rank on price", async () => {
    const w = await world();
    const pending = await createSupplier(database.db, { status: "pending" });
    const refused = await createCompetition(
      context,
      w.buyer,
      w.buyerOrg.id,
      "quote",
      request({ criteria: [{ kind: "price", name: "Prijs", weight: 100 }], supplierIds: [w.a.id, pending.id] }),
    );
    expect(refused).toMatchObject({ ok: false, error: "competitions.validation.suppliers" });
    const created = await createCompetition(
      context,
      w.buyer,
      w.buyerOrg.id,
      "quote",
      request({ criteria: [{ kind: "price", name: "Prijs", weight: 100 }], supplierIds: [w.a.id, w.outsider.id] }),
    );
    if (!created.ok) throw new Error(created.error);
    expect(created.reference).toMatch(/^OA-/);
    expect(await getCompetitionForSupplier(database.db, w.b.id, created.id)).toBeUndefined();
    await answer(w.a, created.id, [90_000, 15_000], [5, 5]);
    await answer(w.outsider, created.id, [80_000, 15_000], [20, 20]);
    await passDeadline(created.id);
    const view = await getCompetitionForBuyer(database.db, w.buyerOrg.id, created.id, "quote");
    expect(view?.results?.ranking.map((r) => [r.supplierId, r.rank])).toEqual([
      [w.outsider.id, 1],
      [w.a.id, 2],
    ]);
    // Asked under the wrong kind: not found.
    expect(await getCompetitionForBuyer(database.db, w.buyerOrg.id, created.id, "mini_competition")).toBeUndefined();
  });
});
