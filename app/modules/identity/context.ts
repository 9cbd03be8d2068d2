import type { DatabaseHandle } from "../../db/client.server.ts";
import type { Locale } from "../../i18n/index.ts";

/** What every identity use case is given by the route that calls it. */
export type IdentityContext = {
  database: DatabaseHandle;
  /** Absolute base URL for links in e-mails. */
  baseUrl: string;
  ip?: string;
  userAgent?: string;
  locale: Locale;
};

/** Expected failures come back as values with a message key; unexpected ones are thrown. */
export type Result<T = undefined> = ({ ok: true } & (T extends undefined ? unknown : { value: T })) | Failure;
export type Failure = { ok: false; error: string; field?: string; retryAfterSeconds?: number };

export const fail = (error: string, field?: string): Failure => ({ ok: false, error, field });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from URLs and forms are checked before they reach a query (a malformed one is "not found"). */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);
