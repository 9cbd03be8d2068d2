import { data, Link } from "react-router";
import type { Route } from "./+types/learning-circle";
import { getActor, requireActor } from "../auth.server.ts";
import { TextAreaField } from "../components/learning/fields.tsx";
import { ActionForm, FormProblems, type FormState, PostForm, SubmitButton, TextField } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { invalid, parseForm, readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  getCircleBySlug,
  isCircleMember,
  proposalsOf,
  propose,
  setCircleMembership,
  vote,
} from "../modules/learning/index.server.ts";
import { ProposalFormSchema } from "../modules/learning/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "learning.circle.title", breadcrumb: "learning.circle.title" };

async function circleOf(slug: string) {
  const circle = await getCircleBySlug(getRuntime().database.db, slug);
  if (!circle) throw data(null, { status: 404 });
  return circle;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { db } = getRuntime().database;
  const circle = await circleOf(params.circle);
  const actor = await getActor(request);
  const proposals = await proposalsOf(db, circle.id, actor?.personId ?? null);
  return {
    circle: { slug: circle.slug, name: circle.name, province: circle.province },
    loggedIn: Boolean(actor),
    isMember: actor ? await isCircleMember(db, circle.id, actor.personId) : false,
    proposals: proposals.map((p) => ({
      id: p.id,
      title: p.title,
      description: p.description,
      status: p.status,
      authorName: p.authorName,
      votes: p.votes,
      voted: p.voted,
      comments: p.comments,
      createdAt: p.createdAt.toISOString(),
    })),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const circle = await circleOf(params.circle);
  const form = await readForm(request);
  const intent = String(form.get("intent") ?? "");
  const here = `/leren/gemeenschap/${circle.slug}`;
  if (intent === "join") {
    await setCircleMembership(db, circle.id, actor.personId, true);
    return redirectWithFlash(here, { kind: "ok", key: "learning.community.joined", vars: { circle: circle.name } });
  }
  if (intent === "propose") {
    const parsed = parseForm(ProposalFormSchema, form);
    if (!parsed.ok) return parsed.response;
    const result = await propose(db, actor.personId, circle.id, parsed.value);
    if (!result.ok) return invalid({ _form: result.error }, form, {}, 403);
    return redirectWithFlash(`/leren/voorstellen/${result.value.id}`, { kind: "ok", key: "learning.proposal.created" });
  }
  if (intent === "vote" || intent === "unvote") {
    const result = await vote(db, actor.personId, String(form.get("proposalId") ?? ""), intent === "vote");
    if (!result.ok) {
      if (result.error === "learning.community.notFound") throw data(null, { status: 404 });
      return redirectWithFlash(here, { kind: "error", key: result.error as MessageKey });
    }
    return redirectWithFlash(here, {
      kind: "ok",
      key: intent === "vote" ? "learning.proposal.voted" : "learning.proposal.unvoted",
    });
  }
  throw data(null, { status: 400 });
}

export default function LearningCircle({ loaderData, actionData }: Route.ComponentProps) {
  const { t, tn, formatDate } = useI18n();
  const { circle, proposals, isMember, loggedIn } = loaderData;
  const state = actionData as FormState;
  const labels = { title: t("learning.proposal.titleField"), description: t("learning.proposal.descriptionField") };
  return (
    <>
      <h1 className="utrecht-heading-1">{circle.name}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("learning.circle.lead", { province: circle.province })}</p>
      {!loggedIn ? (
        <p className="utrecht-paragraph">
          <Link to={`/inloggen?redirectTo=${encodeURIComponent(`/leren/gemeenschap/${circle.slug}`)}`}>
            {t("learning.community.login")}
          </Link>
        </p>
      ) : !isMember ? (
        <ActionForm fields={{ intent: "join" }} label={t("learning.community.join")} appearance="primary" />
      ) : null}

      <section aria-labelledby="proposals-heading">
        <h2 className="utrecht-heading-2" id="proposals-heading">
          {t("learning.circle.proposals")}
        </h2>
        {proposals.length === 0 ? <p className="utrecht-paragraph">{t("learning.circle.noProposals")}</p> : null}
        <ul className="vvg-learning-cards">
          {proposals.map((p) => (
            <li key={p.id} className="vvg-learning-card">
              <h3 className="utrecht-heading-3">
                <Link to={`/leren/voorstellen/${p.id}`}>{p.title}</Link>
              </h3>
              <p className="utrecht-paragraph">
                <span className="vvg-badge vvg-badge--neutral">{t(`learning.proposal.status.${p.status}` as MessageKey)}</span>{" "}
                {tn("learning.proposal.votes", p.votes)}, {tn("learning.proposal.comments", p.comments)} —{" "}
                {t("learning.proposal.by", {
                  name: p.authorName || t("learning.proposal.unknownAuthor"),
                  date: formatDate(p.createdAt),
                })}
              </p>
              {isMember && (p.status === "proposed" || p.status === "accepted" || p.status === "in_production") ? (
                <ActionForm
                  fields={{ intent: p.voted ? "unvote" : "vote", proposalId: p.id }}
                  label={p.voted ? t("learning.proposal.unvote") : t("learning.proposal.vote")}
                  accessibleLabel={t(p.voted ? "learning.proposal.unvoteNamed" : "learning.proposal.voteNamed", {
                    title: p.title,
                  })}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {isMember ? (
        <section aria-labelledby="propose-heading">
          <h2 className="utrecht-heading-2" id="propose-heading">
            {t("learning.proposal.new")}
          </h2>
          <FormProblems state={state} labels={labels} />
          <PostForm noValidate>
            <input type="hidden" name="intent" value="propose" />
            <TextField
              name="title"
              label={labels.title}
              required
              maxLength={150}
              defaultValue={state?.values?.title}
              error={state?.errors?.title}
              width="full"
            />
            <TextAreaField
              name="description"
              label={labels.description}
              description={t("learning.proposal.descriptionHint")}
              required
              maxLength={3000}
              defaultValue={state?.values?.description}
              error={state?.errors?.description}
            />
            <div className="vvg-actions">
              <SubmitButton>{t("learning.proposal.submit")}</SubmitButton>
            </div>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
