import { Form, Link } from "react-router";
import type { Route } from "./+types/account-organisations";
import { identityContext, requireActor } from "../auth.server.ts";
import { ActionForm, ErrorAlert, type FormState, PostForm, SelectField, TextField } from "../components/ui/form.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import { Pagination } from "../components/ui/pagination.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { formObject, invalid, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  getOrganisation,
  JOIN_SEARCH_MIN_LENGTH,
  leaveOrganisation,
  membershipsOf,
  requestMembership,
  searchJoinableOrganisations,
} from "../modules/identity/index.server.ts";
import { fieldErrors, JoinRequestSchema, ORGANISATION_TYPES, type OrganisationType } from "../modules/identity/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "account.organisations.title", breadcrumb: "account.organisations.title" };

const JOINABLE_TYPES = ORGANISATION_TYPES.filter((type) => type !== "leverancier");
const MAX_QUERY = 100;
const PAGE_SIZE = 10;

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const db = getRuntime().database.db;
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, MAX_QUERY);
  const rawType = url.searchParams.get("type") ?? "";
  const type = (JOINABLE_TYPES as readonly string[]).includes(rawType) ? (rawType as OrganisationType) : "local";
  const page = Math.min(1000, Math.max(1, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
  const memberships = await membershipsOf(db, actor.personId);
  const results = await searchJoinableOrganisations(db, { q, type, page, pageSize: PAGE_SIZE });
  const statusOf = new Map(memberships.map((m) => [m.organisationId, m.status]));
  return {
    memberships,
    search: {
      q,
      type,
      tooShort: q.length > 0 && q.length < JOIN_SEARCH_MIN_LENGTH,
      ...results,
      items: results.items.map((item) => ({ ...item, status: statusOf.get(item.id) ?? null })),
    },
  };
}

type ActionState = FormState & { intent?: "join" | "leave"; organisationId?: string };

export async function action({ request, context }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  const ctx = await identityContext(request, context);

  if (intent === "join") {
    const parsed = JoinRequestSchema.safeParse(formObject(form));
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      // A tampered organisation id is reported as unknown; a too long message as itself.
      const error = errors.organisationId ? "membership.organisationUnknown" : (errors.message ?? "validation.text.tooLong");
      return invalid({ _form: error }, form, { intent, organisationId: String(form.get("organisationId") ?? "") }, 400);
    }
    const { organisationId, message } = parsed.data;
    const result = await requestMembership(ctx, actor.personId, organisationId, message);
    if (!result.ok) {
      const status = result.error === "membership.organisationUnknown" ? 404 : 409;
      return invalid({ _form: result.error }, form, { intent, organisationId }, status);
    }
    const organisation = await getOrganisation(ctx.database.db, organisationId);
    return redirectWithFlash("/account/organisaties", {
      kind: "ok",
      key: "account.organisations.requested",
      vars: { name: organisation?.name ?? "" },
    });
  }

  if (intent === "leave") {
    const result = await leaveOrganisation(ctx, actor.personId, form.get("membershipId"));
    if (!result.ok) {
      // The person's own words: "you are the last admin", "this is not your membership".
      const lastAdmin = result.error === "membership.lastAdmin";
      const error = lastAdmin ? "account.organisations.lastAdmin" : "account.organisations.notFound";
      return invalid({ _form: error }, form, { intent }, lastAdmin ? 409 : 404);
    }
    return redirectWithFlash("/account/organisaties", {
      kind: "ok",
      key: "account.organisations.left",
      vars: { name: result.organisationName },
    });
  }

  return invalid({ _form: "account.unknownAction" }, form);
}

export function headers() {
  return { "Cache-Control": "no-store" };
}

const STATUS_CLASS: Record<string, string> = {
  active: "vvg-account-tag--ok",
  requested: "vvg-account-tag--pending",
  refused: "vvg-account-tag--refused",
  ended: "vvg-account-tag--ended",
};

function StatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`vvg-account-tag ${STATUS_CLASS[status] ?? ""}`}>
      {t(`account.membership.status.${status}` as MessageKey)}
    </span>
  );
}

