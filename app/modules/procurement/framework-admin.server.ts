// The register of framework agreements, beyond its core (frameworks.server.ts): the public list
// with its filter, portal admins' changes (framework, lots, suppliers of a lot, value used) and a
// local government's decision to join, checked against who may take it. Every change is audited.
import { and, eq, ne } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { type Actor, can, getOrganisation, listOrganisations, membershipIn } from "../identity/index.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { recordAccession, listFrameworks, type FrameworkSummary } from "./frameworks.server.ts";
import { frameworkAccessions, frameworkLotSuppliers, frameworkLots, frameworks } from "./schema.ts";
import {
  type AccessionForm,
  canJoinAsType,
  type FrameworkFilter,
  type FrameworkForm,
  isExpired,
  type LotForm,
} from "./framework-validation.ts";

export type AdminFailure = { ok: false; error: string; field?: string };
type AuditActor = { personId?: string | null; ip?: string | null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const fail = (error: string, field?: string): AdminFailure => ({ ok: false, error, field });

/** The columns of a framework agreement as the admin form gives them. */
function frameworkColumns(form: FrameworkForm) {
  return {
    reference: form.reference,
    title: form.title,
    description: form.description,
    centralPurchasingBody: form.centralPurchasingBody,
    legalBasis: form.legalBasis,
    startsOn: form.startsOn,
    endsOn: form.endsOn,
    maxValueCents: form.maxValue,
    orderMethod: form.orderMethod,
  };
}

/** Records an admin's change to a framework agreement in the audit log. */
function auditFramework(
  tx: DbOrTx,
  actor: AuditActor,
  action: string,
  frameworkId: string,
  details: Record<string, unknown>,
): Promise<void> {
  return recordAudit(tx, {
    actorId: actor.personId ?? null,
    ip: actor.ip ?? null,
    action,
    targetType: "framework",
    targetId: frameworkId,
    details,
  });
}

/** Today in Brussels as an ISO day ("2026-05-14"): framework periods are Belgian calendar days. */
export function todayInBrussels(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The public register filtered on status (active = not yet ended, expired = ended) and on text. */
export async function listFrameworkRegister(
  db: DbOrTx,
  filter: FrameworkFilter,
  today: string = todayInBrussels(),
): Promise<(FrameworkSummary & { expired: boolean })[]> {
  const q = filter.q.toLocaleLowerCase("nl-BE");
  return (await listFrameworks(db))
    .map((framework) => ({ ...framework, expired: isExpired(framework.endsOn, today) }))
    .filter((framework) =>
      filter.status === "active" ? !framework.expired : filter.status === "expired" ? framework.expired : true,
    )
    .filter(
      (framework) =>
        !q ||
        [framework.reference, framework.title, framework.centralPurchasingBody].some((text) =>
          text.toLocaleLowerCase("nl-BE").includes(q),
        ),
    );
}

/** The facts of a framework agreement that its public and admin pages show (lots apart). */
export function frameworkFacts(framework: typeof frameworks.$inferSelect) {
  return {
    id: framework.id,
    reference: framework.reference,
    title: framework.title,
    description: framework.description,
    centralPurchasingBody: framework.centralPurchasingBody,
    legalBasis: framework.legalBasis,
    startsOn: framework.startsOn,
    endsOn: framework.endsOn,
    maxValueCents: framework.maxValueCents,
    usedValueCents: framework.usedValueCents,
    orderMethod: framework.orderMethod,
  };
}

/** Adds a framework agreement without lots yet (lots and suppliers follow); audited. */
export async function createFrameworkEntry(
  db: DbOrTx,
  form: FrameworkForm,
  actor: AuditActor = {},
): Promise<{ ok: true; id: string } | AdminFailure> {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(frameworks)
      .values(frameworkColumns(form))
      .onConflictDoNothing({ target: frameworks.reference })
      .returning({ id: frameworks.id });
    if (!created) return fail("frameworks.validation.referenceTaken", "reference");
    await auditFramework(tx, actor, "procurement.framework.created", created.id, {
      reference: form.reference,
      maxValueCents: form.maxValue,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
    });
    return { ok: true as const, id: created.id };
  });
}

