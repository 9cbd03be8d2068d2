// /noits/profielen/:profileId — an anonymous profile as HR of the active organisation sees it, with
// the reasons against one of its vacancies and the form to ask for contact. A profile hidden from
// the organisation is a 404, exactly like one that does not exist.
import { data, Form, Link } from "react-router";
import type { Route } from "./+types/noits-profile-view";
import { MatchSummary, useCompetenceName } from "../components/talent/competences.tsx";
import { TextArea } from "../components/talent/text-area.tsx";
import { FormProblems, type FormState, PostForm, SelectField, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { competenceChoices, listContactsForOrganisation, profileForHr, requestContact } from "../modules/talent/index.server.ts";
import { contactRequestSchema, formatFte, levelLabel } from "../modules/talent/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";
import { memberOrganisationsOf, requireTalentHr } from "../talent-auth.server.ts";

export const handle: RouteHandle = { title: "talent.profileView.title", breadcrumb: "talent.profileView.title" };

const notFound = () => data(null, { status: 404 });

export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, organisationId, organisationName } = await requireTalentHr(request, "talent.search_profiles");
  const { db } = getRuntime().database;
  const vacancyId = new URL(request.url).searchParams.get("vacature");
  const memberOf = memberOrganisationsOf(actor);
  const found = await profileForHr(db, params.profileId, organisationId, vacancyId, memberOf);
  if (!found) throw notFound();
  const contacts = (await listContactsForOrganisation(db, organisationId, memberOf)).filter(
    (c) => c.profileId === found.profile.id && c.status !== "declined",
  );
  return {
    organisationName,
    profile: { ...found.profile, updatedAt: found.profile.updatedAt.toISOString() },
    reasons: found.reasons,
    vacancy: found.vacancy ? { id: found.vacancy.id, title: found.vacancy.title } : null,
    vacancies: found.vacancies,
    contact: contacts[0] ? { id: contacts[0].id, status: contacts[0].status } : null,
    catalogue: competenceChoices(),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, organisationId } = await requireTalentHr(request, "talent.search_profiles");
  const form = await readForm(request);
  const parsed = parseForm(contactRequestSchema, form);
  if (!parsed.ok) return parsed.response;
  const runtime = getRuntime();
  const result = await requestContact(
    runtime.database.db,
    {
      organisationId,
      profileId: params.profileId,
      vacancyId: parsed.value.vacancyId,
      message: parsed.value.message,
      alsoHiddenFrom: memberOrganisationsOf(actor),
    },
    { personId: actor.personId, ip: context.get(requestInfoContext).ip },
    runtime.config.baseUrl,
  );
  if (!result.ok) {
    if (result.error === "talent.profile.notFound") throw notFound();
    return invalid({ [result.field ?? "_form"]: result.error }, form);
  }
  return redirectWithFlash(`/noits/contacten/${result.id}`, { kind: "ok", key: "talent.contact.sent" });
}

