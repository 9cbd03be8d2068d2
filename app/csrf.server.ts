// CSRF protection for every state-changing request: a random token in a cookie that a form must
// echo in its hidden "_csrf" field (double submit), plus an Origin check when the browser sends one.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createCookie, data, type MiddlewareFunction } from "react-router";
import { getLocale } from "./cookies.server.ts";
import { getRuntime } from "./runtime.server.ts";

export const CSRF_FIELD = "_csrf";

let csrfCookie: ReturnType<typeof createCookie> | undefined;
function cookie() {
  const { config } = getRuntime();
  csrfCookie ??= createCookie("vvg_csrf", {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: config.behindHttps,
    secrets: [config.sessionSecret],
  });
  return csrfCookie;
}

/** The request's CSRF token, with a Set-Cookie when a new one had to be made. */
export async function csrfToken(request: Request): Promise<{ token: string; setCookie?: string }> {
  const existing = await cookie().parse(request.headers.get("Cookie"));
  if (typeof existing === "string" && existing.length >= 32) return { token: existing };
  const token = randomBytes(24).toString("base64url");
  return { token, setCookie: await cookie().serialize(token) };
}

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Root middleware: refuses a state-changing request without a matching token (403). */
export const csrfMiddleware: MiddlewareFunction<Response> = async ({ request }, next) => {
  if (SAFE.has(request.method.toUpperCase())) return next();
  // API clients authenticate with a bearer token, which a browser never adds by itself to a
  // cross-site request (a custom header needs a CORS preflight, which is not allowed): no CSRF risk.
  if (/^Bearer\s/i.test(request.headers.get("Authorization") ?? "")) return next();
  const origin = request.headers.get("Origin");
  const url = new URL(request.url);
  const host = request.headers.get("X-Forwarded-Host") ?? request.headers.get("Host") ?? url.host;
  const originOk = !origin || origin === "null" ? origin !== "null" : new URL(origin).host === host;
  const expected = await cookie().parse(request.headers.get("Cookie"));
  let sent: FormDataEntryValue | null = null;
  const type = request.headers.get("Content-Type") ?? "";
  // JSON endpoints called by the portal's own scripts (the SCORM player's commits) send the token
  // in this header instead; a custom header cannot be added cross-site without a CORS preflight.
  const headerToken = request.headers.get("X-CSRF-Token");
  if (headerToken) sent = headerToken;
  else if (type.includes("form")) {
    try {
      sent = (await request.clone().formData()).get(CSRF_FIELD);
    } catch {
      sent = null;
    }
  }
  if (!originOk || typeof expected !== "string" || typeof sent !== "string" || !same(sent, expected)) {
    throw data({ locale: await getLocale(request), csrf: true }, { status: 403 });
  }
  return next();
};
