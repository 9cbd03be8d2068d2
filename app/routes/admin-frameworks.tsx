import { data, Link } from "react-router";
import type { Route } from "./+types/admin-frameworks";
import { requirePortalAdmin } from "../auth.server.ts";
import { AdminHeading } from "../components/admin-nav.tsx";
import { FRAMEWORK_LABEL_KEYS, FrameworkFields, type FrameworkValues } from "../components/framework-fields.tsx";
import { FrameworkPeriod, FrameworkUsage } from "../components/framework-usage.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { FormProblems, type FormState, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  addLot,
  type AdminFailure,
  createFrameworkEntry,
  frameworkFacts,
  getFramework,
  listApprovedSuppliers,
  listFrameworkRegister,
  setLotSuppliers,
  setUsedValue,
  todayInBrussels,
  updateFramework,
} from "../modules/procurement/index.server.ts";
import {
  centsToEuroInput,
  DEFAULT_LEGAL_BASIS,
  frameworkFormSchema,
  lotFormSchema,
  lotSuppliersFormSchema,
  usedValueFormSchema,
} from "../modules/procurement/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "frameworks.admin.title", breadcrumb: "frameworks.admin.title" };

const PATH = "/beheer/raamovereenkomsten";
const notFound = () => data(null, { status: 404 });

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const { db } = getRuntime().database;
  const today = todayInBrussels();
  const id = new URL(request.url).searchParams.get("id");
  if (id) {
    const framework = await getFramework(db, id);
    if (!framework) throw notFound();
    return {
      today,
      list: null,
      suppliers: await listApprovedSuppliers(db),
      framework: {
        ...frameworkFacts(framework),
        lots: framework.lots.map((lot) => ({
          id: lot.id,
          number: lot.number,
          title: lot.title,
          supplierIds: lot.suppliers.map((s) => s.id),
        })),
      },
    };
  }
  const list = await listFrameworkRegister(db, { status: "all", q: "" }, today);
  return { today, list, suppliers: [], framework: null };
}

