import { eq } from "drizzle-orm";
import type { DatabaseHandle, DbOrTx } from "../../db/client.server.ts";
import { rateLimits } from "./schema.ts";

export type RateLimitRule = {
  /** Attempts allowed within the window before delays start. */
  max: number;
  windowSeconds: number;
  /** First delay once over the limit; it doubles with every further attempt, up to an hour. */
  baseDelaySeconds: number;
};

export const RATE_LIMITS = {
  loginPerIp: { max: 20, windowSeconds: 900, baseDelaySeconds: 30 },
  loginPerAccount: { max: 5, windowSeconds: 900, baseDelaySeconds: 30 },
  registerPerIp: { max: 10, windowSeconds: 3600, baseDelaySeconds: 60 },
  resetPerIp: { max: 10, windowSeconds: 3600, baseDelaySeconds: 60 },
  resetPerAccount: { max: 3, windowSeconds: 3600, baseDelaySeconds: 300 },
} satisfies Record<string, RateLimitRule>;

export type RateLimitState = { allowed: boolean; retryAfterSeconds: number };

/** Whether `key` may try now. Counters live in the database, so they hold across instances. */
export async function checkRateLimit(db: DbOrTx, key: string): Promise<RateLimitState> {
  const [row] = await db.select({ blockedUntil: rateLimits.blockedUntil }).from(rateLimits).where(eq(rateLimits.key, key));
  const wait = row?.blockedUntil ? Math.ceil((row.blockedUntil.getTime() - Date.now()) / 1000) : 0;
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true, retryAfterSeconds: 0 };
}

/**
 * Counts one attempt (a failed login, a registration, a reset request) against `key`. Past the
 * rule's maximum within its window, the key is blocked for a delay that doubles each time.
 */
export async function recordAttempt(handle: DatabaseHandle, key: string, rule: RateLimitRule): Promise<RateLimitState> {
  await handle.query(
    `INSERT INTO platform.rate_limits AS r (key, failures, window_start) VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN r.window_start < now() - make_interval(secs => $2) THEN 1 ELSE r.failures + 1 END,
       window_start = CASE WHEN r.window_start < now() - make_interval(secs => $2) THEN now() ELSE r.window_start END`,
    [key, rule.windowSeconds],
  );
  const [updated] = await handle.query<{ blocked_until: Date | null }>(
    `UPDATE platform.rate_limits SET blocked_until = CASE
        WHEN failures >= $2 THEN now() + make_interval(secs => least($3 * power(2, failures - $2), 3600))
        ELSE blocked_until END
      WHERE key = $1 RETURNING blocked_until`,
    [key, rule.max, rule.baseDelaySeconds],
  );
  const wait = updated?.blocked_until ? Math.ceil((new Date(updated.blocked_until).getTime() - Date.now()) / 1000) : 0;
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true, retryAfterSeconds: 0 };
}

/** Forgets the attempts on `key`, after a successful login. */
export async function clearRateLimit(db: DbOrTx, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