/** Changes a framework agreement's data; the maximum may not drop below the value used. Audited. */
export async function updateFramework(
  db: DbOrTx,
  id: string,
  form: FrameworkForm,
  actor: AuditActor = {},
): Promise<{ ok: true } | AdminFailure> {
  if (!UUID.test(id)) return fail("frameworks.notFound");
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(frameworks).where(eq(frameworks.id, id)).for("update");
    if (!current) return fail("frameworks.notFound");
    const [taken] = await tx
      .select({ id: frameworks.id })
      .from(frameworks)
      .where(and(eq(frameworks.reference, form.reference), ne(frameworks.id, id)));
    if (taken) return fail("frameworks.validation.referenceTaken", "reference");
    if (form.maxValue < current.usedValueCents) return fail("frameworks.validation.maxBelowUsed", "maxValue");
    const next = frameworkColumns(form);
    const changed = Object.fromEntries(
      Object.entries(next)
        .filter(([key, value]) => current[key as keyof typeof next] !== value)
        .map(([key, value]) => [key, { from: current[key as keyof typeof next], to: value }]),
    );
    await tx
      .update(frameworks)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(frameworks.id, id));
    await auditFramework(tx, actor, "procurement.framework.updated", id, { changed });
    return { ok: true as const };
  });
}

/** Adds a lot (perceel) to a framework agreement; lot numbers are unique within it. Audited. */
export async function addLot(
  db: DbOrTx,
  frameworkId: string,
  lot: LotForm,
  actor: AuditActor = {},
): Promise<{ ok: true; id: string } | AdminFailure> {
  if (!UUID.test(frameworkId)) return fail("frameworks.notFound");
  return db.transaction(async (tx) => {
    const [framework] = await tx.select({ id: frameworks.id }).from(frameworks).where(eq(frameworks.id, frameworkId));
    if (!framework) return fail("frameworks.notFound");
    const [row] = await tx
      .insert(frameworkLots)
      .values({ frameworkId, number: lot.number, title: lot.title, description: lot.description })
      .onConflictDoNothing()
      .returning({ id: frameworkLots.id });
    if (!row) return fail("frameworks.validation.lotNumberTaken", "lotNumber");
    await auditFramework(tx, actor, "procurement.framework.lot_added", frameworkId, {
      lotId: row.id,
      number: lot.number,
      title: lot.title,
    });
    return { ok: true as const, id: row.id };
  });
}

/**
 * Sets the suppliers awarded a lot of the framework agreement: each must be an approved
 * supplier (an active organisation of type leverancier). Replaces the earlier list; audited.
 */
export async function setLotSuppliers(
  db: DbOrTx,
  frameworkId: string,
  lotId: string,
  supplierIds: readonly string[],
  actor: AuditActor = {},
): Promise<{ ok: true } | AdminFailure> {
  if (!UUID.test(frameworkId) || !UUID.test(lotId)) return fail("frameworks.lotNotFound");
  const wanted = [...new Set(supplierIds)];
  if (wanted.length === 0) return fail("frameworks.validation.lotSuppliers", "supplierIds");
  return db.transaction(async (tx) => {
    const [lot] = await tx
      .select({ id: frameworkLots.id, number: frameworkLots.number })
      .from(frameworkLots)
      .where(and(eq(frameworkLots.id, lotId), eq(frameworkLots.frameworkId, frameworkId)));
    if (!lot) return fail("frameworks.lotNotFound");
    for (const supplierId of wanted) {
      const organisation = UUID.test(supplierId) ? await getOrganisation(tx, supplierId) : undefined;
      if (organisation?.type !== "leverancier" || organisation.status !== "active")
        return fail("frameworks.validation.supplierNotApproved", "supplierIds");
    }
    const before = (
      await tx
        .select({ supplierId: frameworkLotSuppliers.supplierId })
        .from(frameworkLotSuppliers)
        .where(eq(frameworkLotSuppliers.lotId, lotId))
    ).map((row) => row.supplierId);
    await tx.delete(frameworkLotSuppliers).where(eq(frameworkLotSuppliers.lotId, lotId));
    await tx.insert(frameworkLotSuppliers).values(wanted.map((supplierId) => ({ lotId, supplierId })));
    await auditFramework(tx, actor, "procurement.framework.lot_suppliers_set", frameworkId, {
      lotId,
      number: lot.number,
      added: wanted.filter((id) => !before.includes(id)),
      removed: before.filter((id) => !wanted.includes(id)),
    });
    return { ok: true as const };
  });
}

