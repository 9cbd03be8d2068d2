// The register of framework agreements (raamovereenkomsten): lots, their suppliers, usage against
// the maximum value, and organisations' decisions to join.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { namesByIds } from "../identity/index.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { rowsOf } from "./db-util.server.ts";
import { frameworkAccessions, frameworkLotSuppliers, frameworkLots, frameworks } from "./schema.ts";
import { type AccessionInput, type FrameworkInput, accessionInputSchema, frameworkInputSchema } from "./shared.ts";

export type Failure = { ok: false; error: string; field?: string };

/**
 * Adds a framework agreement with its lots and suppliers (audited). Expected failures (a taken
 * reference) come back as values; invalid input throws (callers validate with frameworkInputSchema).
 */
export async function createFramework(
  db: DbOrTx,
  input: FrameworkInput,
  actor: { personId?: string | null; ip?: string | null } = {},
): Promise<{ ok: true; id: string; lots: { id: string; number: number }[] } | Failure> {
  const framework = frameworkInputSchema.parse(input);
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(frameworks)
      .values({
        reference: framework.reference,
        title: framework.title,
        description: framework.description,
        centralPurchasingBody: framework.centralPurchasingBody,
        centralPurchasingBodyId: framework.centralPurchasingBodyId ?? null,
        legalBasis: framework.legalBasis,
        startsOn: framework.startsOn,
        endsOn: framework.endsOn,
        maxValueCents: framework.maxValueCents,
        orderMethod: framework.orderMethod,
      })
      .onConflictDoNothing({ target: frameworks.reference })
      .returning({ id: frameworks.id });
    if (!created) return { ok: false as const, error: "procurement.validation.referenceTaken", field: "reference" };
    const lots: { id: string; number: number }[] = [];
    for (const lot of framework.lots) {
      const [row] = await tx
        .insert(frameworkLots)
        .values({ frameworkId: created.id, number: lot.number, title: lot.title, description: lot.description })
        .returning({ id: frameworkLots.id, number: frameworkLots.number });
      lots.push(row!);
      await tx
        .insert(frameworkLotSuppliers)
        .values([...new Set(lot.supplierIds)].map((supplierId) => ({ lotId: row!.id, supplierId })));
    }
    await recordAudit(tx, {
      actorId: actor.personId ?? null,
      ip: actor.ip ?? null,
      action: "procurement.framework.created",
      targetType: "framework",
      targetId: created.id,
      details: { reference: framework.reference, lots: framework.lots.length, maxValueCents: framework.maxValueCents },
    });
    return { ok: true as const, id: created.id, lots };
  });
}

/** Records an organisation's decision to join a framework agreement (audited); once per framework. */
export async function recordAccession(
  db: DbOrTx,
  input: AccessionInput,
  actor: { personId?: string | null; ip?: string | null } = {},
): Promise<{ ok: true; id: string } | Failure> {
  const accession = accessionInputSchema.parse(input);
  return db.transaction(async (tx) => {
    const [framework] = await tx.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.id, accession.frameworkId));
    if (!framework) return { ok: false as const, error: "procurement.validation.framework", field: "frameworkId" };
    const [row] = await tx
      .insert(frameworkAccessions)
      .values({
        organisationId: accession.organisationId,
        frameworkId: accession.frameworkId,
        decisionBody: accession.decisionBody,
        decisionDate: accession.decisionDate,
        decisionReference: accession.decisionReference,
        documentUrl: accession.documentUrl ?? null,
        createdBy: actor.personId ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: frameworkAccessions.id });
    if (!row) return { ok: false as const, error: "procurement.validation.alreadyJoined", field: "frameworkId" };
    await recordAudit(tx, {
      actorId: actor.personId ?? null,
      organisationId: accession.organisationId,
      ip: actor.ip ?? null,
      action: "procurement.framework.joined",
      targetType: "framework",
      targetId: accession.frameworkId,
      details: {
        decisionBody: accession.decisionBody,
        decisionDate: accession.decisionDate,
        decisionReference: accession.decisionReference,
      },
    });
    return { ok: true as const, id: row.id };
  });
}

/** True when the organisation decided to join the framework agreement (only then may it order under it). */
export async function hasJoinedFramework(db: DbOrTx, organisationId: string, frameworkId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: frameworkAccessions.id })
    .from(frameworkAccessions)
    .where(and(eq(frameworkAccessions.organisationId, organisationId), eq(frameworkAccessions.frameworkId, frameworkId)));
  return Boolean(row);
}

export type FrameworkSummary = {
  id: string;
  reference: string;
  title: string;
  centralPurchasingBody: string;
  startsOn: string;
  endsOn: string;
  maxValueCents: number;
  usedValueCents: number;
  orderMethod: "direct" | "reopening";
  lots: number;
  suppliers: number;
  members: number;
};

/** The public register: every framework agreement, the newest first. */
export async function listFrameworks(db: DbOrTx): Promise<FrameworkSummary[]> {
  return rowsOf<FrameworkSummary>(
    db,
    sql`SELECT f.id, f.reference, f.title, f.central_purchasing_body AS "centralPurchasingBody",
               f.starts_on::text AS "startsOn", f.ends_on::text AS "endsOn",
               f.max_value_cents::float8 AS "maxValueCents", f.used_value_cents::float8 AS "usedValueCents",
               f.order_method AS "orderMethod",
               (SELECT count(*)::int FROM procurement.framework_lots l WHERE l.framework_id = f.id) AS lots,
               (SELECT count(DISTINCT s.supplier_id)::int FROM procurement.framework_lots l
                  JOIN procurement.framework_lot_suppliers s ON s.lot_id = l.id WHERE l.framework_id = f.id) AS suppliers,
               (SELECT count(*)::int FROM procurement.framework_accessions a WHERE a.framework_id = f.id) AS members
          FROM procurement.frameworks f
         ORDER BY f.starts_on DESC, f.reference`,
  );
}

/** One framework agreement with lots, supplier names and the organisations that joined. */
export async function getFramework(db: Db, id: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
  const [framework] = await db.select().from(frameworks).where(eq(frameworks.id, id));
  if (!framework) return undefined;
  const lots = await db.select().from(frameworkLots).where(eq(frameworkLots.frameworkId, id)).orderBy(asc(frameworkLots.number));
  const lotSuppliers = lots.length
    ? await db
        .select()
        .from(frameworkLotSuppliers)
        .where(
          inArray(
            frameworkLotSuppliers.lotId,
            lots.map((lot) => lot.id),
          ),
        )
    : [];
  const accessions = await db
    .select()
    .from(frameworkAccessions)
    .where(eq(frameworkAccessions.frameworkId, id))
    .orderBy(asc(frameworkAccessions.decisionDate));
  const names = await namesByIds(db, [], [...lotSuppliers.map((s) => s.supplierId), ...accessions.map((a) => a.organisationId)]);
  return {
    ...framework,
    lots: lots.map((lot) => ({
      ...lot,
      suppliers: lotSuppliers
        .filter((s) => s.lotId === lot.id)
        .map((s) => ({ id: s.supplierId, name: names.organisations[s.supplierId] ?? "" }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    })),
    accessions: accessions.map((a) => ({ ...a, organisationName: names.organisations[a.organisationId] ?? "" })),
  };
}