export default function ProfileView({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, locale, formatDate, formatEuro } = useI18n();
  const { profile, reasons, vacancy, vacancies, contact, catalogue, organisationName } = loaderData;
  const state = actionData as FormState;
  const name = useCompetenceName(catalogue);
  const region = [
    profile.region.arrondissement ? t("talent.profileView.arrondissement", { name: profile.region.arrondissement }) : null,
    profile.region.province,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      <h1 className="utrecht-heading-1">{profile.headline}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.profileView.lead")}</p>

      {reasons && vacancy ? (
        <section aria-labelledby="match-heading" className="vvg-talent-card">
          <h2 className="utrecht-heading-2" id="match-heading">
            {t("talent.profileView.matchHeading", { title: vacancy.title })}
          </h2>
          <MatchSummary reasons={reasons} />
        </section>
      ) : null}
      {vacancies.length ? (
        <Form method="get" className="vvg-filter-form">
          <SelectField
            name="vacature"
            label={t("talent.profileView.compare")}
            defaultValue={vacancy?.id ?? ""}
            options={[
              { value: "", label: t("talent.profileView.compareNone") },
              ...vacancies.map((v) => ({ value: v.id, label: v.title })),
            ]}
          />
          <div className="vvg-actions vvg-filter-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("talent.profileView.compareSubmit")}
            </button>
          </div>
        </Form>
      ) : null}

      <h2 className="utrecht-heading-2" id="profile-heading">
        {t("talent.profileView.facts")}
      </h2>
      <dl className="vvg-talent-facts" aria-labelledby="profile-heading">
        <dt>{t("talent.profile.region")}</dt>
        <dd>{region || t("talent.profileView.unknown")}</dd>
        <dt>{t("talent.profileView.years")}</dt>
        <dd>{tn("talent.years", profile.yearsExperience)}</dd>
        <dt>{t("talent.profileView.available")}</dt>
        <dd>
          {t("talent.fteValue", { fte: formatFte(profile.availableFtePercent, locale) })}
          {profile.availableFrom ? ` — ${t("talent.profileView.from", { date: formatDate(profile.availableFrom) })}` : ""}
        </dd>
        <dt>{t("talent.profileView.contracts")}</dt>
        <dd>{profile.contracts.map((c) => t(`talent.contract.${c}` as MessageKey)).join(", ")}</dd>
        <dt>{t("talent.profileView.travel")}</dt>
        <dd>{t("talent.profileView.travelValue", { km: profile.maxTravelKm })}</dd>
        {profile.salaryExpectation ? (
          <>
            <dt>{t("talent.profileView.salary")}</dt>
            <dd>{formatEuro(profile.salaryExpectation)}</dd>
          </>
        ) : null}
        <dt>{t("talent.profileView.languages")}</dt>
        <dd>{profile.languages.map((l) => t(`talent.language.${l}` as MessageKey)).join(", ")}</dd>
      </dl>
      <h2 className="utrecht-heading-2" id="competences-heading">
        {t("talent.profileView.competences")}
      </h2>
      <ul className="utrecht-unordered-list" aria-labelledby="competences-heading">
        {profile.competences.map((c) => (
          <li key={c.code}>
            {name(c.code)} — {levelLabel(c.level)}
            {c.evidence ? ` (${t("talent.profileView.evidence", { evidence: c.evidence })})` : ""}
          </li>
        ))}
      </ul>

      <section aria-labelledby="contact-heading" className="vvg-talent-card">
        <h2 className="utrecht-heading-2" id="contact-heading">
          {t("talent.profileView.contactHeading")}
        </h2>
        {contact ? (
          <p className="utrecht-paragraph">
            {t(`talent.contactStatus.${contact.status}` as MessageKey)} —{" "}
            <Link to={`/noits/contacten/${contact.id}`}>{t("talent.profileView.openContact")}</Link>
          </p>
        ) : (
          <>
            <p className="utrecht-paragraph">{t("talent.profileView.contactLead", { organisation: organisationName })}</p>
            <FormProblems state={state} labels={{ message: t("talent.field.message"), vacancyId: t("talent.field.vacancy") }} />
            <PostForm noValidate>
              {vacancies.length ? (
                <SelectField
                  name="vacancyId"
                  label={t("talent.field.vacancy")}
                  optional
                  defaultValue={state?.values?.vacancyId ?? vacancy?.id ?? ""}
                  error={state?.errors?.vacancyId}
                  options={[
                    { value: "", label: t("talent.profileView.noVacancy") },
                    ...vacancies.map((v) => ({ value: v.id, label: v.title })),
                  ]}
                />
              ) : null}
              <TextArea
                name="message"
                value={state?.values?.message}
                error={state?.errors?.message}
                label={t("talent.field.message")}
                hint={t("talent.field.messageHint")}
              />
              <div className="vvg-actions">
                <SubmitButton>{t("talent.profileView.contactSubmit")}</SubmitButton>
              </div>
            </PostForm>
          </>
        )}
      </section>
    </>
  );
}
