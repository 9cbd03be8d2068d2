// GET /api/v1/frameworks — the public register of framework agreements.
import { apiListFrameworks } from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader() {
  const result = await apiListFrameworks(getRuntime().database.db);
  return Response.json(result.body, {
    status: result.ok ? 200 : result.status,
    headers: { "Cache-Control": "public, max-age=60" },
  });
}
