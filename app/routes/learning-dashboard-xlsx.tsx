// GET /leren/beheer/voortgang.xlsx: the dashboard of the active organisation as a workbook.
import type { Route } from "./+types/learning-dashboard-xlsx";
import { forbidden, requireActor, requirePermission } from "../auth.server.ts";
import { getLocale } from "../cookies.server.ts";
import type { MessageKey } from "../i18n/index.ts";
import { translator } from "../i18n/index.ts";
import { dashboardWorkbook, progressDashboard } from "../modules/learning/index.server.ts";
import { PROGRESS_STATES } from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const organisationId = actor.activeOrganisationId;
  if (!organisationId) return forbidden(request);
  await requirePermission(request, organisationId, "learning.view_progress");
  const { t } = translator(await getLocale(request));
  const dashboard = await progressDashboard(getRuntime().database.db, organisationId);
  const states = Object.fromEntries(PROGRESS_STATES.map((s) => [s, t(`learning.state.${s}` as MessageKey)])) as Record<
    (typeof PROGRESS_STATES)[number],
    string
  >;
  const body = await dashboardWorkbook(
    { ...dashboard, perRole: dashboard.perRole.map((r) => ({ ...r, role: t(`role.${r.role}` as MessageKey) })) },
    {
      ...states,
      member: t("learning.dashboard.member"),
      email: t("learning.dashboard.email"),
      role: t("learning.dashboard.role"),
      members: t("learning.dashboard.members"),
      trained: t("learning.dashboard.trained"),
      share: t("learning.dashboard.share"),
      matrix: t("learning.dashboard.matrix"),
      roles: t("learning.dashboard.perRole"),
    },
  );
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": 'attachment; filename="opleidingen-voortgang.xlsx"',
      "Cache-Control": "private, no-store",
    },
  });
}
