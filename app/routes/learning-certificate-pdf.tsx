// GET /leren/certificaten/{code}/pdf: the certificate as a PDF, for its owner only (404 otherwise).
import type { Route } from "./+types/learning-certificate-pdf";
import { notFound, requireActor } from "../auth.server.ts";
import { certificateByCode, certificatePdf } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request, params }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const runtime = getRuntime();
  const certificate = await certificateByCode(runtime.database.db, params.code);
  if (!certificate || certificate.personId !== actor.personId) return notFound(request);
  const pdf = await certificatePdf(runtime.config.baseUrl, certificate);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificaat-${certificate.code}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
