// A supplier's own offers: the paged list, one offer for editing, adding one offer (with its
// product) and withdrawing one. Every lookup is scoped to the supplier: another supplier's
// offer id is "not found".
import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { applyRecords } from "./import-jobs.server.ts";
import { type RowError, validationContext } from "./import-rows.server.ts";
import { frameworkLots, frameworkLotSuppliers, frameworks, offers, productCategories, products } from "./schema.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const OFFERS_PAGE_SIZE = 25;

const offerColumns = {
  id: offers.id,
  productId: products.id,
  manufacturer: products.manufacturer,
  partNumber: products.partNumber,
  gtin: products.gtin,
  name: products.name,
  category: productCategories.slug,
  supplierSku: offers.supplierSku,
  priceCents: offers.priceCents,
  vatRate: offers.vatRate,
  stock: offers.stock,
  leadTimeDays: offers.leadTimeDays,
  minQuantity: offers.minQuantity,
  validFrom: offers.validFrom,
  validTo: offers.validTo,
  frameworkLotId: offers.frameworkLotId,
  lotNumber: frameworkLots.number,
  frameworkReference: frameworks.reference,
};

export type SupplierOffer = {
  id: string;
  productId: string;
  manufacturer: string;
  partNumber: string;
  gtin: string | null;
  name: string;
  category: string;
  supplierSku: string | null;
  priceCents: number;
  vatRate: number;
  stock: number;
  leadTimeDays: number;
  minQuantity: number;
  validFrom: string;
  validTo: string | null;
  frameworkLotId: string | null;
  lotNumber: number | null;
  frameworkReference: string | null;
};

function offersQuery(db: Db) {
  return db
    .select(offerColumns)
    .from(offers)
    .innerJoin(products, eq(products.id, offers.productId))
    .innerJoin(productCategories, eq(productCategories.id, products.categoryId))
    .leftJoin(frameworkLots, eq(frameworkLots.id, offers.frameworkLotId))
    .leftJoin(frameworks, eq(frameworks.id, frameworkLots.frameworkId));
}

/** One page of the supplier's offers, by manufacturer and part number. */
export async function listSupplierOffers(db: Db, supplierId: string, page: number) {
  const [total] = await db.select({ n: count() }).from(offers).where(eq(offers.supplierId, supplierId));
  const pages = Math.max(1, Math.ceil((total?.n ?? 0) / OFFERS_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const items: SupplierOffer[] = await offersQuery(db)
    .where(eq(offers.supplierId, supplierId))
    .orderBy(asc(products.manufacturer), asc(products.partNumber), asc(offers.id))
    .limit(OFFERS_PAGE_SIZE)
    .offset((current - 1) * OFFERS_PAGE_SIZE);
  return { items, total: total?.n ?? 0, page: current, pages };
}

/** One offer of this supplier; undefined for another supplier's offer or a malformed id. */
export async function getSupplierOffer(db: Db, supplierId: string, offerId: string): Promise<SupplierOffer | undefined> {
  if (!UUID.test(offerId)) return undefined;
  const [row] = await offersQuery(db).where(and(eq(offers.id, offerId), eq(offers.supplierId, supplierId)));
  return row;
}

/** The framework lots the supplier was awarded, for the lot select. */
export async function listSupplierLots(db: Db, supplierId: string) {
  const rows = await db
    .select({ id: frameworkLots.id, number: frameworkLots.number, title: frameworkLots.title, reference: frameworks.reference })
    .from(frameworkLotSuppliers)
    .innerJoin(frameworkLots, eq(frameworkLots.id, frameworkLotSuppliers.lotId))
    .innerJoin(frameworks, eq(frameworks.id, frameworkLots.frameworkId))
    .where(eq(frameworkLotSuppliers.supplierId, supplierId))
    .orderBy(asc(frameworks.reference), asc(frameworkLots.number));
  return rows.map((row) => ({ id: row.id, label: `${row.reference} — perceel ${row.number}: ${row.title}` }));
}

/** Field errors keyed by field, from row errors (first error per field wins). */
function byField(errors: RowError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) out[error.column ?? "_form"] ??= error.error;
  return out;
}

/**
 * Adds (or, for a product the supplier already offers, replaces) one offer with its product.
 * `record` holds the form's fields: import field names and `spec.<key>`.
 */
export async function saveSupplierOffer(
  db: Db,
  supplierId: string,
  record: Record<string, string | undefined>,
  actor: { personId: string },
): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const result = await applyRecords(db, supplierId, [record], { actorId: actor.personId, source: "formulier" });
  if (!result.ok) return { ok: false, errors: byField(result.errors) };
  return { ok: true };
}

/** Changes the offer fields of one own offer (the product stays as it is). */
export async function updateSupplierOffer(
  db: Db,
  supplierId: string,
  offerId: string,
  record: Record<string, string | undefined>,
  actor: { personId: string },
): Promise<{ ok: true } | { ok: false; errors: Record<string, string> } | { ok: false; error: "notFound" }> {
  const offer = await getSupplierOffer(db, supplierId, offerId);
  if (!offer) return { ok: false, error: "notFound" };
  const [product] = await db.select().from(products).where(eq(products.id, offer.productId));
  if (!product) return { ok: false, error: "notFound" };
  const context = await validationContext(db, supplierId);
  const result = await applyRecords(
    db,
    supplierId,
    [
      {
        ...record,
        // The product as it is: only the offer changes here.
        manufacturer: product.manufacturer,
        partNumber: product.partNumber,
        gtin: product.gtin ?? "",
        name: product.name,
        description: product.description,
        category: offer.category,
        unspsc: product.unspsc ?? "",
        ...Object.fromEntries(Object.entries(product.specs).map(([key, value]) => [`spec.${key}`, String(value)])),
      },
    ],
    { actorId: actor.personId, source: "formulier", context },
  );
  if (!result.ok) return { ok: false, errors: byField(result.errors) };
  return { ok: true };
}

/** Withdraws (deletes) one own offer; the product stays for other suppliers. */
export async function withdrawSupplierOffer(
  db: Db,
  supplierId: string,
  offerId: string,
  actor: { personId: string; ip?: string | null },
): Promise<boolean> {
  if (!UUID.test(offerId)) return false;
  return db.transaction(async (tx) => {
    const deleted = await tx
      .delete(offers)
      .where(and(eq(offers.id, offerId), eq(offers.supplierId, supplierId)))
      .returning({ id: offers.id, productId: offers.productId });
    if (deleted.length === 0) return false;
    await recordAudit(tx, {
      actorId: actor.personId,
      organisationId: supplierId,
      ip: actor.ip ?? null,
      action: "procurement.offer.withdrawn",
      targetType: "offer",
      targetId: offerId,
      details: { productId: deleted[0]!.productId },
    });
    return true;
  });
}
