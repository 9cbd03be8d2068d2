import { Link } from "react-router";
import type { Route } from "./+types/admin-organisations";
import { identityContext, requirePortalAdmin } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { AdminHeading, Badge, Pager } from "../components/admin-nav.tsx";
import {
  CheckboxField,
  ErrorAlert,
  ErrorSummary,
  type FormState,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  appointAdmin,
  createLocalBody,
  findPersonByEmail,
  getOrganisation,
  listOrganisationsForAdmin,
  ORGANISATION_STATUSES,
} from "../modules/identity/index.server.ts";
import {
  FLEMISH_PROVINCES,
  formatEnterpriseNumber,
  LocalBodySchema,
  ORGANISATION_TYPES,
  type OrganisationType,
  ResetRequestSchema,
} from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "admin.organisations.title", breadcrumb: "admin.organisations.title" };

const LOCAL_BODY_TYPES = ORGANISATION_TYPES.filter((type) => type !== "gemeente" && type !== "leverancier");
type Status = (typeof ORGANISATION_STATUSES)[number];

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const params = new URL(request.url).searchParams;
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  const typeParam = params.get("type") ?? "";
  const statusParam = params.get("status") ?? "";
  const type = (ORGANISATION_TYPES as readonly string[]).includes(typeParam) ? (typeParam as OrganisationType) : undefined;
  const status = (ORGANISATION_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as Status) : undefined;
  const withoutAdmin = params.get("withoutAdmin") === "on";
  const page = Math.min(100_000, Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1));
  const result = await listOrganisationsForAdmin(getRuntime().database.db, { q, type, status, withoutAdmin, page });
  return { ...result, filters: { q, type: type ?? "", status: status ?? "", withoutAdmin }, statuses: ORGANISATION_STATUSES };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requirePortalAdmin(request);
  const form = await readForm(request);
  const ctx = await identityContext(request, context);
  const url = new URL(request.url);
  if (form.get("intent") === "create") {
    const parsed = parseForm(LocalBodySchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await createLocalBody(ctx, actor.personId, parsed.value);
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
    return redirectWithFlash(`/beheer/organisaties?q=${encodeURIComponent(parsed.value.name)}`, {
      kind: "ok",
      key: "admin.organisations.create.done",
      vars: { name: parsed.value.name },
    });
  }
  if (form.get("intent") === "appoint") {
    const organisation = await getOrganisation(ctx.database.db, String(form.get("organisationId") ?? ""));
    if (!organisation) {
      return redirectWithFlash(url.pathname + url.search, {
        kind: "error",
        key: "admin.organisations.appoint.unknownOrganisation",
      });
    }
    const parsed = ResetRequestSchema.safeParse({ email: form.get("email") ?? "" });
    if (!parsed.success) return invalid({ email: parsed.error.issues[0]?.message ?? "validation.email.invalid" }, form);
    const person = await findPersonByEmail(ctx.database.db, parsed.data.email);
    if (!person || person.erasedAt) return invalid({ email: "admin.organisations.appoint.unknownPerson" }, form);
    const result = await appointAdmin(ctx, actor.personId, organisation.id, person.id);
    if (!result.ok) return invalid({ email: "admin.organisations.appoint.unknownPerson" }, form);
    return redirectWithFlash(url.pathname + url.search, {
      kind: "ok",
      key: "admin.organisations.appoint.done",
      vars: { person: person.name, organisation: organisation.name },
    });
  }
  return redirectWithFlash(url.pathname + url.search, { kind: "error", key: "error.400.text" });
}

