// Legal thresholds as dated configuration: listed for the admin page (current, past, scheduled),
// changed by portal admins (a future-dated change ends the running one the day before), seeded
// as reference data with their sources.
import { and, asc, eq, gt, isNull, lt, lte, or, gte } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import type { Threshold } from "./legal-check.ts";
import { orderingThresholds } from "./schema.ts";
import type { ThresholdForm, ThresholdKind } from "./shared.ts";

export type ThresholdRow = typeof orderingThresholds.$inferSelect & { state: "current" | "past" | "scheduled" };

/** The day before an ISO day. */
function dayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** Every threshold with whether it is current, past or scheduled on `today`. */
export async function listThresholds(db: DbOrTx, today: string): Promise<ThresholdRow[]> {
  const rows = await db
    .select()
    .from(orderingThresholds)
    .orderBy(asc(orderingThresholds.kind), asc(orderingThresholds.validFrom));
  return rows.map((row) => ({
    ...row,
    state: row.validFrom > today ? "scheduled" : row.validTo !== null && row.validTo < today ? "past" : "current",
  }));
}

/** The thresholds as the legal check wants them. */
export async function thresholdsForCheck(db: DbOrTx): Promise<Threshold[]> {
  const rows = await db.select().from(orderingThresholds);
  return rows.map((row) => ({
    kind: row.kind,
    amountCents: row.amountCents,
    validFrom: row.validFrom,
    validTo: row.validTo,
    sourceText: row.sourceText,
    sourceUrl: row.sourceUrl,
  }));
}

/**
 * Adds a threshold from `validFrom` (audited). The row of the same kind running on that day ends
 * the day before; when a later row exists, the new one ends the day before it. Two rows of one
 * kind never start on the same day.
 */
export async function addThreshold(
  db: DbOrTx,
  form: ThresholdForm,
  actor: { personId?: string | null; ip?: string | null } = {},
): Promise<{ ok: true; id: string } | { ok: false; error: string; field?: string }> {
  return db.transaction(async (tx) => {
    const sameKind = eq(orderingThresholds.kind, form.kind);
    // Serialise changes of one kind.
    await tx.select({ id: orderingThresholds.id }).from(orderingThresholds).where(sameKind).for("update");
    const [clash] = await tx
      .select({ id: orderingThresholds.id })
      .from(orderingThresholds)
      .where(and(sameKind, eq(orderingThresholds.validFrom, form.validFrom)));
    if (clash) return { ok: false as const, error: "ordering.thresholds.sameStart", field: "validFrom" };
    const [next] = await tx
      .select()
      .from(orderingThresholds)
      .where(and(sameKind, gt(orderingThresholds.validFrom, form.validFrom)))
      .orderBy(asc(orderingThresholds.validFrom))
      .limit(1);
    let validTo = form.validTo ?? null;
    if (next && (validTo === null || validTo >= next.validFrom)) validTo = dayBefore(next.validFrom);
    const [running] = await tx
      .select()
      .from(orderingThresholds)
      .where(
        and(
          sameKind,
          lt(orderingThresholds.validFrom, form.validFrom),
          or(isNull(orderingThresholds.validTo), gte(orderingThresholds.validTo, form.validFrom)),
        ),
      );
    if (running) {
      await tx
        .update(orderingThresholds)
        .set({ validTo: dayBefore(form.validFrom) })
        .where(eq(orderingThresholds.id, running.id));
    }
    const [row] = await tx
      .insert(orderingThresholds)
      .values({
        kind: form.kind,
        amountCents: form.amount,
        validFrom: form.validFrom,
        validTo,
        sourceText: form.sourceText,
        sourceUrl: form.sourceUrl ?? null,
        note: form.note,
        createdBy: actor.personId ?? null,
      })
      .returning({ id: orderingThresholds.id });
    await recordAudit(tx, {
      actorId: actor.personId ?? null,
      ip: actor.ip ?? null,
      action: "ordering.threshold.added",
      targetType: "threshold",
      targetId: row!.id,
      details: {
        kind: form.kind,
        amountCents: form.amount,
        validFrom: form.validFrom,
        validTo,
        endedPrevious: running ? { id: running.id, validTo: dayBefore(form.validFrom) } : null,
        source: form.sourceText,
      },
    });
    return { ok: true as const, id: row!.id };
  });
}

