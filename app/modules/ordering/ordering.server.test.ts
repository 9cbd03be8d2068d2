import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { createMembership, createOrganisation, createPerson } from "../../../tests/factories/identity.ts";
import { createFramework, createProduct, createSupplier } from "../../../tests/factories/procurement.ts";
import type { Db } from "../../db/client.server.ts";
import { getFramework, recordAccession, upsertOffers } from "../procurement/index.server.ts";
import {
  acceptCurrentPrices,
  addApprovalRule,
  addDelegation,
  addThreshold,
  addToCart,
  answerFromUbl,
  answerOrder,
  buildCart,
  cancelOrder,
  changeOrderQuantity,
  confirmDelivery,
  decideOrder,
  listNotifications,
  listSupplierOrders,
  listThresholds,
  orderDetail,
  orderDocument,
  saveOrderingSettings,
  seedThresholds,
  sendApprovalReminders,
  spendCsv,
  spendReport,
  spendXlsx,
  submitCart,
  supplierProgress,
} from "./index.server.ts";
import { buildUblOrderResponse } from "./documents/index.ts";
import { orders } from "./schema.ts";
import { csvText } from "./spend.server.ts";

const database = await createTestDatabase();
const db = database.db as Db;
const key = () => randomBytes(16).toString("base64url");

beforeAll(async () => {
  await seedThresholds(db);
});

/** A municipality with a buyer, two budget holders and an org admin. */
async function municipality(budgetHolderDecides = true) {
  const organisation = await createOrganisation(db);
  const buyer = await createPerson(db);
  const approver = await createPerson(db);
  const approver2 = await createPerson(db);
  await createMembership(db, buyer.id, organisation.id, ["aankoper", "budgethouder"]);
  await createMembership(db, approver.id, organisation.id, ["budgethouder"]);
  await createMembership(db, approver2.id, organisation.id, ["budgethouder"]);
  const as = (personId: string) => ({ personId, organisationId: organisation.id });
  // Without rules the council decides (art. 41 DLB); most tests let the budget holder decide any amount.
  if (budgetHolderDecides) await addApprovalRule(db, as(buyer.id), { min: 0, body: "budgethouder", note: "" });
  return {
    organisation,
    buyer: as(buyer.id),
    approver: { ...as(approver.id), canApprove: true },
    approver2: { ...as(approver2.id), canApprove: true },
  };
}

/** A supplier with one offer at `priceCents` (category laptop unless told). */
async function supplierWithOffer(priceCents: number, category = "laptop") {
  const supplier = await createSupplier(db);
  const seller = await createPerson(db);
  await createMembership(db, seller.id, supplier.id, ["verkoper"]);
  const product = await createProduct(db, { category }, [{ supplierId: supplier.id, priceCents }]);
  const offerId = (await getOfferId(product.id, supplier.id))!;
  return { supplier, seller: { personId: seller.id, organisationId: supplier.id }, productId: product.id, offerId };
}

async function getOfferId(productId: string, supplierId: string) {
  const rows = (await database.query<{ id: string }>(
    "SELECT id FROM procurement.offers WHERE product_id = $1 AND supplier_id = $2",
    [productId, supplierId],
  )) as { id: string }[];
  return rows[0]?.id;
}

async function approvedOrder(priceCents = 100_000, quantity = 2) {
  const town = await municipality();
  const s = await supplierWithOffer(priceCents);
  await addToCart(db, town.buyer, { offerId: s.offerId, quantity });
  const submitted = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
  if (!submitted.ok) throw new Error(submitted.error);
  const orderId = submitted.orderIds[0]!;
  const decided = await decideOrder(db, town.approver, { orderId, version: 1, decision: "approved", comment: "" });
  if (!decided.ok) throw new Error(decided.error);
  return { town, s, orderId, poNumber: decided.poNumber };
}

