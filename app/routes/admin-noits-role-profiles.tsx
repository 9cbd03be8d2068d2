// /beheer/noits/rolprofielen — portal admins attach typical e-CF competences to role profiles.
import { data, Link } from "react-router";
import type { Route } from "./+types/admin-noits-role-profiles";
import { requirePortalAdmin } from "../auth.server.ts";
import { AdminHeading } from "../components/admin-nav.tsx";
import { CompetenceRows, rowLabels, rowValues, useCompetenceName } from "../components/talent/competences.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { FormProblems, type FormState, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  competenceChoices,
  competenceSpans,
  listRoleProfiles,
  setRoleProfileCompetences,
} from "../modules/talent/index.server.ts";
import { ROLE_PROFILE_ROWS, roleProfileCompetencesSchema } from "../modules/talent/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talent.admin.title", breadcrumb: "talent.admin.title" };

const PATH = "/beheer/noits/rolprofielen";

function profileIdFrom(value: string | null): number | null {
  return value && /^\d{1,3}$/.test(value) ? Number(value) : null;
}

export async function loader({ request }: Route.LoaderArgs) {
  await requirePortalAdmin(request);
  const profiles = await listRoleProfiles(getRuntime().database.db);
  const raw = new URL(request.url).searchParams.get("id");
  const id = profileIdFrom(raw);
  const selected = id == null ? null : (profiles.find((p) => p.id === id) ?? null);
  if (raw && !selected) throw data(null, { status: 404 });
  return { profiles, selected, catalogue: competenceChoices() };
}

export async function action({ request, context }: Route.ActionArgs) {
  const admin = await requirePortalAdmin(request);
  const form = await readForm(request);
  const id = profileIdFrom(String(form.get("roleProfileId") ?? ""));
  if (id == null) throw data(null, { status: 404 });
  const parsed = parseForm(roleProfileCompetencesSchema(competenceSpans()), form);
  if (!parsed.ok) return parsed.response;
  const result = await setRoleProfileCompetences(getRuntime().database.db, id, parsed.value, {
    personId: admin.personId,
    ip: context.get(requestInfoContext).ip,
  });
  if (!result.ok) {
    if (result.error === "talent.roleProfiles.notFound") throw data(null, { status: 404 });
    return invalid({ _form: result.error }, form);
  }
  return redirectWithFlash(PATH, { kind: "ok", key: "talent.admin.saved", vars: { count: parsed.value.length } });
}

export default function AdminRoleProfiles({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { profiles, selected, catalogue } = loaderData;
  const state = actionData as FormState;
  const name = useCompetenceName(catalogue);
  if (selected) {
    const title = locale === "en" ? selected.nameEn : selected.nameNl;
    return (
      <>
        <AdminHeading title={t("talent.admin.editTitle", { name: title })} lead={t("talent.admin.editLead")} />
        <p className="utrecht-paragraph">
          <Link to={PATH}>{t("talent.admin.back")}</Link>
        </p>
        <FormProblems state={state} labels={rowLabels(t, "rp", ROLE_PROFILE_ROWS)} />
        <PostForm noValidate>
          <input type="hidden" name="roleProfileId" value={selected.id} />
          <CompetenceRows
            prefix="rp"
            rows={ROLE_PROFILE_ROWS}
            legend={t("talent.admin.rowsLegend")}
            hint={t("talent.admin.rowsHint")}
            catalogue={catalogue}
            values={state?.values ?? rowValues("rp", selected.competences)}
            errors={state?.errors}
          />
          <div className="vvg-actions">
            <SubmitButton>{t("talent.admin.save")}</SubmitButton>
          </div>
        </PostForm>
      </>
    );
  }
  return (
    <>
      <AdminHeading title={t("talent.admin.title")} lead={t("talent.admin.lead")} />
      <h2 className="utrecht-heading-2" id="list-heading">
        {t("talent.roleProfiles.listHeading")}
      </h2>
      <DataTable
        labelledBy="list-heading"
        columns={[
          t("talent.roleProfiles.col.name"),
          t("talent.roleProfiles.col.competences"),
          { label: t("talent.admin.action"), visuallyHidden: true },
        ]}
      >
        {profiles.map((p) => {
          const title = locale === "en" ? p.nameEn : p.nameNl;
          return (
            <tr className="utrecht-table__row" key={p.id}>
              <td className="utrecht-table__cell">{title}</td>
              <td className="utrecht-table__cell">
                {p.competences.length
                  ? p.competences.map((c) => `${name(c.code)} (e-${c.level})`).join(", ")
                  : t("talent.roleProfiles.none")}
              </td>
              <td className="utrecht-table__cell">
                <Link to={`${PATH}?id=${p.id}`} aria-label={t("talent.admin.editLabel", { name: title })}>
                  {t("talent.admin.edit")}
                </Link>
              </td>
            </tr>
          );
        })}
      </DataTable>
    </>
  );
}
