// /noits/contacten/:contactId — one contact: the professional accepts or declines; once accepted,
// the organisation sees name and e-mail address, and both sides write messages.
import { data, Link } from "react-router";
import type { Route } from "./+types/noits-contact";
import { requireActor } from "../auth.server.ts";
import { TextArea } from "../components/talent/text-area.tsx";
import { FormProblems, type FormState, PostForm, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { decideContact, getContact, postMessage } from "../modules/talent/index.server.ts";
import { messageSchema } from "../modules/talent/shared.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";
import { memberOrganisationsOf, searchOrganisationsOf } from "../talent-auth.server.ts";

export const handle: RouteHandle = { title: "talent.contact.title", breadcrumb: "talent.contact.title" };

const notFound = () => data(null, { status: 404 });

export async function loader({ request, params }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const thread = await getContact(getRuntime().database.db, params.contactId, {
    personId: actor.personId,
    organisationIds: searchOrganisationsOf(actor),
    memberOf: memberOrganisationsOf(actor),
  });
  if (!thread) throw notFound();
  return {
    thread: {
      ...thread,
      createdAt: thread.createdAt.toISOString(),
      decidedAt: thread.decidedAt?.toISOString() ?? null,
      messages: thread.messages.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const runtime = getRuntime();
  const db = runtime.database.db;
  const viewer = {
    personId: actor.personId,
    organisationIds: searchOrganisationsOf(actor),
    memberOf: memberOrganisationsOf(actor),
  };
  const thread = await getContact(db, params.contactId, viewer);
  if (!thread) throw notFound();
  const who = { personId: actor.personId, ip: context.get(requestInfoContext).ip };
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const back = `/noits/contacten/${thread.id}`;
  if (intent === "accept" || intent === "decline") {
    if (thread.side !== "professional") throw data(null, { status: 403 });
    const result = await decideContact(db, thread.id, actor.personId, intent === "accept", who, runtime.config.baseUrl);
    if (!result.ok) return invalid({ _form: result.error }, form);
    return redirectWithFlash(back, {
      kind: "ok",
      key: intent === "accept" ? "talent.contact.accepted" : "talent.contact.declined",
    });
  }
  if (intent === "message") {
    const parsed = parseForm(messageSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await postMessage(db, thread.id, viewer, parsed.value.body, who, runtime.config.baseUrl);
    if (!result.ok) return invalid({ _form: result.error }, form);
    return redirectWithFlash(back, { kind: "ok", key: "talent.contact.messageSent" });
  }
  throw data(null, { status: 400 });
}

export default function Contact({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { thread } = loaderData;
  const state = actionData as FormState;
  const professional = thread.side === "professional";
  return (
    <>
      <h1 className="utrecht-heading-1">
        {professional
          ? t("talent.contact.titleProfessional", { organisation: thread.organisationName })
          : thread.identity
            ? t("talent.contact.titleOrganisationKnown", { name: thread.identity.name })
            : t("talent.contact.titleOrganisation")}
      </h1>
      <p className="utrecht-paragraph">
        <span
          className={`vvg-badge vvg-badge--${thread.status === "accepted" ? "ok" : thread.status === "declined" ? "error" : "warning"}`}
        >
          {t(`talent.contactStatus.${thread.status}` as MessageKey)}
        </span>
        {thread.vacancyTitle ? ` ${t("talent.contact.about", { title: thread.vacancyTitle })}` : ""}
      </p>
      <p className="utrecht-paragraph">
        <Link to="/noits/contacten">{t("talent.contact.back")}</Link>
        {!professional ? (
          <>
            {" · "}
            <Link to={`/noits/profielen/${thread.profileId}`}>{t("talent.contact.profileLink")}</Link>
          </>
        ) : null}
      </p>

      <section aria-labelledby="request-heading" className="vvg-talent-card">
        <h2 className="utrecht-heading-2" id="request-heading">
          {t("talent.contact.request", { date: formatDateTime(thread.createdAt) })}
        </h2>
        <p className="utrecht-paragraph vvg-talent-message">{thread.message}</p>
        <FormProblems state={state?.values?.intent === "message" ? undefined : state} labels={{}} />
        {professional && thread.status === "pending" ? (
          <>
            <p className="utrecht-paragraph">{t("talent.contact.consentText", { organisation: thread.organisationName })}</p>
            <div className="vvg-actions">
              <PostForm>
                <input type="hidden" name="intent" value="accept" />
                <SubmitButton>{t("talent.contact.accept")}</SubmitButton>
              </PostForm>
              <PostForm>
                <input type="hidden" name="intent" value="decline" />
                <SubmitButton appearance="secondary">{t("talent.contact.decline")}</SubmitButton>
              </PostForm>
            </div>
          </>
        ) : null}
        {!professional && thread.status === "pending" ? <p className="utrecht-paragraph">{t("talent.contact.waiting")}</p> : null}
        {!professional && thread.identity ? (
          <dl className="vvg-talent-facts">
            <dt>{t("talent.contact.name")}</dt>
            <dd>{thread.identity.name}</dd>
            <dt>{t("talent.contact.email")}</dt>
            <dd>{thread.identity.email ? <a href={`mailto:${thread.identity.email}`}>{thread.identity.email}</a> : "—"}</dd>
          </dl>
        ) : null}
      </section>

      {thread.status === "accepted" ? (
        <section aria-labelledby="messages-heading">
          <h2 className="utrecht-heading-2" id="messages-heading">
            {t("talent.contact.messages")}
          </h2>
          {thread.messages.length === 0 ? (
            <p className="utrecht-paragraph">{t("talent.contact.noMessages")}</p>
          ) : (
            <ol className="vvg-talent-thread">
              {thread.messages.map((m) => (
                <li key={m.id} className={m.mine ? "vvg-talent-thread__mine" : "vvg-talent-thread__theirs"}>
                  <p className="utrecht-paragraph vvg-talent-muted">
                    {m.mine
                      ? t("talent.contact.fromYou", { date: formatDateTime(m.createdAt) })
                      : m.side === "organisation"
                        ? t("talent.contact.fromOrganisation", {
                            organisation: thread.organisationName,
                            date: formatDateTime(m.createdAt),
                          })
                        : t("talent.contact.fromProfessional", { date: formatDateTime(m.createdAt) })}
                  </p>
                  <p className="utrecht-paragraph vvg-talent-message">{m.body}</p>
                </li>
              ))}
            </ol>
          )}
          <FormProblems
            state={state?.values?.intent === "message" ? state : undefined}
            labels={{ body: t("talent.field.body") }}
          />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="message" />
            <TextArea
              name="body"
              label={t("talent.field.body")}
              maxLength={4000}
              value={state?.values?.intent === "message" ? state.values.body : undefined}
              error={state?.values?.intent === "message" ? state.errors?.body : undefined}
            />
            <div className="vvg-actions">
              <SubmitButton>{t("talent.contact.send")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
