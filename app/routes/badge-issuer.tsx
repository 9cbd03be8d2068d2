// GET /openbadges/issuer: VlaVirGem's issuer Profile (Open Badges 3.0), the `issuer.id` of every credential.
import { issuerProfile } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export function loader() {
  return Response.json(issuerProfile(getRuntime().config.baseUrl), {
    headers: {
      "Content-Type": "application/ld+json",
      "Cache-Control": "public, max-age=3600",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
