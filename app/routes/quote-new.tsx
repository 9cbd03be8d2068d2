import type { Route } from "./+types/quote-new";
import { identityContext } from "../auth.server.ts";
import { RequestButtons, RequestFields } from "../components/competitions/competition-ui.tsx";
import { type FormState, FormProblems, PostForm } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  competitionBuyerPath,
  competitionFormDefaults,
  createCompetition,
  lineRowCount,
  listQuoteSuppliers,
  readRequestForm,
  requestCategories,
} from "../modules/ordering/index.server.ts";
import { requireOrdering } from "../ordering-guards.server.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "competitions.quote.title", breadcrumb: "competitions.quote.title" };

export function meta() {
  return [{ name: "robots", content: "noindex" }];
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { organisationName } = await requireOrdering(request, "procurement.buy");
  const { db } = getRuntime().database;
  const ctx = await identityContext(request, context);
  return {
    organisationName,
    suppliers: await listQuoteSuppliers(db),
    categories: await requestCategories(db, ctx.locale),
    ...competitionFormDefaults([]),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, organisationId } = await requireOrdering(request, "procurement.buy");
  const form = await readForm(request);
  const chosen = form.getAll("supplierIds").filter((value) => typeof value === "string");
  if (form.get("intent") === "addLine") return invalid({}, form, { rows: lineRowCount(form) + 1, chosen }, 200);
  const parsed = readRequestForm(form, "quote");
  if (!parsed.ok) return invalid(parsed.errors, form, { rows: lineRowCount(form), chosen });
  const ctx = await identityContext(request, context);
  const result = await createCompetition(ctx, actor, organisationId, "quote", parsed.value);
  if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form, { rows: lineRowCount(form), chosen });
  return redirectWithFlash(competitionBuyerPath({ id: result.id, kind: "quote" }), {
    kind: "ok",
    key: "competitions.quote.done",
    vars: { reference: result.reference },
  });
}

export default function QuoteNew({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as (FormState & { rows?: number; chosen?: string[] }) | undefined;
  const errors = state?.errors ?? {};
  const chosen = new Set(state?.chosen ?? []);
  const labels = {
    title: t("competitions.field.title"),
    categoryId: t("competitions.field.category"),
    deadlineDate: t("competitions.field.deadlineDate"),
    supplierIds: t("competitions.field.suppliers"),
    ...Object.fromEntries(Object.keys(errors).map((key) => [key, key])),
  };
  return (
    <>
      <h1 className="utrecht-heading-1">{t("competitions.quote.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("competitions.quote.lead", { organisation: loaderData.organisationName })}</p>
      <p className="utrecht-paragraph">{t("competitions.quote.law")}</p>
      <PostForm className="vvg-comp-form" aria-labelledby="request-heading" noValidate>
        <h2 className="utrecht-heading-2" id="request-heading">
          {t("competitions.new.requestHeading")}
        </h2>
        <FormProblems state={state} labels={labels} />
        <fieldset
          className={`vvg-comp-fieldset${errors.supplierIds ? " utrecht-form-field--invalid" : ""}`}
          aria-describedby={errors.supplierIds ? "supplierIds-error" : "suppliers-hint"}
        >
          <legend className="utrecht-heading-3">{t("competitions.field.suppliers")}</legend>
          <p className="utrecht-paragraph" id="suppliers-hint">
            {t("competitions.field.suppliersHint")}
          </p>
          {errors.supplierIds ? (
            <div className="utrecht-form-field-error-message" id="supplierIds-error">
              <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
              {t(errors.supplierIds as MessageKey)}
            </div>
          ) : null}
          {loaderData.suppliers.map((supplier, index) => (
            <div key={supplier.id} className="vvg-checkbox">
              <input
                className="utrecht-checkbox utrecht-checkbox--html-input"
                type="checkbox"
                id={index === 0 ? "supplierIds" : `supplier-${supplier.id}`}
                name="supplierIds"
                value={supplier.id}
                defaultChecked={chosen.has(supplier.id)}
              />
              <label
                className="utrecht-form-label utrecht-form-label--checkbox"
                htmlFor={index === 0 ? "supplierIds" : `supplier-${supplier.id}`}
              >
                {supplier.name}
              </label>
            </div>
          ))}
        </fieldset>
        <RequestFields
          values={state?.values ?? loaderData.values}
          errors={errors}
          rows={state?.rows ?? 3}
          categories={loaderData.categories}
        />
        <RequestButtons submit={t("competitions.quote.submit")} />
      </PostForm>
    </>
  );
}
