// /noits/profiel/vacatures — profile → the open vacancies that match it, best first, with reasons.
import { Link } from "react-router";
import type { Route } from "./+types/noits-my-matches";
import { requireActor } from "../auth.server.ts";
import { MatchSummary } from "../components/talent/competences.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { matchesForPerson } from "../modules/talent/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talent.myMatches.title", breadcrumb: "talent.myMatches.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const result = await matchesForPerson(getRuntime().database.db, actor.personId);
  return {
    hasProfile: Boolean(result),
    matches: (result?.matches ?? []).map((m) => ({
      id: m.vacancy.id,
      title: m.vacancy.title,
      organisationName: m.vacancy.organisationName,
      placeName: m.vacancy.placeName,
      reasons: m.reasons,
    })),
  };
}

export default function MyMatches({ loaderData }: Route.ComponentProps) {
  const { t, tn } = useI18n();
  const { hasProfile, matches } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.myMatches.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.myMatches.lead")}</p>
      {!hasProfile ? (
        <p className="utrecht-paragraph">
          {t("talent.myMatches.noProfile")} <Link to="/noits/profiel">{t("talent.home.createProfile")}</Link>
        </p>
      ) : (
        <>
          <h2 className="utrecht-heading-2" id="matches-heading">
            {tn("talent.myMatches.count", matches.length)}
          </h2>
          {matches.length === 0 ? (
            <p className="utrecht-paragraph">{t("talent.myMatches.none")}</p>
          ) : (
            <ol className="vvg-talent-matches" aria-labelledby="matches-heading">
              {matches.map((m) => (
                <li key={m.id} className="vvg-talent-match">
                  <h3 className="utrecht-heading-3">
                    <Link to={`/noits/vacatures/${m.id}`}>{m.title}</Link>
                  </h3>
                  <p className="utrecht-paragraph vvg-talent-muted">
                    {m.placeName === m.organisationName ? m.organisationName : `${m.organisationName} — ${m.placeName}`}
                  </p>
                  <MatchSummary reasons={m.reasons} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
