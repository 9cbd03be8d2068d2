// /aankopen/bestellingen/:orderId/:file — the buyer's files of an order: bestelbon.pdf,
// aankoopdossier.pdf, bestelling.xml (Peppol UBL Order). Another organisation's order: 404.
import { data } from "react-router";
import type { Route } from "./+types/ordering-order-file";
import { renderDocument } from "../modules/ordering/index.server.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { organisationId } = await requireOrdering(request, "procurement.view_orders");
  const file = await renderDocument(getRuntime().database.db, params.orderId, "buyer", organisationId, params.file);
  if (!file) throw data(null, { status: 404 });
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
