// GET /api/v1/products/{id} — a product with its specifications and every offer valid today.
import type { Route } from "./+types/api-product";
import { apiGetProduct } from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ params }: Route.LoaderArgs) {
  const result = await apiGetProduct(getRuntime().database.db, params.id);
  return Response.json(result.body, {
    status: result.ok ? 200 : result.status,
    headers: { "Cache-Control": "public, max-age=60" },
  });
}
