// The fields of a framework agreement in the portal admin's new and edit forms.
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { ORDER_METHODS } from "../modules/procurement/shared.ts";
import { SelectField, TextField } from "./ui/form.tsx";

export type FrameworkValues = {
  reference: string;
  title: string;
  description: string;
  centralPurchasingBody: string;
  legalBasis: string;
  startsOn: string;
  endsOn: string;
  maxValue: string;
  orderMethod: string;
};

/** The label of each field, for the form's error summary. */
export const FRAMEWORK_LABEL_KEYS: Record<keyof FrameworkValues, MessageKey> = {
  reference: "frameworks.field.reference",
  title: "frameworks.field.title",
  description: "frameworks.field.description",
  centralPurchasingBody: "frameworks.field.body",
  legalBasis: "frameworks.field.legalBasis",
  startsOn: "frameworks.field.startsOn",
  endsOn: "frameworks.field.endsOn",
  maxValue: "frameworks.field.maxValue",
  orderMethod: "frameworks.field.orderMethod",
};

type TextSpec = {
  name: Exclude<keyof FrameworkValues, "description" | "orderMethod">;
  hint?: MessageKey;
  type?: "date";
  inputMode?: "text";
  maxLength?: number;
  width?: "short" | "full";
};

/** The required text fields, in form order; the description follows the title. */
const BEFORE_DESCRIPTION: TextSpec[] = [
  { name: "reference", hint: "frameworks.field.referenceHint", maxLength: 80 },
  { name: "title", maxLength: 300, width: "full" },
];
const AFTER_DESCRIPTION: TextSpec[] = [
  { name: "centralPurchasingBody", maxLength: 200, width: "full" },
  { name: "legalBasis", maxLength: 300, width: "full" },
  { name: "startsOn", type: "date", width: "short" },
  { name: "endsOn", type: "date", hint: "frameworks.field.endsOnHint", width: "short" },
  { name: "maxValue", hint: "frameworks.field.maxValueHint", inputMode: "text", maxLength: 30 },
];

/** The fields of a framework agreement, for both the new and the edit form. */
export function FrameworkFields({ values, errors }: { values: FrameworkValues; errors?: Record<string, string> }) {
  const { t } = useI18n();
  const descriptionError = errors?.description;
  const text = (spec: TextSpec) => (
    <TextField
      key={spec.name}
      name={spec.name}
      type={spec.type}
      label={t(FRAMEWORK_LABEL_KEYS[spec.name])}
      description={spec.hint ? t(spec.hint) : undefined}
      required
      inputMode={spec.inputMode}
      maxLength={spec.maxLength}
      width={spec.width}
      defaultValue={values[spec.name]}
      error={errors?.[spec.name]}
    />
  );
  return (
    <>
      {BEFORE_DESCRIPTION.map(text)}
      <div className={`utrecht-form-field vvg-field${descriptionError ? " utrecht-form-field--invalid" : ""}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="description">
            {t("frameworks.field.description")}
            <span className="vvg-optional"> ({t("form.optional")})</span>
          </label>
        </div>
        {descriptionError ? (
          <div className="utrecht-form-field-error-message" id="description-error">
            <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
            {t(descriptionError as MessageKey)}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <textarea
            className="utrecht-textbox utrecht-textbox--html-input vvg-textarea"
            id="description"
            name="description"
            rows={4}
            maxLength={5000}
            defaultValue={values.description}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={descriptionError ? "description-error" : undefined}
          />
        </div>
      </div>
      {AFTER_DESCRIPTION.map(text)}
      <SelectField
        name="orderMethod"
        label={t(FRAMEWORK_LABEL_KEYS.orderMethod)}
        required
        defaultValue={values.orderMethod}
        error={errors?.orderMethod}
        options={ORDER_METHODS.map((method) => ({ value: method, label: t(`frameworks.orderMethod.${method}` as MessageKey) }))}
      />
    </>
  );
}
