// GET /api/v1/products — public product search with facet counts; described in /api/v1/openapi.json.
import type { Route } from "./+types/api-products";
import { apiSearchProducts } from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request }: Route.LoaderArgs) {
  const result = await apiSearchProducts(getRuntime().database.db, new URL(request.url).searchParams);
  return Response.json(result.body, {
    status: result.ok ? 200 : result.status,
    headers: { "Cache-Control": "public, max-age=60" },
  });
}