/** The thresholds that ship with the portal (reference data in every environment). */
export const REFERENCE_THRESHOLDS: {
  kind: ThresholdKind;
  amountCents: number;
  validFrom: string;
  validTo: string | null;
  sourceText: string;
  sourceUrl: string;
  note: string;
}[] = [
  {
    kind: "low_value",
    amountCents: 3_000_000,
    validFrom: "2017-06-30",
    validTo: null,
    sourceText:
      "Art. 92 KB 18 april 2017 plaatsing overheidsopdrachten klassieke sectoren (opdracht van beperkte waarde, aanvaarde factuur): geraamde waarde lager dan € 30.000 excl. btw.",
    sourceUrl: "https://www.vlaanderen.be/lokaal-bestuur/overheidsopdrachten",
    note: "Een wetsontwerp (ministerraad, mei 2026) verhoogt de grens naar € 75.000; nog niet van kracht. Voer de nieuwe grens in met de datum van inwerkingtreding zodra die bekend is.",
  },
  {
    kind: "negotiated_no_publication",
    amountCents: 14_300_000,
    validFrom: "2024-01-01",
    validTo: "2025-12-31",
    sourceText:
      "Art. 42 §1 1° a wet 17 juni 2016; bedrag aangepast bij KB 17 december 2023 en MB 13 december 2023 (onderhandelingsprocedure zonder voorafgaande bekendmaking).",
    sourceUrl: "https://www.publicprocurement.be",
    note: "Het bedrag voor 2026–2027 is nog niet bevestigd door een Belgisch KB of MB: een beheerder voert het in zodra het gepubliceerd is.",
  },
  {
    kind: "eu_supplies_sub_central",
    amountCents: 22_100_000,
    validFrom: "2024-01-01",
    validTo: "2025-12-31",
    sourceText:
      "Gedelegeerde Verordening (EU) 2023/2495: Europese drempel leveringen en diensten, niet-centrale aanbestedende overheden.",
    sourceUrl: "https://eur-lex.europa.eu/eli/reg_del/2023/2495/oj",
    note: "",
  },
  {
    kind: "eu_supplies_sub_central",
    amountCents: 21_600_000,
    validFrom: "2026-01-01",
    validTo: "2027-12-31",
    sourceText:
      "Gedelegeerde Verordening (EU) 2025/2152 van 22 oktober 2025: Europese drempel leveringen en diensten, niet-centrale aanbestedende overheden.",
    sourceUrl: "https://eur-lex.europa.eu/eli/reg_del/2025/2152/oj",
    note: "Boven deze drempel: bekendmaking in het Publicatieblad van de Europese Unie.",
  },
];

/** Inserts the reference thresholds that are missing (by kind and start day); never changes others. */
export async function seedThresholds(db: DbOrTx): Promise<void> {
  for (const threshold of REFERENCE_THRESHOLDS) {
    await db.insert(orderingThresholds).values(threshold).onConflictDoNothing();
  }
}

/** Thresholds of a kind on one day (for the admin page's "in force today" line). */
export async function thresholdInForce(db: DbOrTx, kind: ThresholdKind, day: string) {
  const [row] = await db
    .select()
    .from(orderingThresholds)
    .where(
      and(
        eq(orderingThresholds.kind, kind),
        lte(orderingThresholds.validFrom, day),
        or(isNull(orderingThresholds.validTo), gte(orderingThresholds.validTo, day)),
      ),
    )
    .orderBy(asc(orderingThresholds.validFrom));
  return row;
}
