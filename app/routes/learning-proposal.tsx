import { data, Link } from "react-router";
import type { Route } from "./+types/learning-proposal";
import { forbidden, getActor, requireActor } from "../auth.server.ts";
import { TextAreaField } from "../components/learning/fields.tsx";
import { ActionForm, FormProblems, type FormState, PostForm, SelectField, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  comment,
  getProposal,
  isAuthor,
  isCircleMember,
  linkableCourses,
  moveProposal,
  vote,
} from "../modules/learning/index.server.ts";
import { CommentFormSchema, PROPOSAL_NEXT, PROPOSAL_STATUSES, type ProposalStatus } from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.proposal.title", breadcrumb: "learning.proposal.title" };

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const actor = await getActor(request);
  const found = await getProposal(db, params.proposalId, actor?.personId ?? null);
  if (!found) throw data(null, { status: 404 });
  const editor = await isAuthor(db, actor);
  const { proposal, circle, course, comments } = found;
  return {
    proposal: {
      id: proposal.id,
      title: proposal.title,
      description: proposal.description,
      status: proposal.status,
      votes: proposal.votes,
      voted: proposal.voted,
      authorName: proposal.authorName,
      createdAt: proposal.createdAt.toISOString(),
    },
    circle: { slug: circle.slug, name: circle.name },
    course,
    comments: comments.map((c) => ({ id: c.id, body: c.body, authorName: c.authorName, createdAt: c.createdAt.toISOString() })),
    loggedIn: Boolean(actor),
    isMember: actor ? await isCircleMember(db, circle.id, actor.personId) : false,
    editor,
    next: editor ? [...PROPOSAL_NEXT[proposal.status]] : [],
    courses: editor && PROPOSAL_NEXT[proposal.status].includes("published") ? await linkableCourses(db) : [],
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const found = await getProposal(db, params.proposalId, actor.personId);
  if (!found) throw data(null, { status: 404 });
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/leren/voorstellen/${found.proposal.id}`;
  if (intent === "vote" || intent === "unvote") {
    const result = await vote(db, actor.personId, found.proposal.id, intent === "vote");
    if (!result.ok) return redirectWithFlash(here, { kind: "error", key: result.error as MessageKey });
    return redirectWithFlash(here, {
      kind: "ok",
      key: intent === "vote" ? "learning.proposal.voted" : "learning.proposal.unvoted",
    });
  }
  if (intent === "comment") {
    const parsed = parseForm(CommentFormSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await comment(db, actor.personId, found.proposal.id, parsed.value.body);
    if (!result.ok) return invalid({ _form: result.error }, form, {}, 403);
    return redirectWithFlash(`${here}#reacties`, { kind: "ok", key: "learning.proposal.commented" });
  }
  if (intent === "move") {
    if (!(await isAuthor(db, actor))) await forbidden(request);
    const status = String(form.get("status") ?? "");
    if (!(PROPOSAL_STATUSES as readonly string[]).includes(status))
      return invalid({ status: "learning.community.badStep" }, form);
    const result = await moveProposal(db, actor.personId, found.proposal.id, {
      status: status as ProposalStatus,
      courseId: String(form.get("courseId") ?? "") || null,
      baseUrl: getRuntime().config.baseUrl,
    });
    if (!result.ok) return invalid({ [result.field ?? "_form"]: result.error }, form);
    return redirectWithFlash(here, { kind: "ok", key: "learning.proposal.moved", vars: { count: result.value.told } });
  }
  throw data(null, { status: 400 });
}