export async function action({ request, context }: Route.ActionArgs) {
  const admin = await requirePortalAdmin(request);
  const { db } = getRuntime().database;
  const actor = { personId: admin.personId, ip: context.get(requestInfoContext).ip };
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const frameworkId = String(form.get("frameworkId") ?? "");
  const failed = (result: AdminFailure) => {
    if (result.error === "frameworks.notFound" || result.error === "frameworks.lotNotFound") throw notFound();
    return invalid({ [result.field ?? "_form"]: result.error }, form);
  };
  const back = (id: string) => `${PATH}?id=${id}`;

  if (intent === "create") {
    const parsed = parseForm(frameworkFormSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await createFrameworkEntry(db, parsed.value, actor);
    if (!result.ok) return failed(result);
    return redirectWithFlash(back(result.id), {
      kind: "ok",
      key: "frameworks.admin.created",
      vars: { reference: parsed.value.reference },
    });
  }
  if (intent === "update") {
    const parsed = parseForm(frameworkFormSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await updateFramework(db, frameworkId, parsed.value, actor);
    if (!result.ok) return failed(result);
    return redirectWithFlash(back(frameworkId), {
      kind: "ok",
      key: "frameworks.admin.updated",
      vars: { reference: parsed.value.reference },
    });
  }
  if (intent === "usage") {
    const parsed = parseForm(usedValueFormSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await setUsedValue(db, frameworkId, parsed.value.usedValue, actor);
    if (!result.ok) return failed(result);
    const framework = await getFramework(db, frameworkId);
    return redirectWithFlash(back(frameworkId), {
      kind: "ok",
      key: "frameworks.admin.usageSaved",
      vars: { reference: framework?.reference ?? "" },
    });
  }
  if (intent === "addLot") {
    const parsed = parseForm(lotFormSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await addLot(db, frameworkId, parsed.value, actor);
    if (!result.ok) return failed(result);
    return redirectWithFlash(back(frameworkId), {
      kind: "ok",
      key: "frameworks.admin.lotAdded",
      vars: { number: parsed.value.number },
    });
  }
  if (intent === "lotSuppliers") {
    const lotId = String(form.get("lotId") ?? "");
    const parsed = parseForm(lotSuppliersFormSchema, form, ["supplierIds"]);
    if (!parsed.ok) return parsed.response;
    const result = await setLotSuppliers(db, frameworkId, lotId, parsed.value.supplierIds, actor);
    if (!result.ok) return failed(result);
    return redirectWithFlash(back(frameworkId), {
      kind: "ok",
      key: "frameworks.admin.lotSuppliersSaved",
      vars: { number: String(form.get("lotNumber") ?? "") },
    });
  }
  throw data(null, { status: 400 });
}

export default function AdminFrameworks({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const state = actionData as FormState;
  const intent = state?.values?.intent;
  const stateFor = (name: string) => (intent === name ? state : undefined);
  const frameworkLabels = Object.fromEntries(Object.entries(FRAMEWORK_LABEL_KEYS).map(([field, key]) => [field, t(key)]));
  const { framework, list, suppliers, today } = loaderData;

  if (framework) {
    const edit = stateFor("update");
    const usage = stateFor("usage");
    const lotState = stateFor("addLot");
    const editValues: FrameworkValues = edit?.values
      ? (edit.values as FrameworkValues)
      : {
          reference: framework.reference,
          title: framework.title,
          description: framework.description,
          centralPurchasingBody: framework.centralPurchasingBody,
          legalBasis: framework.legalBasis,
          startsOn: framework.startsOn,
          endsOn: framework.endsOn,
          maxValue: centsToEuroInput(framework.maxValueCents),
          orderMethod: framework.orderMethod,
        };
    return (
      <>
        <AdminHeading title={`${t("frameworks.admin.title")}: ${framework.reference}`} lead={framework.title} />
        <p className="utrecht-paragraph">
          <Link to={PATH}>{t("frameworks.admin.back")}</Link> ·{" "}
          <Link to={`/raamovereenkomsten/${framework.id}`}>{t("frameworks.admin.publicPage")}</Link>
        </p>

        <section aria-labelledby="usage-heading" className="vvg-admin-card-block">
          <h2 className="utrecht-heading-2" id="usage-heading">
            {t("frameworks.admin.usage")}
          </h2>
          <FrameworkUsage
            reference={framework.reference}
            usedCents={framework.usedValueCents}
            maxCents={framework.maxValueCents}
          />
          <FormProblems state={usage} labels={{ usedValue: t("frameworks.field.usedValue") }} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="usage" />
            <input type="hidden" name="frameworkId" value={framework.id} />
            <TextField
              name="usedValue"
              label={t("frameworks.field.usedValue")}
              required
              maxLength={30}
              defaultValue={usage?.values?.usedValue ?? centsToEuroInput(framework.usedValueCents)}
              error={usage?.errors?.usedValue}
            />
            <div className="vvg-actions">
              <SubmitButton>{t("frameworks.admin.usageSubmit")}</SubmitButton>
            </div>
          </PostForm>
        </section>

        <section aria-labelledby="lots-heading">
          <h2 className="utrecht-heading-2" id="lots-heading">
            {t("frameworks.admin.lots")}
          </h2>
          {framework.lots.length === 0 ? <p className="utrecht-paragraph">{t("frameworks.lots.none")}</p> : null}
          {framework.lots.map((lot) => {
            const own = stateFor("lotSuppliers")?.values?.lotId === lot.id ? state : undefined;
            const error = own?.errors?.supplierIds ?? own?.errors?._form;
            const headingId = `lot-${lot.number}`;
            return (
              <section key={lot.id} className="vvg-admin-card-block" aria-labelledby={headingId}>
                <h3 className="utrecht-heading-3" id={headingId}>
                  {t("frameworks.lot.title", { number: lot.number, title: lot.title })}
                </h3>
                {suppliers.length === 0 ? (
                  <p className="utrecht-paragraph">{t("frameworks.admin.noSuppliers")}</p>
                ) : (
                  <PostForm noValidate>
                    <input type="hidden" name="intent" value="lotSuppliers" />
                    <input type="hidden" name="frameworkId" value={framework.id} />
                    <input type="hidden" name="lotId" value={lot.id} />
                    <input type="hidden" name="lotNumber" value={lot.number} />
                    <fieldset
                      className={`vvg-admin-fieldset vvg-framework-suppliers${error ? " utrecht-form-field--invalid" : ""}`}
                      aria-describedby={`${headingId}-hint${error ? ` ${headingId}-error` : ""}`}
                    >
                      <legend>{t("frameworks.admin.lotSuppliers", { number: lot.number })}</legend>
                      <div className="utrecht-form-field-description" id={`${headingId}-hint`}>
                        {t("frameworks.admin.lotSuppliersHint")}
                      </div>
                      {error ? (
                        <div className="utrecht-form-field-error-message" id={`${headingId}-error`} role="alert">
                          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
                          {t(error as MessageKey)}
                        </div>
                      ) : null}
                      {suppliers.map((supplier) => {
                        const id = `${headingId}-supplier-${supplier.id}`;
                        return (
                          <div className="vvg-checkbox" key={supplier.id}>
                            <input
                              className="utrecht-checkbox utrecht-checkbox--html-input"
                              type="checkbox"
                              id={id}
                              name="supplierIds"
                              value={supplier.id}
                              defaultChecked={lot.supplierIds.includes(supplier.id)}
                            />
                            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                              {supplier.name}
                            </label>
                          </div>
                        );
                      })}
                    </fieldset>
                    <div className="vvg-actions">
                      <SubmitButton appearance="secondary">
                        {t("frameworks.admin.lotSuppliersSubmit", { number: lot.number })}
                      </SubmitButton>
                    </div>
                  </PostForm>
                )}
              </section>
            );
          })}

          <section aria-labelledby="add-lot-heading" className="vvg-admin-card-block">
            <h3 className="utrecht-heading-3" id="add-lot-heading">
              {t("frameworks.admin.addLot")}
            </h3>
            <FormProblems
              state={lotState}
              labels={{
                lotNumber: t("frameworks.field.lotNumber"),
                lotTitle: t("frameworks.field.lotTitle"),
                lotDescription: t("frameworks.field.lotDescription"),
              }}
            />
            <PostForm noValidate>
              <input type="hidden" name="intent" value="addLot" />
              <input type="hidden" name="frameworkId" value={framework.id} />
              <TextField
                name="lotNumber"
                label={t("frameworks.field.lotNumber")}
                required
                inputMode="numeric"
                width="short"
                maxLength={3}
                defaultValue={lotState?.values?.lotNumber ?? String(Math.max(0, ...framework.lots.map((l) => l.number)) + 1)}
                error={lotState?.errors?.lotNumber}
              />
              <TextField
                name="lotTitle"
                label={t("frameworks.field.lotTitle")}
                required
                maxLength={300}
                width="full"
                defaultValue={lotState?.values?.lotTitle ?? ""}
                error={lotState?.errors?.lotTitle}
              />
              <TextField
                name="lotDescription"
                label={t("frameworks.field.lotDescription")}
                maxLength={5000}
                width="full"
                defaultValue={lotState?.values?.lotDescription ?? ""}
                error={lotState?.errors?.lotDescription}
              />
              <div className="vvg-actions">
                <SubmitButton>{t("frameworks.admin.addLotSubmit")}</SubmitButton>
              </div>
            </PostForm>
          </section>
        </section>

        <section aria-labelledby="edit-heading" className="vvg-admin-card-block">
          <h2 className="utrecht-heading-2" id="edit-heading">
            {t("frameworks.admin.edit")}
          </h2>
          <FormProblems state={edit} labels={frameworkLabels} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="frameworkId" value={framework.id} />
            <FrameworkFields values={editValues} errors={edit?.errors} />
            <div className="vvg-actions">
              <SubmitButton>{t("frameworks.admin.editSubmit")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      </>
    );
  }

  const create = stateFor("create");
  const createValues: FrameworkValues = create?.values
    ? (create.values as FrameworkValues)
    : {
        reference: "",
        title: "",
        description: "",
        centralPurchasingBody: "",
        legalBasis: DEFAULT_LEGAL_BASIS,
        startsOn: "",
        endsOn: "",
        maxValue: "",
        orderMethod: "direct",
      };
  return (
    <>
      <AdminHeading title={t("frameworks.admin.title")} lead={t("frameworks.admin.lead")} />
      <section aria-labelledby="list-heading">
        <h2 className="utrecht-heading-2" id="list-heading">
          {t("frameworks.admin.list")}
        </h2>
        {!list || list.length === 0 ? (
          <p className="utrecht-paragraph">{t("frameworks.admin.empty")}</p>
        ) : (
          <DataTable
            labelledBy="list-heading"
            appearance="plain"
            className="vvg-admin-table vvg-framework-table"
            columns={[
              t("frameworks.col.reference"),
              t("frameworks.col.title"),
              t("frameworks.col.period"),
              { label: t("frameworks.col.lots"), className: "vvg-numeric" },
              t("frameworks.col.usage"),
            ]}
          >
            {list.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link
                    to={`${PATH}?id=${item.id}`}
                    aria-label={t("frameworks.admin.manageLabel", { reference: item.reference })}
                  >
                    {item.reference}
                  </Link>
                </td>
                <td>{item.title}</td>
                <td>
                  <FrameworkPeriod startsOn={item.startsOn} endsOn={item.endsOn} today={today} />
                </td>
                <td className="vvg-numeric">{item.lots}</td>
                <td>
                  <FrameworkUsage reference={item.reference} usedCents={item.usedValueCents} maxCents={item.maxValueCents} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="create-heading" className="vvg-admin-card-block">
        <h2 className="utrecht-heading-2" id="create-heading">
          {t("frameworks.admin.create")}
        </h2>
        <FormProblems state={create} labels={frameworkLabels} />
        <PostForm noValidate>
          <input type="hidden" name="intent" value="create" />
          <FrameworkFields values={createValues} errors={create?.errors} />
          <div className="vvg-actions">
            <SubmitButton>{t("frameworks.admin.createSubmit")}</SubmitButton>
          </div>
        </PostForm>
      </section>
    </>
  );
}
