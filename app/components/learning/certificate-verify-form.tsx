import { useI18n } from "../../i18n/use-i18n.ts";
import { TextField } from "../ui/form.tsx";

/** The form to check a certificate by its code: a GET form to /verify (works without JavaScript). */
export function VerifyForm({ typed, error }: { typed?: string; error?: string | null }) {
  const { t } = useI18n();
  return (
    <form method="get" action="/verify" className="vvg-form" noValidate>
      <TextField
        name="code"
        label={t("learningCertificates.verify.code")}
        description={t("learningCertificates.verify.codeHint")}
        defaultValue={typed}
        error={error ?? undefined}
        required
        spellCheck={false}
        autoComplete="off"
        width="medium"
      />
      <div className="vvg-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("learningCertificates.verify.submit")}
        </button>
      </div>
    </form>
  );
}