describe("thresholds as dated configuration", () => {
  it("seeds the reference thresholds once, with their sources, and not the unconfirmed 2026 negotiated figure", async () => {
    await seedThresholds(db);
    const rows = await listThresholds(db, "2026-06-01");
    const low = rows.filter((row) => row.kind === "low_value");
    expect(low).toHaveLength(1);
    expect(low[0]!.amountCents).toBe(3_000_000);
    expect(low[0]!.sourceText).toContain("art. 92".replace("art", "Art"));
    const negotiated = rows.filter((row) => row.kind === "negotiated_no_publication");
    expect(negotiated.map((row) => [row.amountCents, row.state])).toEqual([[14_300_000, "past"]]);
    expect(rows.find((row) => row.kind === "eu_supplies_sub_central" && row.state === "current")?.amountCents).toBe(21_600_000);
  });

  it("a future-dated change ends the running threshold the day before and is scheduled", async () => {
    const result = await addThreshold(db, {
      kind: "low_value",
      amount: 7_500_000,
      validFrom: "2030-01-01",
      sourceText: "Testwet",
      note: "",
    });
    expect(result.ok).toBe(true);
    const rows = await listThresholds(db, "2026-06-01");
    const low = rows.filter((row) => row.kind === "low_value");
    expect(low.map((row) => [row.amountCents, row.validTo, row.state])).toEqual([
      [3_000_000, "2029-12-31", "current"],
      [7_500_000, null, "scheduled"],
    ]);
    const again = await addThreshold(db, {
      kind: "low_value",
      amount: 1,
      validFrom: "2030-01-01",
      sourceText: "x y z",
      note: "",
    });
    expect(again).toMatchObject({ ok: false, error: "ordering.thresholds.sameStart" });
  });
});

describe("the cart", () => {
  it("refuses bad quantities, unknown and expired offers, and changes nothing", async () => {
    const town = await municipality();
    const s = await supplierWithOffer(10_000);
    expect(await addToCart(db, town.buyer, { offerId: s.offerId, quantity: 0 })).toMatchObject({ ok: false });
    expect(await addToCart(db, town.buyer, { offerId: s.offerId, quantity: 10_001 })).toMatchObject({
      ok: false,
      error: "ordering.validation.quantityTooLarge",
    });
    expect(await addToCart(db, town.buyer, { offerId: "not-a-uuid", quantity: 1 })).toMatchObject({ ok: false });
    expect(await addToCart(db, town.buyer, { offerId: "00000000-0000-4000-8000-000000000000", quantity: 1 })).toMatchObject({
      ok: false,
      error: "ordering.error.offerNotFound",
    });
    const product = await createProduct(db, {}, [
      { supplierId: s.supplier.id, priceCents: 5_000, validFrom: "2020-01-01", validTo: "2020-12-31" },
    ]);
    const expired = (await getOfferId(product.id, s.supplier.id))!;
    expect(await addToCart(db, town.buyer, { offerId: expired, quantity: 1 })).toMatchObject({
      ok: false,
      error: "ordering.error.offerExpired",
    });
    expect((await buildCart(db, town.organisation.id)).lineCount).toBe(0);
  });

  it("keeps the price of the moment, flags a changed price and refuses to submit until it is taken over", async () => {
    const town = await municipality();
    const s = await supplierWithOffer(10_000);
    await addToCart(db, town.buyer, { offerId: s.offerId, quantity: 3 });
    await upsertOffers(db, [{ productId: s.productId, supplierId: s.supplier.id, priceCents: 12_000, leadTimeDays: 3 }]);
    const cart = await buildCart(db, town.organisation.id);
    expect(cart.groups[0]!.lines[0]).toMatchObject({
      unitPriceCents: 10_000,
      currentPriceCents: 12_000,
      problem: "priceChanged",
    });
    const refused = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
    expect(refused).toMatchObject({ ok: false, error: "ordering.error.cartNeedsAttention" });
    expect((await buildCart(db, town.organisation.id)).lineCount).toBe(1);
    expect(await acceptCurrentPrices(db, town.buyer)).toBe(1);
    const after = await buildCart(db, town.organisation.id);
    expect(after.groups[0]!.lines[0]).toMatchObject({ unitPriceCents: 12_000, problem: null });
  });

  it("keeps the other suppliers' offers of the same product as evidence of the comparison", async () => {
    const town = await municipality();
    const a = await createSupplier(db);
    const b = await createSupplier(db);
    const product = await createProduct(db, {}, [
      { supplierId: a.id, priceCents: 90_000, leadTimeDays: 2 },
      { supplierId: b.id, priceCents: 85_000, leadTimeDays: 9 },
    ]);
    await addToCart(db, town.buyer, { offerId: (await getOfferId(product.id, a.id))!, quantity: 2 });
    const submitted = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
    const orderId = submitted.ok ? submitted.orderIds[0]! : "";
    const doc = (await orderDocument(db, orderId, "buyer", town.organisation.id))!;
    expect(doc.offersConsulted.map((o) => [o.supplier, o.totalCents, o.leadTimeDays, o.chosen])).toEqual([
      [a.name, 180_000, 2, true],
      [b.name, 170_000, 9, false],
    ]);
  });

  it("splits per supplier and keeps a blocked group in the cart", async () => {
    const town = await municipality();
    const a = await supplierWithOffer(20_000);
    const b = await supplierWithOffer(400_000);
    await addToCart(db, town.buyer, { offerId: a.offerId, quantity: 2 });
    await addToCart(db, town.buyer, { offerId: b.offerId, quantity: 10 }); // € 40.000: over the threshold
    const cart = await buildCart(db, town.organisation.id);
    expect(cart.groups.map((g) => [g.supplierId, g.check.route])).toEqual([
      [a.supplier.id, "low_value"],
      [b.supplier.id, "blocked"],
    ]);
    const result = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
    expect(result.ok && result.orderIds.length).toBe(1);
    const left = await buildCart(db, town.organisation.id);
    expect(left.groups.map((g) => g.supplierId)).toEqual([b.supplier.id]);
  });

  it("warns about a suspected split across suppliers and blocks the cumulative total with one supplier", async () => {
    const town = await municipality();
    const a = await supplierWithOffer(1_000_000); // € 10.000 per laptop
    const b = await supplierWithOffer(900_000);
    await addToCart(db, town.buyer, { offerId: a.offerId, quantity: 2 });
    const first = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
    expect(first.ok).toBe(true);
    await addToCart(db, town.buyer, { offerId: b.offerId, quantity: 2 });
    const cart = await buildCart(db, town.organisation.id);
    expect(cart.groups[0]!.check.route).toBe("low_value");
    expect(cart.groups[0]!.check.warnings.map((w) => w.key)).toContain("ordering.check.warnSplitCategory");
    // The same supplier again: € 20.000 + € 10.000 this year is not below € 30.000.
    await addToCart(db, town.buyer, { offerId: a.offerId, quantity: 1 });
    const again = await buildCart(db, town.organisation.id);
    const group = again.groups.find((g) => g.supplierId === a.supplier.id)!;
    expect(group.check.route).toBe("blocked");
    expect(group.check.reasons.map((r) => r.key)).toContain("ordering.check.cumulativeOver");
  });
});

