import { data, Link } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/organisation-members";
import { identityContext, requireActor, requirePermission } from "../auth.server.ts";
import { ErrorAlert, ErrorSummary, type FormState, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { formObject, invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  decideMembership,
  endMembership,
  getOrganisation,
  invite,
  membersOf,
  setRoles,
} from "../modules/identity/index.server.ts";
import { fieldErrors, InviteSchema, RolesSchema, rolesFor } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "members.title", breadcrumb: "members.title" };

const MembershipIdSchema = z.object({ membershipId: z.uuid({ error: "membership.notFound" }) });
const RolesForMembershipSchema = RolesSchema.extend(MembershipIdSchema.shape);

/** The organisation of the address, and the actor who must manage its members there (else 403). */
async function guard(request: Request, id: string) {
  const actor = await requireActor(request);
  const organisation = await getOrganisation(getRuntime().database.db, id);
  if (!organisation) throw data(null, { status: 404 });
  await requirePermission(request, organisation.id, "organisation.manage_members");
  return { actor, organisation };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor, organisation } = await guard(request, params.id);
  const rows = await membersOf(getRuntime().database.db, organisation.id);
  const view = (row: (typeof rows)[number]) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    roles: row.roles,
    message: row.message,
    requestedAt: row.requestedAt.toISOString(),
    isMe: row.personId === actor.personId,
  });
  return {
    organisation: { id: organisation.id, name: organisation.name },
    roles: [...rolesFor(organisation.type)],
    requests: rows.filter((row) => row.status === "requested").map(view),
    members: rows.filter((row) => row.status === "active").map(view),
  };
}

type Intent = "approve" | "refuse" | "roles" | "remove";
const DONE: Record<Intent, MessageKey> = {
  approve: "members.approved",
  refuse: "members.refused",
  roles: "members.rolesChanged",
  remove: "members.removed",
};

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, organisation } = await guard(request, params.id);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const ctx = await identityContext(request, context);
  const here = `/organisaties/${organisation.id}/leden`;
  const extra = { intent, membershipId: String(form.get("membershipId") ?? ""), roles: form.getAll("roles").map(String) };
  const problem = (errors: Record<string, string>, status = 400) => invalid(errors, form, extra, status);
  const check = <S extends z.ZodType>(schema: S) => {
    const result = schema.safeParse(formObject(form, ["roles"]));
    return result.success
      ? { ok: true as const, value: result.data as z.infer<S> }
      : { ok: false as const, errors: fieldErrors(result.error) };
  };

  if (intent === "invite") {
    const parsed = check(InviteSchema);
    if (!parsed.ok) return problem(parsed.errors);
    const result = await invite(ctx, actor.personId, organisation.id, parsed.value.email, parsed.value.roles);
    if (!result.ok) return problem({ [result.field ?? "_form"]: result.error });
    return redirectWithFlash(here, { kind: "ok", key: "members.invited", vars: { email: parsed.value.email } });
  }
  if (!(intent in DONE)) return problem({ _form: "error.400.text" });
  const action = intent as Intent;

  // Every other action is about one membership; the use case checks that it belongs to this
  // organisation, so a tampered id changes nothing and gets a clear message.
  const parsed = check(action === "approve" || action === "roles" ? RolesForMembershipSchema : MembershipIdSchema);
  if (!parsed.ok) {
    return parsed.errors.membershipId ? problem({ _form: parsed.errors.membershipId }, 404) : problem(parsed.errors);
  }
  const { membershipId } = parsed.value;
  const roles = "roles" in parsed.value ? (parsed.value.roles as string[]) : [];
  const target = (await membersOf(ctx.database.db, organisation.id)).find((row) => row.id === membershipId);
  const result =
    action === "approve"
      ? await decideMembership(ctx, actor.personId, organisation.id, membershipId, { approve: true, roles })
      : action === "refuse"
        ? await decideMembership(ctx, actor.personId, organisation.id, membershipId, { approve: false })
        : action === "roles"
          ? await setRoles(ctx, actor.personId, organisation.id, membershipId, roles)
          : await endMembership(ctx, actor.personId, organisation.id, membershipId);
  if (!result.ok) {
    const status = result.error === "membership.notFound" ? 404 : 400;
    const onRoles = result.field === "roles" && result.error !== "membership.lastAdmin";
    return problem(onRoles ? { roles: result.error } : { _form: result.error }, status);
  }
  // Whoever gives up their own admin role (or membership) can no longer see this page.
  const self = target?.personId === actor.personId;
  const lostAccess = self && (action === "remove" || (action === "roles" && !roles.includes("beheerder")));
  return redirectWithFlash(lostAccess ? `/organisaties/${organisation.id}` : here, {
    kind: "ok",
    key: DONE[action],
    vars: { name: target?.name ?? "" },
  });
}

