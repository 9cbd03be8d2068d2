// What the ordering module needs from the catalogue and the framework register: offers with
// their product, category, lot and framework agreement, and the framework usage meter that
// approved orders move (never past the maximum value).
import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { rowsOf } from "./db-util.server.ts";
import { frameworks } from "./schema.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type OrderableOffer = {
  id: string;
  productId: string;
  productName: string;
  manufacturer: string;
  partNumber: string;
  gtin: string | null;
  unspsc: string | null;
  categoryId: number;
  categorySlug: string;
  categoryNameNl: string;
  categoryNameEn: string;
  supplierId: string;
  supplierSku: string | null;
  priceCents: number;
  vatRate: number;
  minQuantity: number;
  leadTimeDays: number;
  validFrom: string;
  validTo: string | null;
  lot: { id: string; number: number; title: string; supplierCount: number } | null;
  framework: {
    id: string;
    reference: string;
    title: string;
    centralPurchasingBody: string;
    orderMethod: "direct" | "reopening";
    maxValueCents: number;
    usedValueCents: number;
    startsOn: string;
    endsOn: string;
  } | null;
};

/** The offers with these ids (unknown or malformed ids are left out), with what ordering needs. */
export async function offersForOrdering(db: DbOrTx, offerIds: readonly string[]): Promise<OrderableOffer[]> {
  const ids = [...new Set(offerIds.filter((id) => UUID.test(id)))];
  if (ids.length === 0) return [];
  return rowsOf<OrderableOffer>(
    db,
    sql`SELECT o.id, o.product_id AS "productId", p.name AS "productName", p.manufacturer, p.part_number AS "partNumber",
               p.gtin, coalesce(p.unspsc, c.unspsc) AS unspsc, c.id AS "categoryId", c.slug AS "categorySlug",
               c.name_nl AS "categoryNameNl", c.name_en AS "categoryNameEn", o.supplier_id AS "supplierId",
               o.supplier_sku AS "supplierSku", o.price_cents AS "priceCents", o.vat_rate AS "vatRate",
               o.min_quantity AS "minQuantity", o.lead_time_days AS "leadTimeDays",
               o.valid_from::text AS "validFrom", o.valid_to::text AS "validTo",
               CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object(
                 'id', l.id, 'number', l.number, 'title', l.title,
                 'supplierCount', (SELECT count(*)::int FROM procurement.framework_lot_suppliers s WHERE s.lot_id = l.id)) END AS lot,
               CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object(
                 'id', f.id, 'reference', f.reference, 'title', f.title, 'centralPurchasingBody', f.central_purchasing_body,
                 'orderMethod', f.order_method, 'maxValueCents', f.max_value_cents, 'usedValueCents', f.used_value_cents,
                 'startsOn', f.starts_on, 'endsOn', f.ends_on) END AS framework
          FROM procurement.offers o
          JOIN procurement.products p ON p.id = o.product_id
          JOIN procurement.categories c ON c.id = p.category_id
          LEFT JOIN procurement.framework_lots l ON l.id = o.framework_lot_id
          LEFT JOIN procurement.frameworks f ON f.id = l.framework_id
         WHERE o.id IN (${sql.join(
           ids.map((id) => sql`${id}::uuid`),
           sql`, `,
         )})`,
  );
}

/**
 * Moves a framework agreement's usage meter by `deltaCents` (an approved order adds, a cancelled
 * or refused one gives back), under a row lock. Refuses to go past the maximum value. Audited.
 */
export async function adjustFrameworkUsage(
  tx: DbOrTx,
  frameworkId: string,
  deltaCents: number,
  actor: { personId?: string | null; organisationId?: string | null; orderId?: string },
): Promise<{ ok: true; usedValueCents: number } | { ok: false; error: string }> {
  const [current] = await tx
    .select({ used: frameworks.usedValueCents, max: frameworks.maxValueCents })
    .from(frameworks)
    .where(eq(frameworks.id, frameworkId))
    .for("update");
  if (!current) return { ok: false, error: "frameworks.notFound" };
  const next = Math.max(0, current.used + deltaCents);
  if (deltaCents > 0 && next > current.max) return { ok: false, error: "ordering.error.frameworkMax" };
  await tx.update(frameworks).set({ usedValueCents: next, updatedAt: new Date() }).where(eq(frameworks.id, frameworkId));
  await recordAudit(tx, {
    actorId: actor.personId ?? null,
    organisationId: actor.organisationId ?? null,
    action: "procurement.framework.usage_changed",
    targetType: "framework",
    targetId: frameworkId,
    details: { from: current.used, to: next, deltaCents, orderId: actor.orderId ?? null },
  });
  return { ok: true, usedValueCents: next };
}

/**
 * Offer ids valid today in a category, cheapest first: optionally of one supplier, and only
 * those under a framework lot (true), only those outside one (false), or either (undefined).
 */
export async function findOfferIds(
  db: DbOrTx,
  filter: { categorySlug: string; supplierId?: string; underFramework?: boolean; limit?: number },
): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(
    db,
    sql`SELECT o.id FROM procurement.offers o
          JOIN procurement.products p ON p.id = o.product_id
          JOIN procurement.categories c ON c.id = p.category_id
         WHERE c.slug = ${filter.categorySlug}
           AND o.valid_from <= CURRENT_DATE AND (o.valid_to IS NULL OR o.valid_to >= CURRENT_DATE)
           ${filter.supplierId ? sql`AND o.supplier_id = ${filter.supplierId}::uuid` : sql``}
           ${filter.underFramework === true ? sql`AND o.framework_lot_id IS NOT NULL` : filter.underFramework === false ? sql`AND o.framework_lot_id IS NULL` : sql``}
         ORDER BY o.price_cents, o.id
         LIMIT ${filter.limit ?? 5}`,
  );
  return rows.map((row) => row.id);
}
