// GET /openbadges/issuer/keys/{kid}: one public key as a JWK — the `kid` of a credential's header
// is this address, as Open Badges 3.0 asks (a URI that dereferences to the JWK).
import type { Route } from "./+types/badge-key";
import { publicJwk } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ params }: Route.LoaderArgs) {
  const jwk = await publicJwk(getRuntime().database.db, params.kid);
  if (!jwk) return Response.json({ error: "not_found" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json(jwk, {
    headers: {
      "Content-Type": "application/jwk+json",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
