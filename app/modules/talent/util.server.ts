import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";

/** Rows of a raw statement: both drivers (node-postgres, PGlite) answer `{ rows }`. */
export async function rowsOf<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from URLs and forms are checked before they reach a query (a malformed one is "not found"). */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/** Today in Brussels as an ISO day ("2026-05-14"). */
export function todayInBrussels(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Brussels",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** Who did something, for the audit log. */
export type TalentActor = { personId: string; ip?: string | null };

export type Failure = { ok: false; error: string; field?: string };
export const fail = (error: string, field?: string): Failure => ({ ok: false, error, field });

/** A date column's value as YYYY-MM-DD (drivers give strings; be safe with Date). */
export const isoDay = (value: string | Date | null): string | null =>
  value == null ? null : typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
