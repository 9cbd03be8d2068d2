// Login through an external OpenID Connect provider (ACM/IDM, itsme, any IdP), configured by
// OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME. This file speaks the protocol
// (openid-client 6: discovery, authorization code flow with PKCE S256, state and nonce); the
// identity module decides which person the external identity is (loginWithExternalIdentity).
//
// Between the two legs of the flow, state, nonce, PKCE verifier and where to go afterwards are
// kept in a short-lived cookie (10 minutes) that is signed with the session secret, HttpOnly and
// SameSite=Lax (Lax is sent on the provider's top-level GET redirect back to us), limited to the
// /inloggen/oidc paths and used once.
//
// Plain http:// issuers: openid-client refuses them unless `allowInsecureRequests` is set. We set
// it only when the issuer URL is http:// AND the portal does not run with NODE_ENV=production,
// which is what the test against a local `oidc-provider` on 127.0.0.1 needs. In production an
// http:// issuer is refused (logged, and the user sees "provider not reachable").
import * as client from "openid-client";
import { createCookie } from "react-router";
import type { ExternalIdentity } from "./modules/identity/index.server.ts";
import { getRuntime } from "./runtime.server.ts";

/** The provider's name for the login button, or null when no provider is configured. */
export function oidcProviderName(): string | null {
  const { config } = getRuntime();
  return config.OIDC_ISSUER && config.OIDC_CLIENT_ID ? config.OIDC_NAME : null;
}

export const OIDC_SCOPE = "openid email profile";
const FLOW_SECONDS = 10 * 60;

export function oidcRedirectUri(): string {
  return `${getRuntime().config.baseUrl}/inloggen/oidc/terug`;
}

// Discovery is cached per process (per issuer and client). A failed discovery is forgotten, so
// the next login tries again once the provider is back.
let discovered: { key: string; configuration: Promise<client.Configuration> } | undefined;

export class OidcUnavailableError extends Error {
  override name = "OidcUnavailableError";
}

function configuration(): Promise<client.Configuration> {
  const { config, logger } = getRuntime();
  const issuer = config.OIDC_ISSUER;
  const clientId = config.OIDC_CLIENT_ID;
  if (!issuer || !clientId) return Promise.reject(new OidcUnavailableError("OIDC is not configured"));
  const key = `${issuer} ${clientId}`;
  if (discovered?.key === key) return discovered.configuration;
  const insecure = issuer.startsWith("http:");
  if (insecure && config.isProduction) {
    logger.error({ issuer }, "OIDC_ISSUER must be an https:// URL when NODE_ENV=production; OIDC login is off");
    return Promise.reject(new OidcUnavailableError("http issuer in production"));
  }
  const secret = config.OIDC_CLIENT_SECRET;
  const pending = client
    .discovery(
      new URL(issuer),
      clientId,
      secret ? { client_secret: secret } : undefined,
      // client_secret_basic is the OpenID Connect default; a public client uses PKCE only.
      secret ? client.ClientSecretBasic(secret) : client.None(),
      { execute: insecure ? [client.allowInsecureRequests] : [], timeout: 10 },
    )
    .catch((err: unknown) => {
      if (discovered?.configuration === pending) discovered = undefined;
      logger.warn({ issuer, err: err instanceof Error ? err.message : String(err) }, "OIDC discovery failed");
      throw new OidcUnavailableError("discovery failed");
    });
  discovered = { key, configuration: pending };
  return pending;
}

type Flow = { state: string; nonce: string; verifier: string; redirectTo: string };

let flowCookie: ReturnType<typeof createCookie> | undefined;
function cookie() {
  const { config } = getRuntime();
  flowCookie ??= createCookie("vvg_oidc", {
    path: "/inloggen/oidc",
    httpOnly: true,
    sameSite: "lax",
    secure: config.behindHttps,
    secrets: [config.sessionSecret],
    maxAge: FLOW_SECONDS,
  });
  return flowCookie;
}

export function clearFlowCookie(): Promise<string> {
  return cookie().serialize("", { maxAge: 0 });
}

/**
 * Starts a login: the provider's authorization URL and the Set-Cookie that remembers the flow.
 * Throws OidcUnavailableError when the provider cannot be discovered.
 */