export default function AdminOrganisations({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { items, total, page, pageSize, filters } = loaderData;
  const state = actionData as FormState | undefined;
  const creating = state?.values?.intent === "create" ? state : undefined;
  const appointing = state?.values?.intent === "appoint" ? state : undefined;
  const statusTone = { active: "ok", pending: "warning", refused: "error" } as const;
  return (
    <>
      <AdminHeading title={t("admin.organisations.title")} lead={t("admin.organisations.lead")} />
      <search>
        <form method="get" className="vvg-admin-filters">
          <div className="vvg-admin-filters__row">
            <TextField
              name="q"
              type="search"
              label={t("admin.organisations.filter.q")}
              defaultValue={filters.q}
              maxLength={200}
              spellCheck={false}
            />
            <SelectField
              name="type"
              id="filter-type"
              label={t("admin.organisations.filter.type")}
              defaultValue={filters.type}
              options={[
                { value: "", label: t("admin.all") },
                ...ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) })),
              ]}
            />
            <SelectField
              name="status"
              id="filter-status"
              label={t("admin.organisations.filter.status")}
              defaultValue={filters.status}
              options={[
                { value: "", label: t("admin.all") },
                ...loaderData.statuses.map((status) => ({ value: status, label: t(`admin.organisations.status.${status}`) })),
              ]}
            />
          </div>
          <CheckboxField
            name="withoutAdmin"
            label={t("admin.organisations.filter.withoutAdmin")}
            defaultChecked={filters.withoutAdmin}
          />
          <div className="vvg-actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("admin.filter")}
            </button>
            {filters.q || filters.type || filters.status || filters.withoutAdmin ? (
              <Link to="/beheer/organisaties">{t("admin.clearFilters")}</Link>
            ) : null}
          </div>
        </form>
      </search>

      <h2 className="utrecht-heading-2" id="organisations-heading">
        {t("admin.resultsHeading")}
      </h2>
      {appointing?.errors ? <ErrorAlert>{t(Object.values(appointing.errors)[0] as MessageKey)}</ErrorAlert> : null}
      <Pager page={page} pageSize={pageSize} total={total} />
      {items.length > 0 ? (
        <DataTable
          labelledBy="organisations-heading"
          appearance="plain"
          className="vvg-admin-table"
          columns={[
            t("admin.organisations.col.name"),
            t("admin.organisations.col.type"),
            t("admin.organisations.col.code"),
            t("admin.organisations.col.province"),
            t("admin.organisations.col.status"),
            t("admin.organisations.col.admin"),
            { label: t("admin.organisations.col.members"), className: "vvg-num" },
            t("admin.people.col.actions"),
          ]}
        >
          {items.map((organisation) => {
            const open = appointing?.values?.organisationId === organisation.id;
            const error = open ? appointing?.errors?.email : undefined;
            return (
              <tr key={organisation.id}>
                <th scope="row">{organisation.name}</th>
                <td>{t(`orgType.${organisation.type}`)}</td>
                <td>
                  {organisation.nisCode ??
                    (organisation.enterpriseNumber ? formatEnterpriseNumber(organisation.enterpriseNumber) : "—")}
                </td>
                <td>{organisation.province ?? "—"}</td>
                <td>
                  <Badge tone={statusTone[organisation.status]}>{t(`admin.organisations.status.${organisation.status}`)}</Badge>
                </td>
                <td>
                  {organisation.hasAdmin ? (
                    <Badge tone="ok">{t("admin.organisations.hasAdmin")}</Badge>
                  ) : (
                    <Badge tone="warning">{t("admin.organisations.noAdmin")}</Badge>
                  )}
                </td>
                <td className="vvg-num">{organisation.members}</td>
                <td className="vvg-admin-actions">
                  <details className="vvg-admin-details" open={open || undefined}>
                    <summary>
                      {t("admin.organisations.appoint.summary")}
                      <span className="vvg-visually-hidden">: {organisation.name}</span>
                    </summary>
                    <PostForm className="vvg-inline-form vvg-inline-form--stack" noValidate>
                      <input type="hidden" name="intent" value="appoint" />
                      <input type="hidden" name="organisationId" value={organisation.id} />
                      <TextField
                        id={`appoint-${organisation.id}`}
                        name="email"
                        type="email"
                        label={t("admin.organisations.appoint.email")}
                        description={t("admin.organisations.appoint.hint")}
                        autoComplete="off"
                        spellCheck={false}
                        defaultValue={open ? appointing?.values?.email : undefined}
                        error={error}
                        width="full"
                        markOptional={false}
                      />
                      <SubmitButton appearance="secondary">{t("admin.organisations.appoint.submit")}</SubmitButton>
                    </PostForm>
                  </details>
                  <Link to={`/beheer/audit?organisation=${organisation.id}`} className="vvg-admin-small">
                    {t("admin.organisations.audit")}
                    <span className="vvg-visually-hidden">: {organisation.name}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}

      <section aria-labelledby="create-heading" className="vvg-admin-section">
        <h2 className="utrecht-heading-2" id="create-heading">
          {t("admin.organisations.create.heading")}
        </h2>
        <p className="utrecht-paragraph">{t("admin.organisations.create.lead")}</p>
        <CreateLocalBody state={creating} />
      </section>
    </>
  );
}

function CreateLocalBody({ state }: { state: FormState }) {
  const { t } = useI18n();
  const errors = state?.errors;
  const values = state?.values ?? {};
  const labels = {
    type: t("admin.organisations.create.type"),
    name: t("admin.organisations.create.name"),
    enterpriseNumber: t("admin.organisations.create.enterpriseNumber"),
    province: t("admin.organisations.create.province"),
    city: t("admin.organisations.create.city"),
  };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <PostForm className="vvg-form" noValidate>
        <input type="hidden" name="intent" value="create" />
        <SelectField
          name="type"
          label={labels.type}
          defaultValue={values.type ?? ""}
          error={errors?.type}
          required
          options={[
            { value: "", label: t("admin.organisations.create.typeChoose") },
            ...LOCAL_BODY_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) })),
          ]}
        />
        <TextField name="name" label={labels.name} required maxLength={200} defaultValue={values.name} error={errors?.name} />
        <TextField
          name="enterpriseNumber"
          label={labels.enterpriseNumber}
          description={t("admin.organisations.create.enterpriseNumberHint")}
          inputMode="numeric"
          width="short"
          defaultValue={values.enterpriseNumber}
          error={errors?.enterpriseNumber}
        />
        <SelectField
          name="province"
          label={labels.province}
          optional
          defaultValue={values.province ?? ""}
          error={errors?.province}
          options={[
            { value: "", label: t("admin.organisations.create.provinceNone") },
            ...FLEMISH_PROVINCES.map((province) => ({ value: province, label: province })),
          ]}
        />
        <TextField name="city" label={labels.city} maxLength={100} defaultValue={values.city} error={errors?.city} />
        <div className="vvg-actions">
          <SubmitButton>{t("admin.organisations.create.submit")}</SubmitButton>
        </div>
      </PostForm>
    </>
  );
}
