import { TextAreaField } from "../ui/form.tsx";

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
  return (
    <TextAreaField
      name={name}
      label={label}
      description={hint}
      error={error}
      defaultValue={value}
      maxLength={maxLength}
      required
      full
    />
  );
}
