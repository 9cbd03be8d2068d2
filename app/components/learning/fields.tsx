import type { ReactNode } from "react";
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";

/** A labelled multi-line text field with its description and error, like TextField. */
export function TextAreaField({
  name,
  id = name,
  label,
  description,
  error,
  defaultValue,
  required,
  rows = 6,
  maxLength,
  wide,
}: {
  name: string;
  id?: string;
  label: string;
  description?: ReactNode;
  error?: string;
  defaultValue?: string;
  required?: boolean;
  rows?: number;
  maxLength?: number;
  wide?: boolean;
}) {
  const { t } = useI18n();
  const describedBy = [description ? `${id}-description` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
          {required ? null : <span className="vvg-optional"> ({t("form.optional")})</span>}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
          {t(error as MessageKey)}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <textarea
          className={`utrecht-textarea vvg-learning-textarea${wide ? " vvg-learning-textarea--wide" : ""}`}
          id={id}
          name={name}
          rows={rows}
          maxLength={maxLength}
          required={required}
          defaultValue={defaultValue}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      </div>
    </div>
  );
}

/** A file input with label, description and error. */
export function FileField({
  name,
  label,
  description,
  error,
  accept,
}: {
  name: string;
  label: string;
  description?: string;
  error?: string;
  accept?: string;
}) {
  const { t } = useI18n();
  const describedBy =
    [description ? `${name}-description` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`utrecht-form-field vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={name}>
          {label} <span className="vvg-optional">({t("form.optional")})</span>
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field-description" id={`${name}-description`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${name}-error`}>
          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
          {t(error as MessageKey)}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <input
          type="file"
          id={name}
          name={name}
          accept={accept}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
      </div>
    </div>
  );
}

/** "3 van 6 onderdelen" as text and a bar (the bar repeats the text, so it is hidden from screen readers). */
export function ProgressMeter({ done, total, label }: { done: number; total: number; label: string }) {
  return (
    <div className="vvg-learning-progress">
      <span>{label}</span>
      <progress className="vvg-learning-progress__bar" value={done} max={Math.max(total, 1)} aria-hidden="true" />
    </div>
  );
}
