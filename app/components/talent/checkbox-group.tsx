import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";

/** A group of checkboxes with one name, in a fieldset with a legend (works without JavaScript). */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  checked,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
  error?: string;
}) {
  const { t } = useI18n();
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={`vvg-talent-checks${error ? " utrecht-form-field--invalid" : ""}`}
      aria-describedby={describedBy}
      id={name}
      tabIndex={-1}
    >
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${name}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${name}-error`}>
          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
          {t(error as MessageKey)}
        </div>
      ) : null}
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div className="vvg-checkbox" key={option.value}>
            <input
              className="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={id}
              name={name}
              value={option.value}
              defaultChecked={checked.includes(option.value)}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