export default function LearningProposal({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, formatDate, formatDateTime } = useI18n();
  const { proposal, circle, course, comments, isMember, loggedIn, editor, next, courses } = loaderData;
  const state = actionData as FormState;
  const open = proposal.status !== "published" && proposal.status !== "declined";
  return (
    <>
      <p className="utrecht-paragraph vvg-learning-meta">
        <Link to={`/leren/gemeenschap/${circle.slug}`}>{circle.name}</Link>
      </p>
      <h1 className="utrecht-heading-1">{proposal.title}</h1>
      <p className="utrecht-paragraph">
        <span className="vvg-badge vvg-badge--neutral">{t(`learning.proposal.status.${proposal.status}` as MessageKey)}</span>{" "}
        {tn("learning.proposal.votes", proposal.votes)} —{" "}
        {t("learning.proposal.by", {
          name: proposal.authorName || t("learning.proposal.unknownAuthor"),
          date: formatDate(proposal.createdAt),
        })}
      </p>
      <p className="utrecht-paragraph vvg-learning-pre">{proposal.description}</p>
      {course ? (
        <p className="utrecht-paragraph">
          {t("learning.proposal.courseLink")} <Link to={`/leren/cursus/${course.slug}`}>{course.title}</Link>
        </p>
      ) : null}
      <FormProblems
        state={state}
        labels={{
          body: t("learning.proposal.commentField"),
          status: t("learning.proposal.statusField"),
          courseId: t("learning.proposal.courseField"),
        }}
      />
      {isMember && open ? (
        <ActionForm
          fields={{ intent: proposal.voted ? "unvote" : "vote" }}
          label={proposal.voted ? t("learning.proposal.unvote") : t("learning.proposal.vote")}
          appearance={proposal.voted ? "secondary" : "primary"}
        />
      ) : loggedIn && !isMember ? (
        <p className="utrecht-paragraph">
          <Link to={`/leren/gemeenschap/${circle.slug}`}>{t("learning.proposal.joinToVote", { circle: circle.name })}</Link>
        </p>
      ) : null}

      {editor && next.length ? (
        <section aria-labelledby="editor-heading" className="vvg-learning-panel">
          <h2 className="utrecht-heading-2" id="editor-heading">
            {t("learning.proposal.editorHeading")}
          </h2>
          <PostForm noValidate>
            <input type="hidden" name="intent" value="move" />
            <SelectField
              name="status"
              label={t("learning.proposal.statusField")}
              error={state?.errors?.status}
              options={next.map((s) => ({ value: s, label: t(`learning.proposal.status.${s}` as MessageKey) }))}
            />
            {courses.length ? (
              <SelectField
                name="courseId"
                label={t("learning.proposal.courseField")}
                optional
                error={state?.errors?.courseId}
                options={[
                  { value: "", label: t("learning.proposal.noCourse") },
                  ...courses.map((c) => ({ value: c.id, label: c.title })),
                ]}
              />
            ) : null}
            <div className="vvg-actions">
              <SubmitButton>{t("learning.proposal.move")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      ) : null}

      <section aria-labelledby="reacties">
        <h2 className="utrecht-heading-2" id="reacties">
          {t("learning.proposal.commentsHeading")}
        </h2>
        {comments.length === 0 ? <p className="utrecht-paragraph">{t("learning.proposal.noComments")}</p> : null}
        <ul className="vvg-learning-comments">
          {comments.map((c) => (
            <li key={c.id}>
              <p className="utrecht-paragraph vvg-learning-meta">
                {c.authorName || t("learning.proposal.unknownAuthor")}, {formatDateTime(c.createdAt)}
              </p>
              <p className="utrecht-paragraph vvg-learning-pre">{c.body}</p>
            </li>
          ))}
        </ul>
        {isMember ? (
          <PostForm noValidate>
            <input type="hidden" name="intent" value="comment" />
            <TextAreaField
              name="body"
              label={t("learning.proposal.commentField")}
              required
              maxLength={2000}
              rows={4}
              defaultValue={state?.values?.body}
              error={state?.errors?.body}
            />
            <div className="vvg-actions">
              <SubmitButton>{t("learning.proposal.commentSubmit")}</SubmitButton>
            </div>
          </PostForm>
        ) : null}
      </section>
    </>
  );
}
