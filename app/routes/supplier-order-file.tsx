// /leverancier/bestellingen/:orderId/:file — the supplier's files of an order sent to it:
// bestelbon.pdf and bestelling.xml (Peppol UBL Order). Another supplier's order: 404.
import { data } from "react-router";
import type { Route } from "./+types/supplier-order-file";
import { requireSupplier } from "../auth.server.ts";
import { renderDocument } from "../modules/ordering/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request, params }: Route.LoaderArgs) {
  const { supplierId } = await requireSupplier(request, "supplier.handle_orders");
  const file = await renderDocument(getRuntime().database.db, params.orderId, "supplier", supplierId, params.file);
  if (!file) throw data(null, { status: 404 });
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
