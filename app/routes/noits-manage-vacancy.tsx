// /noits/beheer/vacatures/:vacancyId — HR's page of one vacancy: the anonymised count of matching
// profiles (before publishing too), the ranked matches with their reasons, status and edit form.
import { data, Link } from "react-router";
import type { Route } from "./+types/noits-manage-vacancy";
import { MatchSummary } from "../components/talent/competences.tsx";
import { VacancyFacts } from "../components/talent/vacancy-facts.tsx";
import { useVacancyLabels, VacancyFields } from "../components/talent/vacancy-form.tsx";
import { ActionForm, FormProblems, type FormState, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { can } from "../modules/identity/index.server.ts";
import {
  competenceChoices,
  competenceSpans,
  getVacancyOf,
  listRoleProfiles,
  placeChoices,
  setVacancyStatus,
  todayInBrussels,
  updateVacancy,
  vacancyMatches,
} from "../modules/talent/index.server.ts";
import { formatFte, VACANCY_STATUSES, type VacancyStatus, vacancyFormSchema } from "../modules/talent/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";
import { memberOrganisationsOf, requireTalentHr } from "../talent-auth.server.ts";

export const handle: RouteHandle = { title: "talent.manageOne.title", breadcrumb: "talent.manageOne.title" };

const notFound = () => data(null, { status: 404 });

/** Which status buttons a vacancy in each status offers. */
const NEXT: Record<VacancyStatus, VacancyStatus[]> = {
  concept: ["open", "closed"],
  open: ["filled", "closed"],
  filled: ["open"],
  closed: ["open"],
};

export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, organisationId } = await requireTalentHr(request, "talent.manage_vacancies");
  const { db } = getRuntime().database;
  const vacancy = await getVacancyOf(db, organisationId, params.vacancyId);
  if (!vacancy) throw notFound();
  const maySearch = can(actor, organisationId, "talent.search_profiles");
  const matches = await vacancyMatches(db, organisationId, vacancy, maySearch ? 50 : 0, memberOrganisationsOf(actor));
  return {
    vacancy: {
      ...vacancy,
      publishedAt: vacancy.publishedAt?.toISOString() ?? null,
      updatedAt: vacancy.updatedAt.toISOString(),
    },
    count: matches.count,
    ranked: maySearch ? matches.ranked : null,
    next: NEXT[vacancy.status],
    choices: {
      catalogue: competenceChoices(),
      roleProfiles: (await listRoleProfiles(db)).map((p) => ({ id: p.id, nameNl: p.nameNl, nameEn: p.nameEn })),
      places: await placeChoices(db),
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, organisationId } = await requireTalentHr(request, "talent.manage_vacancies");
  const { db } = getRuntime().database;
  const vacancy = await getVacancyOf(db, organisationId, params.vacancyId);
  if (!vacancy) throw notFound();
  const who = { personId: actor.personId, ip: context.get(requestInfoContext).ip };
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const back = `/noits/beheer/vacatures/${vacancy.id}`;
  if (intent === "update") {
    const parsed = parseForm(vacancyFormSchema(competenceSpans(), todayInBrussels()), form);
    if (!parsed.ok) return parsed.response;
    const result = await updateVacancy(db, organisationId, vacancy.id, parsed.value, who);
    if (!result.ok) {
      if (result.error === "talent.vacancy.notFound") throw notFound();
      return invalid({ [result.field ?? "_form"]: result.error }, form);
    }
    return redirectWithFlash(back, { kind: "ok", key: "talent.manageOne.saved", vars: { title: parsed.value.title } });
  }
  if (intent === "status") {
    const status = String(form.get("status") ?? "") as VacancyStatus;
    if (!VACANCY_STATUSES.includes(status)) throw data(null, { status: 400 });
    const result = await setVacancyStatus(db, organisationId, vacancy.id, status, who);
    if (!result.ok) {
      if (result.error === "talent.vacancy.notFound") throw notFound();
      return invalid({ _form: result.error }, form);
    }
    return redirectWithFlash(back, {
      kind: "ok",
      key: `talent.manageOne.status.${status}` as MessageKey,
      vars: { title: vacancy.title },
    });
  }
  throw data(null, { status: 400 });
}

