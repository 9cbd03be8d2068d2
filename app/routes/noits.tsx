// /noits — NoITS landing page: what it is, and the way in for professionals and HR.
import { Link } from "react-router";
import type { Route } from "./+types/noits";
import { getActor } from "../auth.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { can } from "../modules/identity/index.server.ts";
import { hasProfile, listOpenVacancies } from "../modules/talent/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talent.home.title", breadcrumb: "talent.home.breadcrumb" };

export async function loader({ request }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const actor = await getActor(request);
  const organisationId = actor?.activeOrganisationId ?? null;
  const open = await listOpenVacancies(db, { pageSize: 1 });
  return {
    openVacancies: open.total,
    loggedIn: Boolean(actor),
    hasProfile: actor ? await hasProfile(db, actor.personId) : false,
    hr: Boolean(actor && organisationId && can(actor, organisationId, "talent.manage_vacancies")),
    admin: Boolean(actor?.isPortalAdmin),
  };
}

export default function NoitsHome({ loaderData }: Route.ComponentProps) {
  const { t, tn } = useI18n();
  const { openVacancies, loggedIn, hasProfile, hr, admin } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.home.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.home.lead")}</p>

      <div className="vvg-talent-cards">
        <section aria-labelledby="demand-heading" className="vvg-talent-card">
          <h2 className="utrecht-heading-2" id="demand-heading">
            {t("talent.home.demand")}
          </h2>
          <p className="utrecht-paragraph">{tn("talent.home.openCount", openVacancies)}</p>
          <ul className="utrecht-unordered-list">
            <li>
              <Link to="/noits/vacatures">{t("talent.home.vacanciesLink")}</Link>
            </li>
            <li>
              <Link to="/noits/competenties">{t("talent.home.competencesLink")}</Link>
            </li>
            <li>
              <Link to="/noits/rolprofielen">{t("talent.home.roleProfilesLink")}</Link>
            </li>
          </ul>
        </section>

        <section aria-labelledby="supply-heading" className="vvg-talent-card">
          <h2 className="utrecht-heading-2" id="supply-heading">
            {t("talent.home.professionals")}
          </h2>
          <p className="utrecht-paragraph">{t("talent.home.professionalsText")}</p>
          <ul className="utrecht-unordered-list">
            <li>
              <Link to="/noits/profiel">{hasProfile ? t("talent.home.editProfile") : t("talent.home.createProfile")}</Link>
            </li>
            {hasProfile ? (
              <li>
                <Link to="/noits/profiel/vacatures">{t("talent.home.myMatches")}</Link>
              </li>
            ) : null}
            {loggedIn ? (
              <>
                <li>
                  <Link to="/noits/contacten">{t("talent.home.contacts")}</Link>
                </li>
                <li>
                  <Link to="/noits/zoekopdrachten">{t("talent.home.searches")}</Link>
                </li>
              </>
            ) : null}
          </ul>
        </section>

        {hr ? (
          <section aria-labelledby="hr-heading" className="vvg-talent-card">
            <h2 className="utrecht-heading-2" id="hr-heading">
              {t("talent.home.hr")}
            </h2>
            <p className="utrecht-paragraph">{t("talent.home.hrText")}</p>
            <ul className="utrecht-unordered-list">
              <li>
                <Link to="/noits/beheer/vacatures">{t("talent.home.manageVacancies")}</Link>
              </li>
              <li>
                <Link to="/noits/contacten">{t("talent.home.contacts")}</Link>
              </li>
              <li>
                <Link to="/noits/regio">{t("talentRegion.title")}</Link>
              </li>
              <li>
                <Link to="/noits/gedeelde-posten">{t("talentRegion.sharedPosts.title")}</Link>
              </li>
            </ul>
          </section>
        ) : null}
        {admin ? (
          <section aria-labelledby="admin-heading" className="vvg-talent-card">
            <h2 className="utrecht-heading-2" id="admin-heading">
              {t("talent.home.admin")}
            </h2>
            <p className="utrecht-paragraph">
              <Link to="/beheer/noits/rolprofielen">{t("talent.home.adminLink")}</Link>
            </p>
          </section>
        ) : null}
      </div>

      <section aria-labelledby="privacy-heading">
        <h2 className="utrecht-heading-2" id="privacy-heading">
          {t("talent.home.privacy")}
        </h2>
        <ul className="utrecht-unordered-list">
          <li>{t("talent.home.privacy1")}</li>
          <li>{t("talent.home.privacy2")}</li>
          <li>{t("talent.home.privacy3")}</li>
          <li>{t("talent.home.privacy4")}</li>
        </ul>
      </section>
    </>
  );
}
