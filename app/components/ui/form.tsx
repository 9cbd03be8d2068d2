import type { ReactNode } from "react";
import { Form, type FormProps, useNavigation, useRouteLoaderData } from "react-router";
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";

/** Field errors as message keys, and the values typed (passwords excepted), from an action. */
export type FormState = { errors?: Record<string, string>; values?: Record<string, string>; message?: string } | undefined;

/** The hidden CSRF token every state-changing form carries. */
export function CsrfField() {
  const root = useRouteLoaderData("root") as { csrf?: string } | undefined;
  return <input type="hidden" name="_csrf" value={root?.csrf ?? ""} />;
}

/** A POST form with the CSRF token; works without JavaScript. */
export function PostForm({ children, ...props }: Omit<FormProps, "method"> & { children: ReactNode }) {
  return (
    <Form method="post" {...props}>
      <CsrfField />
      {children}
    </Form>
  );
}

/** GOV.UK-style error summary at the top of a form: focusable, with links to the fields. */
export function ErrorSummary({ errors, labels }: { errors?: Record<string, string>; labels: Record<string, string> }) {
  const { t } = useI18n();
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div
      className="utrecht-alert utrecht-alert--error vvg-error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
    >
      <h2 className="utrecht-heading-3" id="error-summary-title">
        {t("form.errorSummary")}
      </h2>
      <ul className="utrecht-unordered-list">
        {entries.map(([field, key]) => (
          <li key={field}>{labels[field] ? <a href={`#${field}`}>{t(key as MessageKey)}</a> : t(key as MessageKey)}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The errors of a form: a form-wide problem (such as "too many attempts, wait N seconds") as an
 * alert, otherwise the summary of field errors.
 */
export function FormProblems({ state, labels }: { state?: FormState & { seconds?: number }; labels: Record<string, string> }) {
  const { t } = useI18n();
  const formError = state?.errors?._form;
  if (formError) return <ErrorAlert>{t(formError as MessageKey, { seconds: state?.seconds ?? 0 })}</ErrorAlert>;
  return <ErrorSummary errors={state?.errors} labels={labels} />;
}

/** A problem with what was just done, announced at once: an error alert with one paragraph. */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p className="utrecht-paragraph">{children}</p>
    </div>
  );
}

/** The error message of a field, with a hidden "Error:" prefix for screen readers. */
function FieldError({ id, error }: { id: string; error?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <div className="utrecht-form-field-error-message" id={id}>
      <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
      {t(error as MessageKey)}
    </div>
  );
}

/** The label of a field, with "(niet verplicht)" after it when the field is optional. */
function FieldLabel({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  const { t } = useI18n();
  return (
    <div className="utrecht-form-field__label">
      <label className="utrecht-form-label" htmlFor={htmlFor}>
        {label}
        {optional ? <span className="vvg-optional"> ({t("form.optional")})</span> : null}
      </label>
    </div>
  );
}

/** A new password and its repetition, with the advice on choosing one. */
export function NewPasswordFields({
  errors,
  labels,
}: {
  errors?: Record<string, string>;
  labels: { password: string; passwordConfirm: string };
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={labels.password}
        description={t("register.passwordHint")}
        autoComplete="new-password"
        required
        error={errors?.password}
      />
      <TextField
        name="passwordConfirm"
        type="password"
        label={labels.passwordConfirm}
        autoComplete="new-password"
        required
        error={errors?.passwordConfirm}
      />
    </>
  );
}

/** The person's current password, to confirm a change with security meaning. */
export function CurrentPasswordField({ name, label, error }: { name: string; label: string; error?: string }) {
  return <TextField name={name} type="password" label={label} autoComplete="current-password" required error={error} />;
}

type TextFieldProps = {
  name: string;
  /** The id of the input (and prefix of its description and error ids); the name by default. */
  id?: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "search" | "url" | "date";
  defaultValue?: string;
  error?: string;
  description?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "text" | "numeric" | "email" | "tel";
  spellCheck?: boolean;
  width?: "full" | "medium" | "short";
  /** Show "(niet verplicht)" when the field is not required (default); off for search and filter fields. */
  markOptional?: boolean;
};

export function TextField({
  name,
  id = name,
  label,
  error,
  description,
  type = "text",
  width = "medium",
  markOptional = true,
  ...input
}: TextFieldProps) {
  const describedBy = [description ? `${id}-description` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text vvg-field vvg-field--${width}${error ? " utrecht-form-field--invalid" : ""}`}
    >
      <FieldLabel htmlFor={id} label={label} optional={markOptional && !input.required} />
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
      <div className="utrecht-form-field__input">
        <input
          className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`}
          id={id}
          name={name}
          type={type}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
        />
      </div>
    </div>
  );
}

/** A multi-line text field with the same label, description and error markup as TextField. */
export function TextAreaField({
  name,
  id = name,
  label,
  description,
  error,
  defaultValue,
  required,
  rows = 5,
  maxLength,
  full,
  textareaClassName,
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
  /** As wide as the form (vvg-field--full). */
  full?: boolean;
  /** Extra classes for the textarea itself (its width and font per page). */
  textareaClassName?: string;
}) {
  const describedBy = [description ? `${id}-description` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text vvg-field${full ? " vvg-field--full" : ""}${error ? " utrecht-form-field--invalid" : ""}`}
    >
      <FieldLabel htmlFor={id} label={label} optional={!required} />
      {description ? (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
      <div className="utrecht-form-field__input">
        <textarea
          // Styled as the text boxes of TextField, so that every field of a form looks alike.
          className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}${textareaClassName ? ` ${textareaClassName}` : ""}`}
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

export function CheckboxField({
  name,
  label,
  defaultChecked,
  error,
}: {
  name: string;
  label: ReactNode;
  defaultChecked?: boolean;
  error?: string;
}) {
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <FieldError id={`${name}-error`} error={error} />
      <div className="vvg-checkbox">
        <input
          className="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={name}
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${name}-error` : undefined}
        />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={name}>
          {label}
        </label>
      </div>
    </div>
  );
}

/** A labelled select (for filters and small choices), styled like the other form fields. */
export function SelectField({
  name,
  id = name,
  label,
  options,
  defaultValue,
  error,
  required,
  optional,
}: {
  name: string;
  id?: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
  required?: boolean;
  /** Shows "(niet verplicht)" after the label, like an optional text field. */
  optional?: boolean;
}) {
  return (
    <div className={`utrecht-form-field vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      <FieldError id={`${id}-error`} error={error} />
      <div className="utrecht-form-field__input">
        <select
          className={`utrecht-select utrecht-select--html-select${error ? " utrecht-select--invalid" : ""}`}
          id={id}
          name={name}
          defaultValue={defaultValue}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** The primary button of a form; disabled while the form is being sent (with JavaScript). */
export function SubmitButton({
  children,
  name,
  value,
  appearance = "primary",
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  appearance?: "primary" | "secondary";
}) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting";
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`utrecht-button utrecht-button--${appearance}-action`}
      aria-disabled={busy || undefined}
    >
      {children}
    </button>
  );
}

/**
 * A POST form of one button with hidden fields (an intent and an id), for an action on one row of
 * a table or list; `accessibleLabel` names the row ("Leave Zoersel") where the button text is short.
 */
export function ActionForm({
  fields,
  label,
  accessibleLabel,
  className,
  appearance = "secondary",
}: {
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  className?: string;
  appearance?: "primary" | "secondary";
}) {
  return (
    <PostForm className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`utrecht-button utrecht-button--${appearance}-action`} aria-label={accessibleLabel}>
        {label}
      </button>
    </PostForm>
  );
}

/** Values typed into a form, to show again after an error; never passwords. */
export function keepValues(form: FormData, fields: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = form.get(field);
    if (typeof value === "string" && !/password/i.test(field)) out[field] = value;
  }
  return out;
}