describe("framework agreements", () => {
  it("routes a joined multi-supplier reopening lot to a mini-competition and a single-supplier lot to a direct order", async () => {
    const town = await municipality();
    const s1 = await createSupplier(db);
    const s2 = await createSupplier(db);
    const framework = await createFramework(db, {
      orderMethod: "reopening",
      lots: [
        { number: 1, title: "Laptops", supplierIds: [s1.id, s2.id] },
        { number: 2, title: "Smartphones", supplierIds: [s1.id] },
      ],
    });
    const [lot1, lot2] = framework.lots;
    const laptop = await createProduct(db, {}, [{ supplierId: s1.id, priceCents: 80_000, frameworkLotId: lot1!.id }]);
    const phone = await createProduct(db, { category: "smartphone" }, [
      { supplierId: s1.id, priceCents: 40_000, frameworkLotId: lot2!.id },
    ]);
    const laptopOffer = (await getOfferId(laptop.id, s1.id))!;
    const phoneOffer = (await getOfferId(phone.id, s1.id))!;
    // Not joined: the low-value route with an explanation.
    await addToCart(db, town.buyer, { offerId: phoneOffer, quantity: 1 });
    let cart = await buildCart(db, town.organisation.id);
    expect(cart.groups[0]!.check.route).toBe("low_value");
    expect(cart.groups[0]!.check.reasons[0]!.key).toBe("ordering.check.notJoined");
    await recordAccession(db, {
      organisationId: town.organisation.id,
      frameworkId: framework.id,
      decisionBody: "college",
      decisionDate: "2026-02-01",
      decisionReference: "CBS/1",
    });
    cart = await buildCart(db, town.organisation.id);
    expect(cart.groups[0]!.check.route).toBe("framework_direct");
    await addToCart(db, town.buyer, { offerId: laptopOffer, quantity: 1 });
    cart = await buildCart(db, town.organisation.id);
    // Same supplier, same framework: one group, and the laptop lot needs a mini-competition.
    expect(cart.groups).toHaveLength(1);
    expect(cart.groups[0]!.check.route).toBe("framework_competition");
    expect(cart.groups[0]!.check.submittable).toBe(false);
    expect(await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.nothingToSubmit",
    });
  });

  it("counts approved orders into the usage meter and refuses to approve past the maximum", async () => {
    const town = await municipality();
    const s1 = await createSupplier(db);
    const framework = await createFramework(db, {
      maxValueCents: 1_000_000,
      lots: [{ number: 1, title: "Laptops", supplierIds: [s1.id] }],
    });
    await recordAccession(db, {
      organisationId: town.organisation.id,
      frameworkId: framework.id,
      decisionBody: "college",
      decisionDate: "2026-02-01",
      decisionReference: "CBS/2",
    });
    const product = await createProduct(db, {}, [
      { supplierId: s1.id, priceCents: 300_000, frameworkLotId: framework.lots[0]!.id },
    ]);
    const offerId = (await getOfferId(product.id, s1.id))!;
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      await addToCart(db, town.buyer, { offerId, quantity: 2 }); // € 6.000 each, both fit the € 10.000 max on their own
      const submitted = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
      expect(submitted.ok).toBe(true);
      if (submitted.ok) ids.push(submitted.orderIds[0]!);
    }
    const [first] = await db.select().from(orders).where(eq(orders.id, ids[0]!));
    expect(first!.route).toBe("framework_direct");
    expect(
      await decideOrder(db, town.approver, { orderId: ids[0]!, version: 1, decision: "approved", comment: "" }),
    ).toMatchObject({
      ok: true,
    });
    expect((await getFramework(db, framework.id))!.usedValueCents).toBe(600_000);
    expect(
      await decideOrder(db, town.approver, { orderId: ids[1]!, version: 1, decision: "approved", comment: "" }),
    ).toMatchObject({
      ok: false,
      error: "ordering.error.frameworkMax",
    });
    const [second] = await db.select().from(orders).where(eq(orders.id, ids[1]!));
    expect(second!.status).toBe("submitted");
    expect(second!.poNumber).toBeNull();
    expect((await getFramework(db, framework.id))!.usedValueCents).toBe(600_000);
    // Cancelling the approved order gives its value back.
    expect(await cancelOrder(db, town.buyer, { orderId: ids[0]!, reason: "" })).toMatchObject({ ok: true });
    expect((await getFramework(db, framework.id))!.usedValueCents).toBe(0);
  });
});

