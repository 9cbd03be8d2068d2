// Each organisation's approval set-up, managed by its beheerder: amount bands → approving body
// (Decreet Lokaal Bestuur: the council decides unless the purchase is dagelijks bestuur or was
// delegated to the college, which may delegate on), budget codes, delegations (person A may
// approve for body X between two dates) and the purchase-order number format.
import { and, asc, eq, gte, isNull, lte } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { membersOf, namesByIds } from "../identity/index.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import { fail, type Failure, isUuid, type OrderActor } from "./common.server.ts";
import { approvalDelegations, approvalRules, budgetCodes, orderingSettings } from "./schema.ts";
import type { ApprovingBody } from "./shared.ts";

/** Without rules the council decides: it is competent unless it delegated (art. 41 DLB). */
export const FALLBACK_BODY: ApprovingBody = "gemeenteraad";
export const DEFAULT_PO_FORMAT = "{YYYY}{SEQ:6}";
export const DEFAULT_REMINDER_DAYS = 3;

export async function listApprovalRules(db: DbOrTx, organisationId: string) {
  return db
    .select()
    .from(approvalRules)
    .where(eq(approvalRules.organisationId, organisationId))
    .orderBy(asc(approvalRules.minCents));
}

/** The body that approves an order of this amount (excl. VAT) in the organisation. */
export async function approvingBodyFor(db: DbOrTx, organisationId: string, totalExclCents: number): Promise<ApprovingBody> {
  const rules = await listApprovalRules(db, organisationId);
  const rule = rules.find((r) => r.minCents <= totalExclCents && (r.maxCents === null || totalExclCents < r.maxCents));
  return rule?.body ?? FALLBACK_BODY;
}

type Audit = { personId: string; ip?: string | null };

async function audit(tx: DbOrTx, actor: Audit, organisationId: string, action: string, targetId: string, details: object) {
  await recordAudit(tx, {
    actorId: actor.personId,
    organisationId,
    ip: actor.ip ?? null,
    action,
    targetType: "organisation",
    targetId,
    details: details as Record<string, unknown>,
  });
}

/** Adds an amount band; bands of one organisation may not overlap. Audited. */
export async function addApprovalRule(
  db: DbOrTx,
  actor: OrderActor,
  input: { min: number; max?: number; body: ApprovingBody; note: string },
): Promise<{ ok: true } | Failure> {
  return db.transaction(async (tx) => {
    const rules = await tx
      .select()
      .from(approvalRules)
      .where(eq(approvalRules.organisationId, actor.organisationId))
      .for("update");
    const max = input.max ?? Number.POSITIVE_INFINITY;
    const overlaps = rules.some((r) => input.min < (r.maxCents ?? Number.POSITIVE_INFINITY) && r.minCents < max);
    if (overlaps) return fail("ordering.rules.overlap", "min");
    await tx.insert(approvalRules).values({
      organisationId: actor.organisationId,
      minCents: input.min,
      maxCents: input.max ?? null,
      body: input.body,
      note: input.note,
    });
    await audit(tx, actor, actor.organisationId, "ordering.rules.band_added", actor.organisationId, input);
    return { ok: true as const };
  });
}

export async function removeApprovalRule(db: DbOrTx, actor: OrderActor, ruleId: string): Promise<{ ok: true } | Failure> {
  if (!isUuid(ruleId)) return fail("ordering.error.notFound");
  return db.transaction(async (tx) => {
    const rows = await tx
      .delete(approvalRules)
      .where(and(eq(approvalRules.id, ruleId), eq(approvalRules.organisationId, actor.organisationId)))
      .returning();
    if (!rows.length) return fail("ordering.error.notFound");
    await audit(tx, actor, actor.organisationId, "ordering.rules.band_removed", actor.organisationId, rows[0]!);
    return { ok: true as const };
  });
}

export async function listBudgetCodes(db: DbOrTx, organisationId: string, activeOnly = false) {
  return db
    .select()
    .from(budgetCodes)
    .where(and(eq(budgetCodes.organisationId, organisationId), activeOnly ? eq(budgetCodes.active, true) : undefined))
    .orderBy(asc(budgetCodes.code));
}

export async function addBudgetCode(
  db: DbOrTx,
  actor: OrderActor,
  input: { code: string; label: string },
): Promise<{ ok: true } | Failure> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(budgetCodes)
      .values({ organisationId: actor.organisationId, code: input.code, label: input.label })
      .onConflictDoNothing()
      .returning({ id: budgetCodes.id });
    if (!row) return fail("ordering.rules.codeTaken", "code");
    await audit(tx, actor, actor.organisationId, "ordering.rules.budget_code_added", actor.organisationId, input);
    return { ok: true as const };
  });
}

