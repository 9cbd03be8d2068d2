// Login through an external OpenID Connect provider (ACM/IDM, itsme, any IdP), configured by
// OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET and OIDC_NAME.
import { getRuntime } from "./runtime.server.ts";

/** The provider's name for the login button, or null when no provider is configured. */
export function oidcProviderName(): string | null {
  const { config } = getRuntime();
  return config.OIDC_ISSUER && config.OIDC_CLIENT_ID ? config.OIDC_NAME : null;
}
