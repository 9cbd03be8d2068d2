// GET /openbadges/issuer/jwks.json: the public keys (JWK Set) that sign VlaVirGem's credentials,
// retired ones included so that older credentials still verify.
import { publicJwks } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader() {
  return Response.json(await publicJwks(getRuntime().database.db), {
    headers: {
      "Content-Type": "application/jwk-set+json",
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
