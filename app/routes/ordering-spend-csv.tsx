// /aankopen/uitgaven.csv — the committed order lines as CSV (?jaar=2026 for one year).
import type { Route } from "./+types/ordering-spend-csv";
import { getLocale } from "../cookies.server.ts";
import { spendCsv } from "../modules/ordering/index.server.ts";
import { spendFilterSchema } from "../modules/ordering/shared.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId } = await requireOrdering(request, "procurement.view_orders");
  const { year } = spendFilterSchema.parse({ year: new URL(request.url).searchParams.get("jaar") ?? undefined });
  const body = await spendCsv(getRuntime().database.db, organisationId, year, await getLocale(request));
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="uitgaven${year ? `-${year}` : ""}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
