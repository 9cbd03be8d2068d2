// The fields of a vacancy, for the new and the edit form. Plain fields: works without JavaScript.
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";
import { CONTRACTS, GRADES, OPTIONAL_ROWS, REQUIRED_ROWS } from "../../modules/talent/shared.ts";
import { CheckboxField, SelectField, TextField } from "../ui/form.tsx";
import { type CompetenceCatalogue, CompetenceRows, rowLabels } from "./competences.tsx";

export type VacancyChoices = {
  catalogue: CompetenceCatalogue;
  roleProfiles: { id: number; nameNl: string; nameEn: string }[];
  places: { nisCode: string; name: string }[];
};

const FIELDS: Record<string, MessageKey> = {
  title: "talent.field.title",
  description: "talent.field.description",
  roleProfileId: "talent.field.roleProfile",
  fte: "talent.field.fte",
  contract: "talent.field.contract",
  grade: "talent.field.grade",
  salaryMin: "talent.field.salaryMin",
  salaryMax: "talent.field.salaryMax",
  scaleCode: "talent.field.scaleCode",
  place: "talent.field.place",
  teleworkPercent: "talent.field.telework",
  startsOn: "talent.field.startsOn",
  closesOn: "talent.field.closesOn",
  openToSharing: "talent.field.openToSharing",
};

/** Labels of every field, for the error summary. */
export function useVacancyLabels(): Record<string, string> {
  const { t } = useI18n();
  return {
    ...Object.fromEntries(Object.entries(FIELDS).map(([field, key]) => [field, t(key)])),
    ...rowLabels(t, "req", REQUIRED_ROWS),
    ...rowLabels(t, "opt", OPTIONAL_ROWS),
  };
}

export function VacancyFields({
  values,
  errors,
  choices,
}: {
  values: Record<string, string | undefined>;
  errors?: Record<string, string>;
  choices: VacancyChoices;
}) {
  const { t, locale } = useI18n();
  const descriptionError = errors?.description;
  return (
    <>
      <TextField
        name="title"
        label={t(FIELDS.title!)}
        required
        maxLength={160}
        width="full"
        defaultValue={values.title}
        error={errors?.title}
      />
      <div className={`utrecht-form-field vvg-field${descriptionError ? " utrecht-form-field--invalid" : ""}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="description">
            {t(FIELDS.description!)}
            <span className="vvg-optional"> ({t("form.optional")})</span>
          </label>
        </div>
        <textarea
          className="utrecht-textarea utrecht-textarea--html-textarea"
          id="description"
          name="description"
          rows={5}
          maxLength={4000}
          defaultValue={values.description}
        />
      </div>
      <SelectField
        name="roleProfileId"
        label={t(FIELDS.roleProfileId!)}
        optional
        defaultValue={values.roleProfileId ?? ""}
        error={errors?.roleProfileId}
        options={[
          { value: "", label: t("talent.field.roleProfileNone") },
          ...choices.roleProfiles.map((p) => ({ value: String(p.id), label: locale === "en" ? p.nameEn : p.nameNl })),
        ]}
      />
      <CompetenceRows
        prefix="req"
        rows={REQUIRED_ROWS}
        legend={t("talent.field.required")}
        hint={t("talent.field.requiredHint")}
        catalogue={choices.catalogue}
        values={values}
        errors={errors}
      />
      <CompetenceRows
        prefix="opt"
        rows={OPTIONAL_ROWS}
        legend={t("talent.field.optional")}
        hint={t("talent.field.optionalHint")}
        catalogue={choices.catalogue}
        values={values}
        errors={errors}
      />
      <TextField
        name="fte"
        label={t(FIELDS.fte!)}
        description={t("talent.field.fteHint")}
        required
        inputMode="text"
        maxLength={5}
        width="short"
        defaultValue={values.fte}
        error={errors?.fte}
      />
      <SelectField
        name="contract"
        label={t(FIELDS.contract!)}
        required
        defaultValue={values.contract ?? "contractueel"}
        error={errors?.contract}
        options={CONTRACTS.map((c) => ({ value: c, label: t(`talent.contract.${c}` as MessageKey) }))}
      />
      <SelectField
        name="grade"
        label={t(FIELDS.grade!)}
        required
        defaultValue={values.grade ?? "B"}
        error={errors?.grade}
        options={GRADES.map((g) => ({ value: g, label: t(`talent.grade.${g}` as MessageKey) }))}
      />
      <TextField
        name="salaryMin"
        label={t(FIELDS.salaryMin!)}
        description={t("talent.field.salaryHint")}
        required
        inputMode="numeric"
        maxLength={6}
        width="short"
        defaultValue={values.salaryMin}
        error={errors?.salaryMin}
      />
      <TextField
        name="salaryMax"
        label={t(FIELDS.salaryMax!)}
        required
        inputMode="numeric"
        maxLength={6}
        width="short"
        defaultValue={values.salaryMax}
        error={errors?.salaryMax}
      />
      <TextField
        name="scaleCode"
        label={t(FIELDS.scaleCode!)}
        description={t("talent.field.scaleCodeHint")}
        maxLength={40}
        width="short"
        defaultValue={values.scaleCode}
        error={errors?.scaleCode}
      />
      <SelectField
        name="place"
        label={t(FIELDS.place!)}
        required
        defaultValue={values.place ?? ""}
        error={errors?.place}
        options={[
          { value: "", label: t("talent.field.choose") },
          ...choices.places.map((p) => ({ value: p.nisCode, label: p.name })),
        ]}
      />
      <TextField
        name="teleworkPercent"
        label={t(FIELDS.teleworkPercent!)}
        description={t("talent.field.teleworkHint")}
        required
        inputMode="numeric"
        maxLength={3}
        width="short"
        defaultValue={values.teleworkPercent ?? "0"}
        error={errors?.teleworkPercent}
      />
      <TextField
        name="startsOn"
        type="date"
        label={t(FIELDS.startsOn!)}
        width="short"
        defaultValue={values.startsOn}
        error={errors?.startsOn}
      />
      <TextField
        name="closesOn"
        type="date"
        label={t(FIELDS.closesOn!)}
        description={t("talent.field.closesOnHint")}
        required
        width="short"
        defaultValue={values.closesOn}
        error={errors?.closesOn}
      />
      <CheckboxField
        name="openToSharing"
        label={t("talent.field.openToSharingLabel")}
        defaultChecked={values.openToSharing === "on"}
        error={errors?.openToSharing}
      />
    </>
  );
}
