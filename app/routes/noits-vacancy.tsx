// /noits/vacatures/:vacancyId — one published vacancy, with schema.org JobPosting JSON-LD.
import { data, Link } from "react-router";
import type { Route } from "./+types/noits-vacancy";
import { VacancyFacts } from "../components/talent/vacancy-facts.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { competenceChoices, getPublicVacancy } from "../modules/talent/index.server.ts";
import { useNonce } from "../nonce.tsx";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talent.vacancy.title", breadcrumb: "talent.vacancy.title" };

const EMPLOYMENT_TYPES: Record<string, string> = {
  statutair: "FULL_TIME",
  contractueel: "FULL_TIME",
  interim: "TEMPORARY",
  freelance: "CONTRACTOR",
  detachering: "TEMPORARY",
};

export async function loader({ params }: Route.LoaderArgs) {
  const runtime = getRuntime();
  const vacancy = await getPublicVacancy(runtime.database.db, params.vacancyId);
  if (!vacancy) throw data(null, { status: 404 });
  const catalogue = competenceChoices();
  const skills = [...vacancy.required, ...vacancy.optional].map(
    (c) => `${c.code} ${catalogue.competences.find((x) => x.code === c.code)?.titleNl ?? ""} (e-${c.level})`,
  );
  const types = [vacancy.ftePercent < 100 ? "PART_TIME" : EMPLOYMENT_TYPES[vacancy.contract]!];
  if (vacancy.ftePercent < 100 && EMPLOYMENT_TYPES[vacancy.contract] !== "FULL_TIME")
    types.push(EMPLOYMENT_TYPES[vacancy.contract]!);
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: vacancy.title,
    description: vacancy.description || vacancy.title,
    identifier: { "@type": "PropertyValue", name: vacancy.organisationName, value: vacancy.id },
    url: `${runtime.config.baseUrl}/noits/vacatures/${vacancy.id}`,
    datePosted: (vacancy.publishedAt ?? vacancy.updatedAt).toISOString().slice(0, 10),
    validThrough: `${vacancy.closesOn}T23:59:59+01:00`,
    employmentType: types,
    hiringOrganization: { "@type": "Organization", name: vacancy.organisationName },
    jobLocation: {
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressLocality: vacancy.placeName,
        addressRegion: "Vlaanderen",
        addressCountry: "BE",
      },
    },
    baseSalary: {
      "@type": "MonetaryAmount",
      currency: "EUR",
      value: { "@type": "QuantitativeValue", minValue: vacancy.salaryMin, maxValue: vacancy.salaryMax, unitText: "MONTH" },
    },
    ...(vacancy.startsOn ? { jobStartDate: vacancy.startsOn } : {}),
    ...(vacancy.teleworkPercent === 100 ? { jobLocationType: "TELECOMMUTE" } : {}),
    ...(vacancy.roleProfile ? { occupationalCategory: vacancy.roleProfile.nameEn } : {}),
    skills: skills.join(", "),
    workHours: `${vacancy.ftePercent / 100} FTE`,
  };
  return {
    vacancy: {
      id: vacancy.id,
      title: vacancy.title,
      description: vacancy.description,
      organisationName: vacancy.organisationName,
      roleProfile: vacancy.roleProfile,
      ftePercent: vacancy.ftePercent,
      contract: vacancy.contract,
      grade: vacancy.grade,
      salaryMin: vacancy.salaryMin,
      salaryMax: vacancy.salaryMax,
      scaleCode: vacancy.scaleCode,
      placeName: vacancy.placeName,
      teleworkPercent: vacancy.teleworkPercent,
      startsOn: vacancy.startsOn,
      closesOn: vacancy.closesOn,
      openToSharing: vacancy.openToSharing,
      status: vacancy.status,
      required: vacancy.required,
      optional: vacancy.optional,
    },
    competences: catalogue.competences,
    jsonLd: JSON.stringify(jsonLd).replace(/</g, "\\u003c"),
  };
}

export default function VacancyPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const nonce = useNonce();
  const { vacancy, competences, jsonLd } = loaderData;
  return (
    <>
      <script
        type="application/ld+json"
        nonce={nonce}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD built on the server from our own data, with < escaped
        dangerouslySetInnerHTML={{ __html: jsonLd }}
      />
      <h1 className="utrecht-heading-1">{vacancy.title}</h1>
      {vacancy.description ? <p className="utrecht-paragraph vvg-lead">{vacancy.description}</p> : null}
      <VacancyFacts vacancy={vacancy} competences={competences} />
      <section aria-labelledby="interest-heading" className="vvg-talent-card">
        <h2 className="utrecht-heading-2" id="interest-heading">
          {t("talent.vacancy.interested")}
        </h2>
        <p className="utrecht-paragraph">{t("talent.vacancy.interestedText", { organisation: vacancy.organisationName })}</p>
        <p className="utrecht-paragraph">
          <Link to="/noits/profiel">{t("talent.vacancy.interestedLink")}</Link>
        </p>
      </section>
      <p className="utrecht-paragraph">
        <Link to="/noits/vacatures">{t("talent.vacancy.back")}</Link>
      </p>
    </>
  );
}
