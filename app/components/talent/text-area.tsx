import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";

/** A required text area with its label, hint and error (contact requests and messages). */
export function TextArea({
  name,
  value,
  error,
  label,
  hint,
  maxLength = 2000,
}: {
  name: string;
  value?: string;
  error?: string;
  label: string;
  hint?: string;
  maxLength?: number;
}) {
  const { t } = useI18n();
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`utrecht-form-field vvg-field vvg-field--full${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={name}>
          {label}
        </label>
      </div>
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
      <textarea
        className="utrecht-textarea utrecht-textarea--html-textarea"
        id={name}
        name={name}
        rows={5}
        maxLength={maxLength}
        required
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