/** Sets the value used so far (euro cents); it may not exceed the maximum. Audited. */
export async function setUsedValue(
  db: DbOrTx,
  frameworkId: string,
  usedValueCents: number,
  actor: AuditActor = {},
): Promise<{ ok: true } | AdminFailure> {
  if (!UUID.test(frameworkId)) return fail("frameworks.notFound");
  if (!Number.isSafeInteger(usedValueCents) || usedValueCents < 0) return fail("frameworks.validation.usedValue", "usedValue");
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ used: frameworks.usedValueCents, max: frameworks.maxValueCents })
      .from(frameworks)
      .where(eq(frameworks.id, frameworkId))
      .for("update");
    if (!current) return fail("frameworks.notFound");
    if (usedValueCents > current.max) return fail("frameworks.validation.usedAboveMax", "usedValue");
    await tx.update(frameworks).set({ usedValueCents, updatedAt: new Date() }).where(eq(frameworks.id, frameworkId));
    await auditFramework(tx, actor, "procurement.framework.usage_updated", frameworkId, {
      from: current.used,
      to: usedValueCents,
    });
    return { ok: true as const };
  });
}

/** Approved suppliers (active organisations of type leverancier) that can be awarded a lot, by name. */
export async function listApprovedSuppliers(db: Db): Promise<{ id: string; name: string }[]> {
  const found = await listOrganisations(db, { type: "leverancier", pageSize: 100 });
  return found.items.map((o) => ({ id: o.id, name: o.name }));
}

/** Whether the actor may decide, for that organisation, to join framework agreements. */
export function mayJoinFor(actor: Actor | null, organisationId: string | null | undefined): boolean {
  if (!actor || !organisationId) return false;
  const membership = membershipIn(actor, organisationId);
  if (!membership || !canJoinAsType(membership.organisationType)) return false;
  return can(actor, organisationId, "procurement.buy") || can(actor, organisationId, "organisation.manage_members");
}

/**
 * Records an organisation's decision to join a framework agreement, taken by a member with
 * procurement.buy or organisation.manage_members in that (local government) organisation.
 * Refuses anyone else, an unknown or ended framework, and a decision dated in the future.
 */
export async function joinFramework(
  db: Db,
  actor: Actor,
  input: { organisationId: string; frameworkId: string } & AccessionForm,
  ip?: string | null,
  today: string = todayInBrussels(),
): Promise<{ ok: true; id: string } | AdminFailure> {
  if (!mayJoinFor(actor, input.organisationId)) return fail("frameworks.join.forbidden");
  if (!UUID.test(input.frameworkId)) return fail("frameworks.notFound");
  const [framework] = await db
    .select({ id: frameworks.id, endsOn: frameworks.endsOn })
    .from(frameworks)
    .where(eq(frameworks.id, input.frameworkId));
  if (!framework) return fail("frameworks.notFound");
  if (isExpired(framework.endsOn, today)) return fail("frameworks.join.expired");
  if (input.decisionDate > today) return fail("frameworks.validation.decisionDateFuture", "decisionDate");
  const result = await recordAccession(
    db,
    {
      organisationId: input.organisationId,
      frameworkId: input.frameworkId,
      decisionBody: input.decisionBody,
      decisionDate: input.decisionDate,
      decisionReference: input.decisionReference,
      documentUrl: input.documentUrl,
    },
    { personId: actor.personId, ip: ip ?? null },
  );
  if (!result.ok)
    return fail(result.error === "procurement.validation.alreadyJoined" ? "frameworks.join.already" : "frameworks.notFound");
  return result;
}

/** One organisation's own decision to join one framework agreement, or null. */
export async function accessionOf(db: DbOrTx, organisationId: string, frameworkId: string) {
  if (!UUID.test(organisationId) || !UUID.test(frameworkId)) return null;
  const [row] = await db
    .select({
      decisionBody: frameworkAccessions.decisionBody,
      decisionDate: frameworkAccessions.decisionDate,
      decisionReference: frameworkAccessions.decisionReference,
      documentUrl: frameworkAccessions.documentUrl,
    })
    .from(frameworkAccessions)
    .where(and(eq(frameworkAccessions.organisationId, organisationId), eq(frameworkAccessions.frameworkId, frameworkId)));
  return row ?? null;
}

/** The framework agreements an organisation joined, with its decisions (its own data only). */
export async function listAccessionsOf(db: DbOrTx, organisationId: string) {
  if (!UUID.test(organisationId)) return [];
  return db
    .select({
      frameworkId: frameworks.id,
      reference: frameworks.reference,
      title: frameworks.title,
      decisionBody: frameworkAccessions.decisionBody,
      decisionDate: frameworkAccessions.decisionDate,
      decisionReference: frameworkAccessions.decisionReference,
    })
    .from(frameworkAccessions)
    .innerJoin(frameworks, eq(frameworks.id, frameworkAccessions.frameworkId))
    .where(eq(frameworkAccessions.organisationId, organisationId))
    .orderBy(frameworks.reference);
}
