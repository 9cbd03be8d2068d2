import { Link } from "react-router";
import type { Route } from "./+types/noits-shared-posts";
import { forbidden, requireActor } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { can } from "../modules/identity/index.server.ts";
import { listSharedPostsOf, sharingRules } from "../modules/talent/index.server.ts";
import { formatFte } from "../modules/talent/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talentRegion.sharedPosts.title", breadcrumb: "talentRegion.sharedPosts.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const organisationId = actor.activeOrganisationId;
  if (
    !organisationId ||
    !(can(actor, organisationId, "talent.manage_vacancies") || can(actor, organisationId, "talent.search_profiles"))
  ) {
    return forbidden(request);
  }
  const db = getRuntime().database.db;
  const [proposals, rules] = await Promise.all([listSharedPostsOf(db, organisationId), sharingRules(db)]);
  return {
    rules,
    proposals: proposals.map((p) => ({
      id: p.id,
      role: p.roleProfile,
      status: p.status,
      totalFtePercent: p.totalFtePercent,
      organisations: p.members.filter((m) => m.answer !== "withdrawn").map((m) => m.organisationName),
      ownAnswer: p.own.answer,
      createdAt: p.createdAt.toISOString(),
    })),
  };
}

export default function NoitsSharedPosts({ loaderData }: Route.ComponentProps) {
  const { t, locale, formatDate } = useI18n();
  const { proposals, rules } = loaderData;
  const fte = (percent: number) => formatFte(percent, locale);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talentRegion.sharedPosts.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talentRegion.sharedPosts.lead")}</p>
      <p className="utrecht-paragraph vvg-region-text">
        {t("talentRegion.sharedPosts.rule", { max: fte(rules.maxFtePercent), min: fte(rules.minTotalPercent) })}
      </p>

      <section aria-labelledby="shared-posts-heading">
        <h2 className="utrecht-heading-2" id="shared-posts-heading">
          {t("talentRegion.sharedPosts.listHeading")}
        </h2>
        {proposals.length === 0 ? (
          <p className="utrecht-paragraph">{t("talentRegion.sharedPosts.empty")}</p>
        ) : (
          <DataTable
            labelledBy="shared-posts-heading"
            className="vvg-region-table"
            columns={[
              t("talentRegion.sharedPosts.col.role"),
              t("talentRegion.sharedPosts.col.organisations"),
              { label: t("talentRegion.sharedPosts.col.total"), className: "vvg-numeric" },
              t("talentRegion.sharedPosts.col.answer"),
              t("talentRegion.sharedPosts.col.status"),
            ]}
          >
            {proposals.map((p) => (
              <tr className="utrecht-table__row" key={p.id}>
                <td className="utrecht-table__cell">
                  <Link to={`/noits/gedeelde-posten/${p.id}`}>{locale === "en" ? p.role.nameEn : p.role.nameNl}</Link>
                  <br />
                  <span className="vvg-region-muted">{formatDate(p.createdAt)}</span>
                </td>
                <td className="utrecht-table__cell">{p.organisations.join(", ")}</td>
                <td className="utrecht-table__cell vvg-numeric">
                  {fte(p.totalFtePercent)} {locale === "en" ? "FTE" : "VTE"}
                </td>
                <td className="utrecht-table__cell">{t(`talentRegion.answer.${p.ownAnswer}` as MessageKey)}</td>
                <td className="utrecht-table__cell">
                  <span
                    className={`vvg-badge vvg-badge--${p.status === "agreed" ? "ok" : p.status === "closed" ? "neutral" : "warning"}`}
                  >
                    {t(`talentRegion.status.${p.status}` as MessageKey)}
                  </span>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <p className="utrecht-paragraph vvg-region-back">
        <Link to="/noits/regio">{t("talentRegion.sharedPosts.regionLink")}</Link>
      </p>
    </>
  );
}
