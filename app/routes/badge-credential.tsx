// GET /leren/certificaten/{code}/open-badge: the Open Badges 3.0 credential (VC-JWT) of a
// certificate, for its owner to put in a wallet or backpack (404 for anyone else).
import type { Route } from "./+types/badge-credential";
import { notFound, requireActor } from "../auth.server.ts";
import { certificateByCode } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request, params }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const certificate = await certificateByCode(getRuntime().database.db, params.code);
  if (!certificate || certificate.personId !== actor.personId) return notFound(request);
  return new Response(certificate.credentialJwt, {
    headers: {
      "Content-Type": "application/vc+jwt",
      "Content-Disposition": `attachment; filename="open-badge-${certificate.code}.jwt"`,
      "Cache-Control": "private, no-store",
    },
  });
}
