// Small pieces the ordering use cases share: who acts, failures as values, days in Brussels.
import { todayInBrussels } from "../procurement/index.server.ts";
import { brusselsDayStart } from "../identity/index.server.ts";

/** The person acting and the organisation they act for (checked by the route). */
export type OrderActor = { personId: string; organisationId: string; ip?: string | null };

export type Failure = { ok: false; error: string; field?: string };
export const fail = (error: string, field?: string): Failure => ({ ok: false, error, field });

/** Thrown inside a transaction to roll it back and answer with an expected failure. */
export class Rollback extends Error {
  failure: Failure;
  constructor(failure: Failure) {
    super(failure.error);
    this.failure = failure;
  }
}

/** Runs `fn`; a Rollback thrown inside becomes its failure value. */
export async function withRollback<T>(fn: () => Promise<T>): Promise<T | Failure> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof Rollback) return err.failure;
    throw err;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

export const brusselsDay = (now: Date = new Date()) => todayInBrussels(now);

/** The first instant of a Brussels calendar day. */
export function dayStart(day: string): Date {
  return brusselsDayStart(day) ?? new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Line amounts: excl. VAT and VAT, in cents (VAT rounded per line). */
export function lineAmounts(unitPriceCents: number, quantity: number, vatRate: number) {
  const excl = unitPriceCents * quantity;
  return { excl, vat: Math.round((excl * vatRate) / 100) };
}
