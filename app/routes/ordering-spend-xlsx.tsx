// /aankopen/uitgaven.xlsx — the spend report as an Excel workbook (?jaar=2026 for one year).
import type { Route } from "./+types/ordering-spend-xlsx";
import { getLocale } from "../cookies.server.ts";
import { spendXlsx } from "../modules/ordering/index.server.ts";
import { spendFilterSchema } from "../modules/ordering/shared.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request }: Route.LoaderArgs) {
  const { organisationId } = await requireOrdering(request, "procurement.view_orders");
  const { year } = spendFilterSchema.parse({ year: new URL(request.url).searchParams.get("jaar") ?? undefined });
  const body = await spendXlsx(getRuntime().database.db, organisationId, year, await getLocale(request));
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="uitgaven${year ? `-${year}` : ""}.xlsx"`,
      "Cache-Control": "private, no-store",
    },
  });
}
