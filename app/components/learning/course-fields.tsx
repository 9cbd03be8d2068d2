import { SelectField, TextField } from "../ui/form.tsx";
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";
import { AUDIENCES, COURSE_FORMATS, LEVELS, TOPICS } from "../../modules/learning/shared.ts";
import { TextAreaField } from "./fields.tsx";

export type CourseValues = Partial<
  Record<"title" | "slug" | "summary" | "format" | "topic" | "level" | "audience" | "durationMinutes" | "validityMonths", string>
>;

/** The catalogue facts of a course, for "new course" and "edit course". */
export function CourseFields({ values, errors }: { values?: CourseValues; errors?: Record<string, string> }) {
  const { t } = useI18n();
  const options = (group: string, list: readonly string[]) =>
    list.map((value) => ({ value, label: t(`learning.${group}.${value}` as MessageKey) }));
  return (
    <>
      <TextField
        name="title"
        label={t("learning.field.title")}
        required
        maxLength={200}
        width="full"
        defaultValue={values?.title}
        error={errors?.title}
      />
      <TextField
        name="slug"
        label={t("learning.field.slug")}
        description={t("learning.field.slugHint")}
        required
        maxLength={80}
        defaultValue={values?.slug}
        error={errors?.slug}
      />
      <TextAreaField
        name="summary"
        label={t("learning.field.summary")}
        rows={3}
        maxLength={1000}
        defaultValue={values?.summary}
        error={errors?.summary}
      />
      <SelectField
        name="format"
        label={t("learning.field.format")}
        required
        defaultValue={values?.format ?? "package"}
        options={options("format", COURSE_FORMATS)}
        error={errors?.format}
      />
      <SelectField
        name="topic"
        label={t("learning.field.topic")}
        required
        defaultValue={values?.topic}
        options={options("topic", TOPICS)}
        error={errors?.topic}
      />
      <SelectField
        name="level"
        label={t("learning.field.level")}
        required
        defaultValue={values?.level}
        options={options("level", LEVELS)}
        error={errors?.level}
      />
      <SelectField
        name="audience"
        label={t("learning.field.audience")}
        required
        defaultValue={values?.audience}
        options={options("audience", AUDIENCES)}
        error={errors?.audience}
      />
      <TextField
        name="durationMinutes"
        label={t("learning.field.duration")}
        inputMode="numeric"
        required
        width="short"
        defaultValue={values?.durationMinutes ?? "30"}
        error={errors?.durationMinutes}
      />
      <TextField
        name="validityMonths"
        label={t("learning.field.validity")}
        description={t("learning.field.validityHint")}
        inputMode="numeric"
        width="short"
        defaultValue={values?.validityMonths}
        error={errors?.validityMonths}
      />
    </>
  );
}
