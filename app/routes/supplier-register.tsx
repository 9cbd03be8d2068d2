import type { Route } from "./+types/supplier-register";
import { identityContext, requireActor } from "../auth.server.ts";
import { FormProblems, type FormState, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { registerSupplier } from "../modules/identity/index.server.ts";
import { formatEnterpriseNumber, SupplierRegistrationSchema } from "../modules/identity/shared.ts";

export const handle: RouteHandle = { title: "supplierRegister.title", breadcrumb: "supplierRegister.title" };

export async function loader({ request }: Route.LoaderArgs) {
  await requireActor(request);
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const form = await readForm(request);
  const parsed = parseForm(SupplierRegistrationSchema, form);
  if (!parsed.ok) return parsed.response;
  const result = await registerSupplier(await identityContext(request, context), actor.personId, parsed.value);
  if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
  return redirectWithFlash("/account/organisaties", {
    kind: "ok",
    key: "supplierRegister.done",
    vars: { name: parsed.value.companyName, number: formatEnterpriseNumber(parsed.value.enterpriseNumber) },
  });
}

export default function SupplierRegister({ actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as FormState | undefined;
  const errors = state?.errors;
  const values = state?.values ?? {};
  const labels = {
    companyName: t("supplierRegister.companyName"),
    enterpriseNumber: t("supplierRegister.enterpriseNumber"),
    street: t("supplierRegister.street"),
    postalCode: t("supplierRegister.postalCode"),
    city: t("supplierRegister.city"),
    contactName: t("supplierRegister.contactName"),
    contactEmail: t("supplierRegister.contactEmail"),
    contactPhone: t("supplierRegister.contactPhone"),
    peppolId: t("supplierRegister.peppolId"),
  };
  const field = (name: keyof typeof labels) => ({
    name,
    label: labels[name],
    defaultValue: values[name],
    error: errors?.[name],
  });
  return (
    <>
      <h1 className="utrecht-heading-1">{t("supplierRegister.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("supplierRegister.lead")}</p>
      <p className="utrecht-paragraph">{t("supplierRegister.you")}</p>
      <FormProblems state={state} labels={labels} />
      <PostForm className="vvg-form" noValidate>
        <fieldset className="vvg-fieldset">
          <legend className="utrecht-heading-2">{t("supplierRegister.company")}</legend>
          <TextField {...field("companyName")} autoComplete="organization" required maxLength={200} />
          <TextField
            {...field("enterpriseNumber")}
            description={t("supplierRegister.enterpriseNumberHint")}
            inputMode="numeric"
            spellCheck={false}
            required
            width="short"
            maxLength={20}
          />
        </fieldset>
        <fieldset className="vvg-fieldset">
          <legend className="utrecht-heading-2">{t("supplierRegister.address")}</legend>
          <TextField {...field("street")} autoComplete="street-address" required maxLength={200} />
          <TextField
            {...field("postalCode")}
            autoComplete="postal-code"
            inputMode="numeric"
            required
            width="short"
            maxLength={4}
          />
          <TextField {...field("city")} autoComplete="address-level2" required maxLength={100} />
        </fieldset>
        <fieldset className="vvg-fieldset">
          <legend className="utrecht-heading-2">{t("supplierRegister.contact")}</legend>
          <TextField {...field("contactName")} autoComplete="name" required maxLength={120} />
          <TextField
            {...field("contactEmail")}
            type="email"
            description={t("supplierRegister.contactEmailHint")}
            autoComplete="email"
            spellCheck={false}
            required
          />
          <TextField {...field("contactPhone")} type="tel" autoComplete="tel" maxLength={40} />
        </fieldset>
        <fieldset className="vvg-fieldset">
          <legend className="utrecht-heading-2">{t("supplierRegister.invoicing")}</legend>
          <TextField {...field("peppolId")} description={t("supplierRegister.peppolHint")} spellCheck={false} maxLength={60} />
        </fieldset>
        <div className="vvg-actions">
          <SubmitButton>{t("supplierRegister.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
