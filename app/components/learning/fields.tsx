import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";
import { TextAreaField as SharedTextAreaField } from "../ui/form.tsx";

/** A labelled multi-line text field (the form kit's); `wide` for Markdown and long texts. */
export function TextAreaField({
  wide,
  ...props
}: Omit<Parameters<typeof SharedTextAreaField>[0], "full" | "textareaClassName"> & { wide?: boolean }) {
  return (
    <SharedTextAreaField
      rows={6}
      {...props}
      textareaClassName={`vvg-learning-textarea${wide ? " vvg-learning-textarea--wide" : ""}`}
    />
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
