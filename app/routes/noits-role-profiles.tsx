// /noits/rolprofielen — the 30 ICT role profiles (CWA 16458-1:2018) with their typical competences.
import { Link } from "react-router";
import type { Route } from "./+types/noits-role-profiles";
import { getActor } from "../auth.server.ts";
import { useCompetenceName } from "../components/talent/competences.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { competenceChoices, listRoleProfiles } from "../modules/talent/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talent.roleProfiles.title", breadcrumb: "talent.roleProfiles.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await getActor(request);
  return {
    profiles: await listRoleProfiles(getRuntime().database.db),
    catalogue: competenceChoices(),
    admin: Boolean(actor?.isPortalAdmin),
  };
}

export default function RoleProfiles({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { profiles, catalogue, admin } = loaderData;
  const name = useCompetenceName(catalogue);
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.roleProfiles.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.roleProfiles.lead")}</p>
      {admin ? (
        <p className="utrecht-paragraph">
          <Link to="/beheer/noits/rolprofielen">{t("talent.roleProfiles.adminLink")}</Link>
        </p>
      ) : null}
      <h2 className="utrecht-heading-2" id="profiles-heading">
        {t("talent.roleProfiles.listHeading")}
      </h2>
      <DataTable
        labelledBy="profiles-heading"
        columns={[
          t("talent.roleProfiles.col.number"),
          t("talent.roleProfiles.col.name"),
          t("talent.roleProfiles.col.competences"),
        ]}
      >
        {profiles.map((p) => (
          <tr className="utrecht-table__row" key={p.id}>
            <td className="utrecht-table__cell">{p.id}</td>
            <td className="utrecht-table__cell">
              {locale === "en" ? p.nameEn : p.nameNl}
              {locale === "nl" && p.nameNl !== p.nameEn ? (
                <>
                  <br />
                  <span className="vvg-talent-muted" lang="en">
                    {p.nameEn}
                  </span>
                </>
              ) : null}
            </td>
            <td className="utrecht-table__cell">
              {p.competences.length === 0
                ? t("talent.roleProfiles.none")
                : p.competences.map((c) => `${name(c.code)} (e-${c.level})`).join(", ")}
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="utrecht-paragraph vvg-talent-muted">{t("talent.roleProfiles.source")}</p>
    </>
  );
}