export async function startOidcLogin(redirectTo: string): Promise<{ url: string; setCookie: string }> {
  const oidc = await configuration();
  const verifier = client.randomPKCECodeVerifier();
  const flow: Flow = { state: client.randomState(), nonce: client.randomNonce(), verifier, redirectTo };
  const url = client.buildAuthorizationUrl(oidc, {
    redirect_uri: oidcRedirectUri(),
    scope: OIDC_SCOPE,
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url: url.href, setCookie: await cookie().serialize(flow) };
}

export type OidcCallbackResult =
  | { ok: true; identity: ExternalIdentity; redirectTo: string }
  | { ok: false; error: OidcError; redirectTo: string };

export type OidcError = "cancelled" | "expired" | "provider" | "unavailable" | "failed";

function isFlow(value: unknown): value is Flow {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return ["state", "nonce", "verifier", "redirectTo"].every((k) => typeof v[k] === "string" && v[k] !== "");
}

/** `email_verified` is a boolean in the standard; a few providers send the string "true". */
function verified(value: unknown): boolean {
  return value === true || value === "true";
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/**
 * Finishes a login on the redirect back from the provider: checks the flow cookie, exchanges the
 * code (PKCE verifier, state and nonce checked by openid-client) and reads the person's claims
 * from the ID token and, when the provider has one, the userinfo endpoint. Expected problems
 * come back as values; nothing here throws for what a user or provider sends.
 */
export async function finishOidcLogin(request: Request): Promise<OidcCallbackResult> {
  const { logger } = getRuntime();
  const url = new URL(request.url);
  const stored = await cookie()
    .parse(request.headers.get("Cookie"))
    .catch(() => null);
  const flow = isFlow(stored) ? stored : null;
  const redirectTo = flow?.redirectTo ?? "/";
  const providerError = url.searchParams.get("error");
  if (providerError) {
    logger.info({ error: providerError }, "OIDC provider answered with an error");
    return { ok: false, error: providerError === "access_denied" ? "cancelled" : "provider", redirectTo };
  }
  // No cookie (older than 10 minutes, or another browser) or a state that belongs to another
  // attempt (two windows): the user starts again.
  if (!flow || url.searchParams.get("state") !== flow.state) return { ok: false, error: "expired", redirectTo };
  let oidc: client.Configuration;
  try {
    oidc = await configuration();
  } catch {
    return { ok: false, error: "unavailable", redirectTo };
  }
  // The URL the provider sent the browser to, rebuilt on our public base URL so that a proxy in
  // front of the portal does not change the redirect_uri that the token request repeats.
  const current = new URL(oidcRedirectUri());
  current.search = url.search;
  try {
    const tokens = await client.authorizationCodeGrant(oidc, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return { ok: false, error: "failed", redirectTo };
    let info: Record<string, unknown> = {};
    if (oidc.serverMetadata().userinfo_endpoint) {
      info = await client.fetchUserInfo(oidc, tokens.access_token, claims.sub);
    }
    const email = text(info.email) ?? text(claims.email);
    const emailVerified = text(info.email) ? verified(info.email_verified) : verified(claims.email_verified);
    const name =
      text(info.name) ??
      text(claims.name) ??
      ([text(info.given_name ?? claims.given_name), text(info.family_name ?? claims.family_name)].filter(Boolean).join(" ") ||
        undefined);
    return {
      ok: true,
      identity: { issuer: claims.iss, subject: claims.sub, email, emailVerified, name },
      redirectTo,
    };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof client.AuthorizationResponseError) {
      logger.info({ error: err.error }, "OIDC provider answered with an error");
      return { ok: false, error: err.error === "access_denied" ? "cancelled" : "provider", redirectTo };
    }
    // A wrong state, a replayed or foreign code, a bad ID token: the flow cannot be trusted.
    const network = err instanceof TypeError || (err instanceof Error && err.name === "TimeoutError");
    logger.warn({ err: message, name: err instanceof Error ? err.name : undefined }, "OIDC login failed");
    return { ok: false, error: network ? "unavailable" : "failed", redirectTo };
  }
}
