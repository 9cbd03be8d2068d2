// /leren/scorm/{packageId}: one SCORM package for its authors: what the manifest says, where it is
// used, linking it to a draft lesson, and a preview in the player (outside any course).
import { data, Link } from "react-router";
import type { Route } from "./+types/learning-scorm-package";
import { forbidden, requireActor } from "../auth.server.ts";
import { ScormPlayer } from "../components/learning/scorm-player.tsx";
import { FormProblems, PostForm, SelectField, SubmitButton } from "../components/ui/form.tsx";
import { redirectWithFlash } from "../cookies.server.ts";
import { readForm } from "../form-data.server.ts";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import {
  attachPackageToLesson,
  draftScormLessons,
  getScormPackage,
  isScormAuthor,
  lessonsUsingPackage,
  packageUsage,
} from "../modules/learning/index.server.ts";
import { requestInfoContext } from "../request-context.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = {
  title: "learningCertificates.package.title",
  breadcrumb: "learningCertificates.package.title",
};

type Item = { identifier: string; title: string; href?: string; scormType?: string; children: Item[] };

async function guard(request: Request, packageId: string) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  if (!(await isScormAuthor(db, { id: actor.personId, name: actor.name, isPortalAdmin: actor.isPortalAdmin })))
    await forbidden(request);
  const pkg = await getScormPackage(db, packageId);
  if (!pkg) throw data(null, { status: 404 });
  return { actor, pkg };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { pkg } = await guard(request, params.packageId);
  const { db } = getRuntime().database;
  const [usedBy, usage, drafts] = await Promise.all([
    lessonsUsingPackage(db, pkg.id),
    packageUsage(db, pkg.id),
    draftScormLessons(db),
  ]);
  return {
    pkg: {
      id: pkg.id,
      title: pkg.title,
      launchPath: pkg.launchPath,
      masteryScore: pkg.masteryScore,
      fileCount: pkg.files.length,
      items: pkg.items as Item[],
      createdAt: pkg.createdAt,
    },
    usedBy,
    usage,
    drafts,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, pkg } = await guard(request, params.packageId);
  const form = await readForm(request);
  const result = await attachPackageToLesson(getRuntime().database.db, {
    packageId: pkg.id,
    lessonId: String(form.get("lessonId") ?? ""),
    actorId: actor.personId,
    ip: context.get(requestInfoContext).ip,
  });
  if (!result.ok) return data({ errors: { [result.field ?? "_form"]: result.error } }, { status: 400 });
  return redirectWithFlash(`/leren/scorm/${pkg.id}`, { kind: "ok", key: "learningCertificates.package.attached" });
}

function ItemTree({ items }: { items: Item[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item) => (
        <li key={item.identifier}>
          {item.title}
          {item.href ? (
            <>
              {" "}
              (<code>{item.href}</code>, {item.scormType === "sco" ? "SCO" : "asset"})
            </>
          ) : null}
          {item.children.length ? <ItemTree items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

export default function ScormPackagePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, formatDateTime } = useI18n();
  const { pkg, usedBy, usage, drafts } = loaderData;
  const state = actionData as { errors?: Record<string, string> } | undefined;
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/leren/scorm">
          {t("learningCertificates.package.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{pkg.title}</h1>
      <dl className="vvg-facts">
        <dt>{t("learningCertificates.packages.launch")}</dt>
        <dd>
          <code>{pkg.launchPath}</code>
        </dd>
        <dt>{t("learningCertificates.package.mastery")}</dt>
        <dd>{pkg.masteryScore === null ? t("learningCertificates.package.noMastery") : `${pkg.masteryScore} / 100`}</dd>
        <dt>{t("learningCertificates.packages.files")}</dt>
        <dd>{pkg.fileCount}</dd>
        <dt>{t("learningCertificates.packages.uploadedAt")}</dt>
        <dd>{formatDateTime(pkg.createdAt)}</dd>
        <dt>{t("learningCertificates.package.learners")}</dt>
        <dd>{t("learningCertificates.package.learnersValue", { learners: usage.learners, done: usage.done })}</dd>
      </dl>

      <h2 className="utrecht-heading-2">{t("learningCertificates.package.items")}</h2>
      <ItemTree items={pkg.items} />

      <h2 className="utrecht-heading-2">{t("learningCertificates.package.usedBy")}</h2>
      {usedBy.length === 0 ? (
        <p className="utrecht-paragraph">{t("learningCertificates.package.unused")}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {usedBy.map((use) => (
            <li key={use.lessonId}>
              {t("learningCertificates.package.useLine", {
                course: use.courseTitle,
                lesson: use.lessonTitle,
                version: use.versionNumber,
              })}
            </li>
          ))}
        </ul>
      )}

      <h2 className="utrecht-heading-2" id="attach-heading">
        {t("learningCertificates.package.attach")}
      </h2>
      {drafts.length === 0 ? (
        <p className="utrecht-paragraph">{t("learningCertificates.package.noDrafts")}</p>
      ) : (
        <>
          <FormProblems state={state} labels={{ lessonId: t("learningCertificates.package.lesson") }} />
          <PostForm className="vvg-form" aria-labelledby="attach-heading">
            <SelectField
              name="lessonId"
              label={t("learningCertificates.package.lesson")}
              error={state?.errors?.lessonId}
              options={drafts.map((d) => ({
                value: d.lessonId,
                label: `${d.courseTitle}: ${d.lessonTitle}${d.packageId === pkg.id ? ` (${t("learningCertificates.package.current")})` : ""}`,
              }))}
            />
            <div className="vvg-actions">
              <SubmitButton>{t("learningCertificates.package.attachSubmit")}</SubmitButton>
            </div>
          </PostForm>
        </>
      )}

      <p className="utrecht-paragraph">{t("learningCertificates.package.previewHint")}</p>
      <ScormPlayer lessonId={null} packageId={pkg.id} title={t("learningCertificates.package.preview")} />
    </>
  );
}
