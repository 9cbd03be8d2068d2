import type { Route } from "./+types/admin-audit-csv";
import { requirePortalAdmin } from "../auth.server.ts";
import { getLocale } from "../cookies.server.ts";
import { translator } from "../i18n/index.ts";
import { auditFilterFromQuery } from "../modules/identity/index.server.ts";
import { exportAuditCsv } from "../modules/platform/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

// The audit log as CSV, with the same filters as /beheer/audit (a resource route: no page).
export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const { db } = getRuntime().database;
  const parsed = await auditFilterFromQuery(db, new URL(request.url).searchParams);
  if (!parsed.ok) {
    const { t } = translator(await getLocale(request));
    const details = Object.values(parsed.errors).map((key) => t(key as never));
    return new Response([t("admin.audit.csvInvalid"), ...details].join("\n"), {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const csv = await exportAuditCsv(db, parsed.filter);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="vlavirgem-audit-${day}.csv"`,
    },
  });
}