export async function setBudgetCodeActive(
  db: DbOrTx,
  actor: OrderActor,
  codeId: string,
  active: boolean,
): Promise<{ ok: true } | Failure> {
  if (!isUuid(codeId)) return fail("ordering.error.notFound");
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(budgetCodes)
      .set({ active })
      .where(and(eq(budgetCodes.id, codeId), eq(budgetCodes.organisationId, actor.organisationId)))
      .returning({ code: budgetCodes.code });
    if (!rows.length) return fail("ordering.error.notFound");
    await audit(tx, actor, actor.organisationId, "ordering.rules.budget_code_changed", actor.organisationId, {
      code: rows[0]!.code,
      active,
    });
    return { ok: true as const };
  });
}

export async function listDelegations(db: DbOrTx, organisationId: string) {
  const rows = await db
    .select()
    .from(approvalDelegations)
    .where(and(eq(approvalDelegations.organisationId, organisationId), isNull(approvalDelegations.revokedAt)))
    .orderBy(asc(approvalDelegations.validFrom));
  const names = await namesByIds(
    db as Db,
    rows.map((row) => row.personId),
    [],
  );
  return rows.map((row) => ({ ...row, personName: names.people[row.personId] ?? "" }));
}

/** Grants a delegation to an active member of the organisation. Audited. */
export async function addDelegation(
  db: DbOrTx,
  actor: OrderActor,
  input: { personId: string; body: ApprovingBody; validFrom: string; validTo: string; decisionReference: string },
): Promise<{ ok: true } | Failure> {
  const members = await membersOf(db as Db, actor.organisationId);
  if (!members.some((m) => m.personId === input.personId && m.status === "active"))
    return fail("ordering.validation.person", "personId");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(approvalDelegations)
      .values({ organisationId: actor.organisationId, createdBy: actor.personId, ...input })
      .returning({ id: approvalDelegations.id });
    await audit(tx, actor, actor.organisationId, "ordering.rules.delegation_added", row!.id, input);
    return { ok: true as const };
  });
}

export async function revokeDelegation(db: DbOrTx, actor: OrderActor, delegationId: string): Promise<{ ok: true } | Failure> {
  if (!isUuid(delegationId)) return fail("ordering.error.notFound");
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(approvalDelegations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(approvalDelegations.id, delegationId),
          eq(approvalDelegations.organisationId, actor.organisationId),
          isNull(approvalDelegations.revokedAt),
        ),
      )
      .returning({ id: approvalDelegations.id, personId: approvalDelegations.personId, body: approvalDelegations.body });
    if (!rows.length) return fail("ordering.error.notFound");
    await audit(tx, actor, actor.organisationId, "ordering.rules.delegation_revoked", delegationId, rows[0]!);
    return { ok: true as const };
  });
}

/** The delegation that lets a person approve for `body` on `day`, if any. */
export async function activeDelegation(db: DbOrTx, organisationId: string, personId: string, body: ApprovingBody, day: string) {
  const [row] = await db
    .select()
    .from(approvalDelegations)
    .where(
      and(
        eq(approvalDelegations.organisationId, organisationId),
        eq(approvalDelegations.personId, personId),
        eq(approvalDelegations.body, body),
        lte(approvalDelegations.validFrom, day),
        gte(approvalDelegations.validTo, day),
        isNull(approvalDelegations.revokedAt),
      ),
    );
  return row;
}

export async function orderingSettingsOf(db: DbOrTx, organisationId: string) {
  const [row] = await db.select().from(orderingSettings).where(eq(orderingSettings.organisationId, organisationId));
  return { poNumberFormat: row?.poNumberFormat ?? DEFAULT_PO_FORMAT, reminderDays: row?.reminderDays ?? DEFAULT_REMINDER_DAYS };
}

export async function saveOrderingSettings(
  db: DbOrTx,
  actor: OrderActor,
  input: { poNumberFormat: string; reminderDays: number },
): Promise<{ ok: true }> {
  return db.transaction(async (tx) => {
    await tx
      .insert(orderingSettings)
      .values({ organisationId: actor.organisationId, ...input })
      .onConflictDoUpdate({ target: orderingSettings.organisationId, set: { ...input, updatedAt: new Date() } });
    await audit(tx, actor, actor.organisationId, "ordering.rules.settings_saved", actor.organisationId, input);
    return { ok: true as const };
  });
}

/** Active members of the organisation (to pick a delegate). */
export async function delegateCandidates(db: DbOrTx, organisationId: string) {
  return (await membersOf(db as Db, organisationId))
    .filter((m) => m.status === "active")
    .map((m) => ({ id: m.personId, name: m.name }));
}
