import { Link } from "react-router";
import type { Route } from "./+types/learning-dashboard";
import { forbidden, requireActor, requirePermission } from "../auth.server.ts";
import { Pagination } from "../components/ui/pagination.tsx";
import { TableRegion } from "../components/ui/table-region.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { can, membershipIn } from "../modules/identity/index.server.ts";
import { progressDashboard } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

const MEMBERS_PER_PAGE = 50;

export const handle: RouteHandle = { title: "learning.dashboard.title", breadcrumb: "learning.dashboard.title" };

/** The actor's active organisation, where they must hold learning.view_progress (else 403). */
async function progressOrganisation(request: Request) {
  const actor = await requireActor(request);
  const organisationId = actor.activeOrganisationId;
  if (!organisationId) return forbidden(request);
  await requirePermission(request, organisationId, "learning.view_progress");
  return { actor, organisationId, organisationName: membershipIn(actor, organisationId)?.organisationName ?? "" };
}

export async function loader({ request }: Route.LoaderArgs) {
  const { actor, organisationId, organisationName } = await progressOrganisation(request);
  const dashboard = await progressDashboard(getRuntime().database.db, organisationId);
  // The matrix shows MEMBERS_PER_PAGE members a page (the figures above it cover everyone): an
  // organisation of thousands would otherwise get one enormous page. The xlsx has them all.
  const pages = Math.max(1, Math.ceil(dashboard.members.length / MEMBERS_PER_PAGE));
  const requested = Number.parseInt(new URL(request.url).searchParams.get("pagina") ?? "1", 10);
  const page = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
  const members = dashboard.members.slice((page - 1) * MEMBERS_PER_PAGE, page * MEMBERS_PER_PAGE);
  const cells: typeof dashboard.cells = {};
  for (const member of members) {
    for (const course of dashboard.courses) {
      const key = `${member.personId}:${course.id}`;
      const cell = dashboard.cells[key];
      if (cell) cells[key] = cell;
    }
  }
  return {
    organisationName,
    canAssign: can(actor, organisationId, "learning.assign_courses"),
    ...dashboard,
    memberCount: dashboard.members.length,
    members,
    cells,
    page,
    pages,
  };
}

const BADGE: Record<string, string> = {
  completed: "vvg-badge--ok",
  in_progress: "vvg-badge--neutral",
  assigned: "vvg-badge--warning",
  expired: "vvg-badge--error",
  not_started: "vvg-badge--neutral",
};

export default function LearningDashboard({ loaderData }: Route.ComponentProps) {
  const { t, formatDate } = useI18n();
  const { organisationName, members, courses, cells, perRole, expiring, overdue, canAssign, page, pages } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("learning.dashboard.heading", { organisation: organisationName })}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("learning.dashboard.lead")}</p>
      <div className="vvg-actions">
        <a
          className="utrecht-button utrecht-button--secondary-action vvg-learning-button-link"
          href="/leren/beheer/voortgang.xlsx"
          download
        >
          {t("learning.dashboard.export")}
        </a>
        {canAssign ? <Link to="/leren/beheer/toewijzen">{t("learning.assign.title")}</Link> : null}
      </div>

      <section aria-labelledby="roles-heading">
        <h2 className="utrecht-heading-2" id="roles-heading">
          {t("learning.dashboard.perRole")}
        </h2>
        <TableRegion labelledBy="roles-heading">
          <table className="utrecht-table">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">
                  {t("learning.dashboard.role")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("learning.dashboard.members")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("learning.dashboard.trained")}
                </th>
                <th scope="col" className="utrecht-table__header-cell">
                  {t("learning.dashboard.share")}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {perRole.map((r) => (
                <tr key={r.role} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell">
                    {t(`role.${r.role}` as MessageKey)}
                  </th>
                  <td className="utrecht-table__cell">{r.members}</td>
                  <td className="utrecht-table__cell">{r.trained}</td>
                  <td className="utrecht-table__cell">{r.share} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>

      <section aria-labelledby="expiring-heading">
        <h2 className="utrecht-heading-2" id="expiring-heading">
          {t("learning.dashboard.expiring")}
        </h2>
        {overdue > 0 ? <p className="utrecht-paragraph">{t("learning.dashboard.overdue", { count: overdue })}</p> : null}
        {expiring.length === 0 ? (
          <p className="utrecht-paragraph">{t("learning.dashboard.noneExpiring")}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {expiring.map((e) => (
              <li key={`${e.personId}-${e.courseTitle}`}>
                {t("learning.dashboard.expiresOn", { name: e.name, course: e.courseTitle, date: formatDate(e.validUntil) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="matrix-heading">
        <h2 className="utrecht-heading-2" id="matrix-heading">
          {t("learning.dashboard.matrix")}
        </h2>
        {courses.length === 0 ? (
          <p className="utrecht-paragraph">{t("learning.dashboard.empty")}</p>
        ) : (
          <TableRegion labelledBy="matrix-heading">
            <table className="utrecht-table vvg-learning-matrix">
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t("learning.dashboard.member")}
                  </th>
                  {courses.map((c) => (
                    <th key={c.id} scope="col" className="utrecht-table__header-cell">
                      {c.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {members.map((m) => (
                  <tr key={m.personId} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell">
                      {m.name}
                    </th>
                    {courses.map((c) => {
                      const cell = cells[`${m.personId}:${c.id}`];
                      return (
                        <td key={c.id} className="utrecht-table__cell">
                          {cell ? (
                            <>
                              <span className={`vvg-badge ${BADGE[cell.state] ?? ""}`}>
                                {t(`learning.state.${cell.state}` as MessageKey)}
                              </span>
                              {cell.completedAt ? <> {formatDate(cell.completedAt)}</> : null}
                              {!cell.completedAt && cell.dueOn ? (
                                <>
                                  {" "}
                                  {t(cell.overdue ? "learning.dashboard.wasDue" : "learning.dashboard.due", {
                                    date: formatDate(cell.dueOn),
                                  })}
                                </>
                              ) : null}
                            </>
                          ) : (
                            "—"
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
        <Pagination
          className="vvg-pagination"
          label={t("learning.dashboard.pages")}
          page={page}
          pages={pages}
          href={(n) => `?pagina=${n}`}
          status={t("learning.dashboard.pageOf", { page, pages })}
          previous={t("learning.dashboard.previous")}
          next={t("learning.dashboard.next")}
        />
      </section>
    </>
  );
}