describe("submitting with an idempotency key", () => {
  it("returns the same orders for a retry and for concurrent submits, never two sets", async () => {
    const town = await municipality();
    const a = await supplierWithOffer(10_000);
    const b = await supplierWithOffer(20_000);
    await addToCart(db, town.buyer, { offerId: a.offerId, quantity: 1 });
    await addToCart(db, town.buyer, { offerId: b.offerId, quantity: 1 });
    const k = key();
    const input = { idempotencyKey: k, deliveryAddress: "", note: "" };
    const results = await Promise.all([
      submitCart(db, town.buyer, input),
      submitCart(db, town.buyer, input),
      submitCart(db, town.buyer, input),
    ]);
    const ids = results.map((r) => (r.ok ? [...r.orderIds].sort().join(",") : r.error));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]!.split(",")).toHaveLength(2);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
    const retry = await submitCart(db, town.buyer, input);
    expect(retry.ok && [...retry.orderIds].sort().join(",")).toBe(ids[0]);
    const all = await db.select().from(orders).where(eq(orders.organisationId, town.organisation.id));
    expect(all).toHaveLength(2);
  });
});

describe("approval", () => {
  it("refuses the buyer's own order, a second decision, a changed order and another organisation's order", async () => {
    const town = await municipality();
    const other = await municipality();
    const s = await supplierWithOffer(10_000);
    await addToCart(db, town.buyer, { offerId: s.offerId, quantity: 1 });
    const submitted = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
    const orderId = submitted.ok ? submitted.orderIds[0]! : "";
    const buyerAsApprover = { ...town.buyer, canApprove: true };
    expect(await decideOrder(db, buyerAsApprover, { orderId, version: 1, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.ownOrder",
    });
    expect(await decideOrder(db, other.approver, { orderId, version: 1, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.notFound",
    });
    // The buyer changes the order: an approval of version 1 is refused.
    expect(await changeOrderQuantity(db, town.buyer, { orderId, lineNumber: 1, quantity: 2 })).toMatchObject({ ok: true });
    expect(await decideOrder(db, town.approver, { orderId, version: 1, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.changed",
    });
    const approved = await decideOrder(db, town.approver, { orderId, version: 2, decision: "approved", comment: "ok" });
    expect(approved).toMatchObject({ ok: true, status: "sent" });
    expect(await decideOrder(db, town.approver2, { orderId, version: 2, decision: "rejected", comment: "nee" })).toMatchObject({
      ok: false,
      error: "ordering.error.alreadyDecided",
    });
    // After approval the order cannot be changed any more.
    expect(await changeOrderQuantity(db, town.buyer, { orderId, lineNumber: 1, quantity: 3 })).toMatchObject({
      ok: false,
      error: "ordering.error.notEditable",
    });
    const detail = await orderDetail(db, orderId, "buyer", town.organisation.id);
    expect(detail!.order.totalExclCents).toBe(20_000);
    expect(detail!.events.map((e) => e.kind)).toEqual(["submitted", "changed", "approved", "sent"]);
  });

  it("needs a delegation for a body above the budget holder, valid on the day", async () => {
    const town = await municipality(false);
    const admin = { personId: town.buyer.personId, organisationId: town.organisation.id };
    await addApprovalRule(db, admin, { min: 0, max: 500_000, body: "budgethouder", note: "" });
    await addApprovalRule(db, admin, { min: 500_000, body: "college", note: "" });
    expect(await addApprovalRule(db, admin, { min: 400_000, max: 600_000, body: "college", note: "" })).toMatchObject({
      ok: false,
      error: "ordering.rules.overlap",
    });
    const s = await supplierWithOffer(600_000);
    await addToCart(db, town.buyer, { offerId: s.offerId, quantity: 1 });
    const submitted = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
    const orderId = submitted.ok ? submitted.orderIds[0]! : "";
    expect((await orderDetail(db, orderId, "buyer", town.organisation.id))!.order.approvingBody).toBe("college");
    expect(await decideOrder(db, town.approver, { orderId, version: 1, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.noMandate",
    });
    await addDelegation(db, admin, {
      personId: town.approver.personId,
      body: "college",
      validFrom: "2020-01-01",
      validTo: "2020-12-31",
      decisionReference: "verlopen",
    });
    expect(await decideOrder(db, town.approver, { orderId, version: 1, decision: "approved", comment: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.noMandate",
    });
    await addDelegation(db, admin, {
      personId: town.approver.personId,
      body: "college",
      validFrom: "2020-01-01",
      validTo: "2099-12-31",
      decisionReference: "CBS 2026/1",
    });
    expect(await decideOrder(db, town.approver, { orderId, version: 1, decision: "approved", comment: "" })).toMatchObject({
      ok: true,
    });
  });

  it("issues gap-free purchase-order numbers per organisation in its own format; a declined order takes none", async () => {
    const town = await municipality();
    await saveOrderingSettings(db, town.buyer, { poNumberFormat: "PO-{YY}-{SEQ:4}", reminderDays: 3 });
    const s = await supplierWithOffer(10_000);
    const numbers: (string | null)[] = [];
    for (const decision of ["approved", "rejected", "approved"] as const) {
      await addToCart(db, town.buyer, { offerId: s.offerId, quantity: 1 });
      const submitted = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
      const orderId = submitted.ok ? submitted.orderIds[0]! : "";
      const result = await decideOrder(
        db,
        town.approver,
        { orderId, version: 1, decision, comment: decision === "rejected" ? "te duur" : "" },
        { now: new Date("2026-05-05T10:00:00Z") },
      );
      numbers.push(result.ok ? result.poNumber : result.error);
    }
    expect(numbers).toEqual(["PO-26-0001", null, "PO-26-0002"]);
  });
});

describe("suppliers and the status machine", () => {
  it("shows a supplier only its own orders and refuses its answer on another supplier's order", async () => {
    const { s, orderId } = await approvedOrder();
    const intruder = await supplierWithOffer(10_000);
    expect((await listSupplierOrders(db, s.supplier.id)).map((o) => o.id)).toEqual([orderId]);
    expect(await listSupplierOrders(db, intruder.supplier.id)).toEqual([]);
    expect(await orderDetail(db, orderId, "supplier", intruder.supplier.id)).toBeUndefined();
    expect(await answerOrder(db, intruder.seller, orderId, { decision: "accept", reason: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.notFound",
    });
    expect((await orderDetail(db, orderId, "buyer", (await approvedOrder()).town.organisation.id)) ?? null).toBeNull();
  });

  it("does not show a supplier an order still awaiting approval", async () => {
    const town = await municipality();
    const s = await supplierWithOffer(10_000);
    await addToCart(db, town.buyer, { offerId: s.offerId, quantity: 1 });
    const submitted = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
    expect(await listSupplierOrders(db, s.supplier.id)).toEqual([]);
    expect(await orderDetail(db, submitted.ok ? submitted.orderIds[0]! : "", "supplier", s.supplier.id)).toBeUndefined();
  });

  it("takes a partially accepted order through shipping, delivery and invoicing, telling the other side each time", async () => {
    const { town, s, orderId } = await approvedOrder(100_000, 4);
    expect(await answerOrder(db, s.seller, orderId, { decision: "partial", reason: "", quantities: { 1: 5 } })).toMatchObject({
      ok: false,
      error: "ordering.validation.acceptedQuantity",
    });
    expect(
      await answerOrder(db, s.seller, orderId, { decision: "partial", reason: "3 in stock", quantities: { 1: 3 } }),
    ).toMatchObject({
      ok: true,
      status: "partially_accepted",
    });
    expect(await answerOrder(db, s.seller, orderId, { decision: "reject", reason: "x" })).toMatchObject({
      ok: false,
      error: "ordering.error.alreadyAnswered",
    });
    expect(await cancelOrder(db, town.buyer, { orderId, reason: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.notCancellable",
    });
    expect(await supplierProgress(db, s.seller, orderId, "invoiced", { invoiceNumber: "F1" })).toMatchObject({
      ok: false,
      error: "ordering.error.statusChanged",
    });
    expect(await supplierProgress(db, s.seller, orderId, "shipped", {})).toMatchObject({ ok: true });
    expect(await confirmDelivery(db, town.buyer, { orderId, comment: "" })).toMatchObject({ ok: true });
    expect(await supplierProgress(db, s.seller, orderId, "invoiced", { invoiceNumber: "F-2026-1" })).toMatchObject({ ok: true });
    const detail = await orderDetail(db, orderId, "buyer", town.organisation.id);
    expect(detail!.order.status).toBe("invoiced");
    expect(detail!.lines[0]!.acceptedQuantity).toBe(3);
    const buyerNotes = await listNotifications(db, town.buyer.personId);
    expect(buyerNotes.map((n) => n.kind)).toEqual(
      expect.arrayContaining(["approved", "partially_accepted", "shipped", "invoiced"]),
    );
    const sellerNotes = await listNotifications(db, s.seller.personId);
    expect(sellerNotes.map((n) => n.kind)).toEqual(expect.arrayContaining(["received", "delivered"]));
    // Spend counts the accepted quantity.
    const report = await spendReport(db, town.organisation.id);
    expect(report.totalCents).toBe(300_000);
    expect(report.bySupplier[0]).toMatchObject({ key: s.supplier.id, orders: 1, amountCents: 300_000 });
    const csv = await spendCsv(db, town.organisation.id, undefined, "nl");
    expect(csv).toContain("3000,00");
    for (const locale of ["nl", "en"] as const) {
      const workbook = new ExcelJS.Workbook();
      // exceljs declares its own Buffer type; Node's Buffer is what it reads.
      await workbook.xlsx.load((await spendXlsx(db, town.organisation.id, undefined, locale)) as never);
      expect(workbook.worksheets).toHaveLength(6);
      expect(workbook.worksheets[0]!.getRow(2).getCell(3).value).toBe(3000);
    }
    const doc = await orderDocument(db, orderId, "supplier", s.supplier.id);
    expect(doc!.lines[0]).toMatchObject({ quantity: 3, lineTotalCents: 300_000 });
    expect(doc!.route.legalBasis).toContain("Art. 92");
    expect(doc!.offersConsulted[0]).toMatchObject({ supplier: doc!.supplier.name, chosen: true });
  });

  it("lets the buyer cancel before acceptance, and the supplier can no longer answer", async () => {
    const { town, s, orderId } = await approvedOrder();
    expect(await cancelOrder(db, town.buyer, { orderId, reason: "niet meer nodig" })).toMatchObject({ ok: true });
    expect(await answerOrder(db, s.seller, orderId, { decision: "accept", reason: "" })).toMatchObject({
      ok: false,
      error: "ordering.error.alreadyAnswered",
    });
    expect((await spendReport(db, town.organisation.id)).totalCents).toBe(0);
  });
});

describe("the supplier's Peppol OrderResponse", () => {
  it("applies a partial acceptance from UBL, and refuses one for another PO number or malformed XML", async () => {
    const { town, s, orderId, poNumber } = await approvedOrder(100_000, 4);
    const doc = (await orderDocument(db, orderId, "supplier", s.supplier.id))!;
    const parties = { buyer: doc.buyer, supplier: doc.supplier, orderLines: doc.lines };
    const other = buildUblOrderResponse(
      { orderNumber: "9999000001", responseCode: "AP", issueDate: "2026-06-01", lines: [] },
      parties,
    );
    expect(await answerFromUbl(db, s.seller, orderId, other)).toMatchObject({ ok: false, error: "ordering.error.ublMismatch" });
    expect(await answerFromUbl(db, s.seller, orderId, "<OrderResponse>")).toMatchObject({ ok: false, field: "orderResponse" });
    const intruder = await supplierWithOffer(10_000);
    const partial = buildUblOrderResponse(
      {
        orderNumber: poNumber!,
        responseCode: "CA",
        issueDate: "2026-06-01",
        note: "2 op voorraad",
        lines: [{ lineNumber: 1, acceptedQuantity: 2 }],
      },
      parties,
    );
    expect(await answerFromUbl(db, intruder.seller, orderId, partial)).toMatchObject({
      ok: false,
      error: "ordering.error.notFound",
    });
    expect(await answerFromUbl(db, s.seller, orderId, partial)).toMatchObject({ ok: true, status: "partially_accepted" });
    const detail = (await orderDetail(db, orderId, "buyer", town.organisation.id))!;
    expect(detail.lines[0]!.acceptedQuantity).toBe(2);
    expect(detail.events.at(-1)!.details).toMatchObject({ source: "ubl" });
  });
});

describe("spend CSV", () => {
  it("never lets a product name run as a spreadsheet formula", () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(csvText("-1+1")).toBe("'-1+1");
    expect(csvText("Dell Latitude 5550")).toBe("Dell Latitude 5550");
  });
});

describe("approval reminders", () => {
  it("reminds approvers once per delay for orders waiting too long", async () => {
    const town = await municipality();
    const s = await supplierWithOffer(10_000);
    await addToCart(db, town.buyer, { offerId: s.offerId, quantity: 1 });
    const submitted = await submitCart(db, town.buyer, { idempotencyKey: key(), deliveryAddress: "", note: "" });
    const orderId = submitted.ok ? submitted.orderIds[0]! : "";
    const later = new Date(Date.now() + 4 * 86_400_000);
    const first = await sendApprovalReminders(db, later);
    expect(first).toBeGreaterThanOrEqual(1);
    const again = await sendApprovalReminders(db, new Date(later.getTime() + 3_600_000));
    const events = (await orderDetail(db, orderId, "buyer", town.organisation.id))!.events.filter((e) => e.kind === "reminder");
    expect(events).toHaveLength(1);
    expect(again).toBe(0);
    const notes = await listNotifications(db, town.approver.personId);
    expect(notes.filter((n) => n.kind === "reminder" && n.orderId === orderId)).toHaveLength(1);
    // The buyer (also a budget holder here) is not reminded of their own order.
    expect((await listNotifications(db, town.buyer.personId)).filter((n) => n.kind === "reminder")).toHaveLength(0);
  });
});