export default function AccountOrganisations({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, formatDate } = useI18n();
  const { memberships, search } = loaderData;
  const state = actionData as ActionState | undefined;
  const leaveError = state?.intent === "leave" ? state.errors?._form : undefined;
  const joinError = state?.intent === "join" ? state.errors?._form : undefined;
  const pages = Math.ceil(search.total / search.pageSize);
  const pageHref = (page: number) =>
    `?${new URLSearchParams({ q: search.q, ...(search.type === "local" ? {} : { type: search.type }), page: String(page) })}#join-heading`;

  return (
    <>
      <h1 className="utrecht-heading-1">{t("account.organisations.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("account.organisations.lead")}</p>

      <section aria-labelledby="memberships-heading">
        <h2 className="utrecht-heading-2" id="memberships-heading">
          {t("account.organisations.mine")}
        </h2>
        {leaveError ? <ErrorAlert>{t(leaveError as MessageKey)}</ErrorAlert> : null}
        {memberships.length === 0 ? (
          <p className="utrecht-paragraph">{t("account.organisations.none")}</p>
        ) : (
          <DataTable
            labelledBy="memberships-heading"
            className="utrecht-table--html-table vvg-account-table"
            columns={[
              t("account.organisations.organisation"),
              t("account.organisations.status"),
              t("account.organisations.roles"),
              t("account.organisations.requestedAt"),
              { label: t("account.sessions.actions"), visuallyHidden: true },
            ]}
          >
            {memberships.map((m) => (
              <tr className="utrecht-table__row" key={m.id}>
                <td className="utrecht-table__cell">
                  <Link className="utrecht-link" to={`/organisaties/${m.organisationId}`}>
                    {m.organisationName}
                  </Link>
                  <span className="vvg-account-sub">{t(`orgType.${m.organisationType}` as MessageKey)}</span>
                </td>
                <td className="utrecht-table__cell">
                  <StatusTag status={m.status} />
                </td>
                <td className="utrecht-table__cell">
                  {m.status === "active" && m.roles.length > 0
                    ? m.roles.map((role) => t(`role.${role}` as MessageKey)).join(", ")
                    : "—"}
                </td>
                <td className="utrecht-table__cell">{formatDate(m.requestedAt)}</td>
                <td className="utrecht-table__cell">
                  {m.status === "active" || m.status === "requested" ? (
                    <ActionForm
                      className="vvg-account-inline-form"
                      fields={{ intent: "leave", membershipId: m.id }}
                      label={t(m.status === "active" ? "account.organisations.leave" : "account.organisations.withdraw")}
                      accessibleLabel={t(
                        m.status === "active" ? "account.organisations.leaveLabel" : "account.organisations.withdrawLabel",
                        { name: m.organisationName },
                      )}
                    />
                  ) : m.organisationType !== "leverancier" ? (
                    <ActionForm
                      className="vvg-account-inline-form"
                      fields={{ intent: "join", organisationId: m.organisationId }}
                      label={t("account.organisations.requestAgain")}
                      accessibleLabel={t("account.organisations.requestAgainLabel", { name: m.organisationName })}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="join-heading">
        <h2 className="utrecht-heading-2" id="join-heading">
          {t("account.organisations.joinHeading")}
        </h2>
        <p className="utrecht-paragraph">{t("account.organisations.joinIntro")}</p>
        {joinError ? <ErrorAlert>{t(joinError as MessageKey)}</ErrorAlert> : null}
        <Form method="get" className="vvg-account-search" role="search" aria-labelledby="join-heading">
          <TextField
            name="q"
            type="search"
            label={t("account.organisations.searchLabel")}
            description={t("account.organisations.searchHint")}
            defaultValue={search.q}
            maxLength={MAX_QUERY}
            autoComplete="off"
            width="full"
            markOptional={false}
          />
          <SelectField
            name="type"
            label={t("account.organisations.typeLabel")}
            defaultValue={search.type}
            options={[
              { value: "local", label: t("account.organisations.typeAll") },
              ...JOINABLE_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}` as MessageKey) })),
            ]}
          />
          <div className="vvg-actions">
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("account.organisations.searchButton")}
            </button>
          </div>
        </Form>

        {search.tooShort ? <p className="utrecht-paragraph">{t("account.organisations.searchTooShort")}</p> : null}
        {search.q && !search.tooShort ? (
          <>
            <h3 className="utrecht-heading-3" id="results-heading">
              {tn("account.organisations.results", search.total, { query: search.q })}
            </h3>
            {search.items.length > 0 ? (
              <ul className="vvg-account-results" aria-labelledby="results-heading">
                {search.items.map((organisation) => (
                  <li key={organisation.id} className="vvg-account-result">
                    <h4 className="vvg-account-result__name" id={`org-${organisation.id}`}>
                      {organisation.name}
                    </h4>
                    <p className="utrecht-paragraph vvg-account-sub">
                      {t(`orgType.${organisation.type}` as MessageKey)}
                      {organisation.province ? ` · ${organisation.province}` : ""}
                      {organisation.nisCode ? ` · NIS ${organisation.nisCode}` : ""}
                    </p>
                    {organisation.status === "active" || organisation.status === "requested" ? (
                      <p className="utrecht-paragraph">
                        <StatusTag status={organisation.status} />
                      </p>
                    ) : (
                      <PostForm className="vvg-account-join" aria-labelledby={`org-${organisation.id}`}>
                        <input type="hidden" name="intent" value="join" />
                        <input type="hidden" name="organisationId" value={organisation.id} />
                        <TextField
                          id={`message-${organisation.id}`}
                          name="message"
                          label={t("account.organisations.message")}
                          maxLength={500}
                          width="full"
                          defaultValue={
                            state?.intent === "join" && state.organisationId === organisation.id
                              ? state.values?.message
                              : undefined
                          }
                        />
                        <button
                          type="submit"
                          className="utrecht-button utrecht-button--primary-action"
                          aria-label={t("account.organisations.requestLabel", { name: organisation.name })}
                        >
                          {t("account.organisations.request")}
                        </button>
                      </PostForm>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="utrecht-paragraph">{t("account.organisations.noResults")}</p>
            )}
            <Pagination
              className="vvg-pagination"
              label={t("account.organisations.pages")}
              page={search.page}
              pages={pages}
              href={pageHref}
              status={t("account.organisations.pageOf", { page: search.page, pages })}
              previous={t("account.organisations.previous")}
              next={t("account.organisations.next")}
            />
          </>
        ) : null}
      </section>
    </>
  );
}