export default function ManageVacancy({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, locale } = useI18n();
  const { vacancy, count, ranked, next, choices } = loaderData;
  const state = actionData as FormState;
  const labels = useVacancyLabels();
  const editState = state?.values?.intent === "update" ? state : undefined;
  const statusState = state?.values?.intent === "status" ? state : undefined;
  const values: Record<string, string | undefined> = editState?.values ?? {
    title: vacancy.title,
    description: vacancy.description,
    roleProfileId: vacancy.roleProfile ? String(vacancy.roleProfile.id) : "",
    fte: formatFte(vacancy.ftePercent, locale),
    contract: vacancy.contract,
    grade: vacancy.grade,
    salaryMin: String(vacancy.salaryMin),
    salaryMax: String(vacancy.salaryMax),
    scaleCode: vacancy.scaleCode,
    place: choices.places.find((p) => p.name === vacancy.placeName)?.nisCode ?? "",
    teleworkPercent: String(vacancy.teleworkPercent),
    startsOn: vacancy.startsOn ?? "",
    closesOn: vacancy.closesOn,
    openToSharing: vacancy.openToSharing ? "on" : "",
    ...Object.fromEntries(
      vacancy.required.flatMap((c, i) => [
        [`req_code_${i}`, c.code],
        [`req_level_${i}`, String(c.level)],
      ]),
    ),
    ...Object.fromEntries(
      vacancy.optional.flatMap((c, i) => [
        [`opt_code_${i}`, c.code],
        [`opt_level_${i}`, String(c.level)],
      ]),
    ),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{vacancy.title}</h1>
      <p className="utrecht-paragraph">
        <span className={`vvg-badge vvg-badge--${vacancy.status === "open" ? "ok" : "neutral"}`}>
          {t(`talent.status.${vacancy.status}` as MessageKey)}
        </span>{" "}
        {vacancy.status === "open" ? <Link to={`/noits/vacatures/${vacancy.id}`}>{t("talent.manageOne.publicPage")}</Link> : null}
      </p>
      <p className="utrecht-paragraph">
        <Link to="/noits/beheer/vacatures">{t("talent.manageOne.back")}</Link>
      </p>

      <section aria-labelledby="count-heading" className="vvg-talent-card">
        <h2 className="utrecht-heading-2" id="count-heading">
          {t("talent.manageOne.countHeading")}
        </h2>
        <p className="utrecht-paragraph vvg-talent-count">{tn("talent.manageOne.count", count)}</p>
        <p className="utrecht-paragraph">{t("talent.manageOne.countHint")}</p>
        <FormProblems state={statusState} labels={{}} />
        <div className="vvg-actions">
          {next.map((status) => (
            <ActionForm
              key={status}
              fields={{ intent: "status", status }}
              label={t(`talent.manageOne.to.${status}` as MessageKey)}
              appearance={status === "open" ? "primary" : "secondary"}
            />
          ))}
        </div>
      </section>

      {ranked ? (
        <section aria-labelledby="matches-heading">
          <h2 className="utrecht-heading-2" id="matches-heading">
            {t("talent.manageOne.matchesHeading")}
          </h2>
          <p className="utrecht-paragraph">{t("talent.manageOne.matchesLead")}</p>
          {ranked.length === 0 ? (
            <p className="utrecht-paragraph">{t("talent.manageOne.noMatches")}</p>
          ) : (
            <ol className="vvg-talent-matches">
              {ranked.map((match) => (
                <li key={match.profileId} className="vvg-talent-match">
                  <h3 className="utrecht-heading-3">
                    <Link to={`/noits/profielen/${match.profileId}?vacature=${vacancy.id}`}>{match.headline}</Link>
                  </h3>
                  <p className="utrecht-paragraph vvg-talent-muted">{tn("talent.years", match.yearsExperience)}</p>
                  <MatchSummary reasons={match.reasons} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}

      <section aria-labelledby="facts-heading">
        <h2 className="utrecht-heading-2" id="facts-heading">
          {t("talent.manageOne.factsHeading")}
        </h2>
        <VacancyFacts vacancy={vacancy} competences={choices.catalogue.competences} />
      </section>

      <section aria-labelledby="edit-heading">
        <h2 className="utrecht-heading-2" id="edit-heading">
          {t("talent.manageOne.editHeading")}
        </h2>
        <FormProblems state={editState} labels={labels} />
        <PostForm noValidate className="vvg-talent-form">
          <input type="hidden" name="intent" value="update" />
          <VacancyFields values={values} errors={editState?.errors} choices={choices} />
          <div className="vvg-actions">
            <SubmitButton>{t("talent.manageOne.save")}</SubmitButton>
          </div>
        </PostForm>
      </section>
    </>
  );
}
