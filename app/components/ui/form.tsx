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
  if (formError) {
    return (
      <div className="utrecht-alert utrecht-alert--error" role="alert">
        <p className="utrecht-paragraph">{t(formError as MessageKey, { seconds: state?.seconds ?? 0 })}</p>
      </div>
    );
  }
  return <ErrorSummary errors={state?.errors} labels={labels} />;
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

type TextFieldProps = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel" | "search" | "url";
  defaultValue?: string;
  error?: string;
  description?: string;
  autoComplete?: string;
  required?: boolean;
  maxLength?: number;
  inputMode?: "text" | "numeric" | "email" | "tel";
  spellCheck?: boolean;
  width?: "full" | "medium" | "short";
};

export function TextField({ name, label, error, description, type = "text", width = "medium", ...input }: TextFieldProps) {
  const { t } = useI18n();
  const describedBy =
    [description ? `${name}-description` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div
      className={`utrecht-form-field utrecht-form-field--text vvg-field vvg-field--${width}${error ? " utrecht-form-field--invalid" : ""}`}
    >
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={name}>
          {label}
          {input.required ? null : <span className="vvg-optional"> ({t("form.optional")})</span>}
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
          className={`utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`}
          id={name}
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
  const { t } = useI18n();
  return (
    <div className={`utrecht-form-field utrecht-form-field--checkbox vvg-field${error ? " utrecht-form-field--invalid" : ""}`}>
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${name}-error`}>
          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
          {t(error as MessageKey)}
        </div>
      ) : null}
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

/** Values typed into a form, to show again after an error; never passwords. */
export function keepValues(form: FormData, fields: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const field of fields) {
    const value = form.get(field);
    if (typeof value === "string" && !/password/i.test(field)) out[field] = value;
  }
  return out;
}