type ActionState = FormState & { intent?: string; membershipId?: string; roles?: string[] };

/** A group of role checkboxes with a legend; ids are unique per form. */
function RoleChoices({
  idPrefix,
  legend,
  roles,
  checked,
  error,
}: {
  idPrefix: string;
  legend: string;
  roles: string[];
  checked: string[];
  error?: string;
}) {
  const { t } = useI18n();
  const errorId = `${idPrefix}-error`;
  return (
    <fieldset
      className={`vvg-roles${error ? " utrecht-form-field--invalid" : ""}`}
      aria-describedby={error ? errorId : undefined}
      id={idPrefix}
    >
      <legend className="utrecht-form-label">{legend}</legend>
      {error ? (
        <div className="utrecht-form-field-error-message" id={errorId}>
          <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
          {t(error as MessageKey)}
        </div>
      ) : null}
      <div className="vvg-roles__options">
        {roles.map((role) => (
          <div className="vvg-checkbox" key={role}>
            <input
              className="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={`${idPrefix}-${role}`}
              name="roles"
              value={role}
              defaultChecked={checked.includes(role)}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`${idPrefix}-${role}`}>
              {t(`role.${role}` as MessageKey)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export default function OrganisationMembers({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, formatDate } = useI18n();
  const { organisation, roles, requests, members } = loaderData;
  const state = actionData as ActionState | undefined;
  const rowError = (id: string) => (state?.membershipId === id ? state.errors?.roles : undefined);
  const rolesAfterError = (id: string, fallback: string[]) =>
    state?.membershipId === id && state.errors?.roles ? (state.roles ?? []) : fallback;
  const inviteState = state?.intent === "invite" ? state : undefined;
  const formError = state?.errors?._form;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link to={`/organisaties/${organisation.id}`}>{t("members.back", { name: organisation.name })}</Link>
      </p>
      <h1 className="utrecht-heading-1">{t("members.heading", { name: organisation.name })}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("members.lead")}</p>
      {formError ? (
        <ErrorAlert>{t(formError as MessageKey)}</ErrorAlert>
      ) : state?.errors?.roles && state.intent !== "invite" ? (
        <ErrorAlert>
          <a href={`#${state.intent === "approve" ? "approve" : "roles"}-${state.membershipId}`}>
            {t(state.errors.roles as MessageKey)}
          </a>{" "}
          {t("members.problem")}
        </ErrorAlert>
      ) : null}

      <section aria-labelledby="requests-heading">
        <h2 className="utrecht-heading-2" id="requests-heading">
          {t("members.requests")}
        </h2>
        {requests.length === 0 ? (
          <p className="utrecht-paragraph">{tn("members.requests", 0)}</p>
        ) : (
          <ul className="vvg-requests">
            {requests.map((r) => (
              <li key={r.id} className="vvg-request">
                <h3 className="utrecht-heading-3">{r.name}</h3>
                <p className="utrecht-paragraph">
                  {r.email}
                  <br />
                  {t("members.requestedOn", { date: formatDate(r.requestedAt) })}
                </p>
                {r.message ? <p className="utrecht-paragraph">{t("members.message", { message: r.message })}</p> : null}
                <PostForm className="vvg-request__approve" noValidate>
                  <input type="hidden" name="intent" value="approve" />
                  <input type="hidden" name="membershipId" value={r.id} />
                  <RoleChoices
                    idPrefix={`approve-${r.id}`}
                    legend={t("members.rolesFor", { name: r.name })}
                    roles={roles}
                    checked={rolesAfterError(r.id, ["medewerker"])}
                    error={state?.intent === "approve" ? rowError(r.id) : undefined}
                  />
                  <SubmitButton>{t("members.approve")}</SubmitButton>
                </PostForm>
                <PostForm className="vvg-request__refuse">
                  <input type="hidden" name="intent" value="refuse" />
                  <input type="hidden" name="membershipId" value={r.id} />
                  <SubmitButton appearance="secondary">
                    {t("members.refuse")}
                    <span className="vvg-visually-hidden">: {r.name}</span>
                  </SubmitButton>
                </PostForm>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="members-heading">
        <h2 className="utrecht-heading-2" id="members-heading">
          {t("members.list")}
        </h2>
        <p className="utrecht-paragraph">{tn("members.count", members.length)}</p>
        <DataTable
          labelledBy="members-heading"
          className="vvg-members-table"
          columns={[t("members.col.name"), t("members.col.roles"), t("members.col.change"), t("members.col.remove")]}
        >
          {members.map((m) => {
            const error = state?.intent === "roles" ? rowError(m.id) : undefined;
            return (
              <tr className="utrecht-table__row" key={m.id}>
                <td className="utrecht-table__cell">
                  <strong>{m.name}</strong> {m.isMe ? t("members.you") : null}
                  <br />
                  <span className="vvg-muted">{m.email}</span>
                </td>
                <td className="utrecht-table__cell">{m.roles.map((role) => t(`role.${role}` as MessageKey)).join(", ")}</td>
                <td className="utrecht-table__cell">
                  <details className="vvg-details" open={Boolean(error)}>
                    <summary>
                      {t("members.col.change")}
                      <span className="vvg-visually-hidden">: {m.name}</span>
                    </summary>
                    <PostForm noValidate>
                      <input type="hidden" name="intent" value="roles" />
                      <input type="hidden" name="membershipId" value={m.id} />
                      <RoleChoices
                        idPrefix={`roles-${m.id}`}
                        legend={t("members.rolesFor", { name: m.name })}
                        roles={roles}
                        checked={rolesAfterError(m.id, m.roles)}
                        error={error}
                      />
                      <SubmitButton appearance="secondary">{t("members.saveRoles")}</SubmitButton>
                    </PostForm>
                  </details>
                </td>
                <td className="utrecht-table__cell">
                  <PostForm>
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="membershipId" value={m.id} />
                    <SubmitButton appearance="secondary">
                      {t("members.remove")}
                      <span className="vvg-visually-hidden">: {m.name}</span>
                    </SubmitButton>
                  </PostForm>
                </td>
              </tr>
            );
          })}
        </DataTable>
      </section>

      <section aria-labelledby="invite-heading">
        <h2 className="utrecht-heading-2" id="invite-heading">
          {t("members.invite")}
        </h2>
        <p className="utrecht-paragraph">{t("members.inviteLead")}</p>
        <ErrorSummary
          errors={inviteState?.errors}
          labels={{ email: t("members.inviteEmail"), roles: t("members.inviteRoles") }}
        />
        <PostForm className="vvg-form" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <TextField
            name="email"
            type="email"
            label={t("members.inviteEmail")}
            autoComplete="off"
            spellCheck={false}
            required
            defaultValue={inviteState?.values?.email}
            error={inviteState?.errors?.email}
          />
          <RoleChoices
            idPrefix="roles"
            legend={t("members.inviteRoles")}
            roles={roles}
            checked={inviteState ? (inviteState.roles ?? []) : ["medewerker"]}
            error={inviteState?.errors?.roles}
          />
          <div className="vvg-actions">
            <SubmitButton>{t("members.inviteSubmit")}</SubmitButton>
          </div>
        </PostForm>
      </section>
    </>
  );
}
