// The facts of a vacancy as a description list, shared by the public page and HR's page.
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";
import { formatFte, levelLabel } from "../../modules/talent/shared.ts";
import { type CompetenceChoice, useCompetenceName } from "./competences.tsx";

export type VacancyView = {
  id: string;
  title: string;
  description: string;
  organisationName: string;
  roleProfile: { id: number; nameNl: string; nameEn: string } | null;
  ftePercent: number;
  contract: string;
  grade: string;
  salaryMin: number;
  salaryMax: number;
  scaleCode: string;
  placeName: string;
  teleworkPercent: number;
  startsOn: string | null;
  closesOn: string;
  openToSharing: boolean;
  status: string;
  required: { code: string; level: number }[];
  optional: { code: string; level: number }[];
};

export function VacancyFacts({ vacancy, competences }: { vacancy: VacancyView; competences: CompetenceChoice[] }) {
  const { t, locale, formatDate, formatEuro } = useI18n();
  const name = useCompetenceName({ competences });
  return (
    <>
      <dl className="vvg-talent-facts">
        <dt>{t("talent.vacancy.organisation")}</dt>
        <dd>{vacancy.organisationName}</dd>
        {vacancy.roleProfile ? (
          <>
            <dt>{t("talent.vacancy.roleProfile")}</dt>
            <dd>{locale === "en" ? vacancy.roleProfile.nameEn : vacancy.roleProfile.nameNl}</dd>
          </>
        ) : null}
        <dt>{t("talent.vacancy.fte")}</dt>
        <dd>{t("talent.fteValue", { fte: formatFte(vacancy.ftePercent, locale) })}</dd>
        <dt>{t("talent.vacancy.contract")}</dt>
        <dd>{t(`talent.contract.${vacancy.contract}` as MessageKey)}</dd>
        <dt>{t("talent.vacancy.grade")}</dt>
        <dd>{t(`talent.grade.${vacancy.grade}` as MessageKey)}</dd>
        <dt>{t("talent.vacancy.salary")}</dt>
        <dd>
          {t("talent.vacancy.salaryValue", { min: formatEuro(vacancy.salaryMin), max: formatEuro(vacancy.salaryMax) })}
          {vacancy.scaleCode ? ` (${t("talent.vacancy.scale", { code: vacancy.scaleCode })})` : ""}
        </dd>
        <dt>{t("talent.vacancy.place")}</dt>
        <dd>
          {vacancy.placeName}
          {vacancy.teleworkPercent > 0 ? ` — ${t("talent.vacancy.teleworkValue", { percent: vacancy.teleworkPercent })}` : ""}
        </dd>
        {vacancy.startsOn ? (
          <>
            <dt>{t("talent.vacancy.startsOn")}</dt>
            <dd>{formatDate(vacancy.startsOn)}</dd>
          </>
        ) : null}
        <dt>{t("talent.vacancy.closesOn")}</dt>
        <dd>{formatDate(vacancy.closesOn)}</dd>
        {vacancy.openToSharing ? (
          <>
            <dt>{t("talent.vacancy.sharing")}</dt>
            <dd>{t("talent.vacancy.sharingYes")}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="utrecht-heading-2" id="required-heading">
        {t("talent.vacancy.requiredHeading")}
      </h2>
      <ul className="utrecht-unordered-list" aria-labelledby="required-heading">
        {vacancy.required.map((c) => (
          <li key={c.code}>{t("talent.vacancy.minimumLevel", { competence: name(c.code), level: levelLabel(c.level) })}</li>
        ))}
      </ul>
      {vacancy.optional.length ? (
        <>
          <h2 className="utrecht-heading-2" id="optional-heading">
            {t("talent.vacancy.optionalHeading")}
          </h2>
          <ul className="utrecht-unordered-list" aria-labelledby="optional-heading">
            {vacancy.optional.map((c) => (
              <li key={c.code}>{t("talent.vacancy.minimumLevel", { competence: name(c.code), level: levelLabel(c.level) })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
