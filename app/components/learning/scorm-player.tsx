import { useEffect, useRef, useState } from "react";
import { useRevalidator, useRouteLoaderData } from "react-router";
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";

/**
 * The SCORM 1.2 player of a lesson (kind "scorm"), or an author's preview (no lessonId). It loads
 * scorm-again's runtime (a plain script from /leren/scorm/scorm-again.js), starts a session on the
 * server (the cmi to restore, so the learner resumes), puts `window.API` in place and only then
 * loads the SCO in an iframe. Commits go to the server with the CSRF token in a header; the SCO's
 * LMSFinish closes the session and refreshes the page (the course's progress). Needs JavaScript,
 * as every SCORM package does: without it, a clear message says so.
 */
export function ScormPlayer({
  lessonId,
  packageId,
  title,
}: {
  lessonId: string | null;
  packageId: string | null;
  title?: string;
}) {
  const { t } = useI18n();
  const root = useRouteLoaderData("root") as { csrf?: string } | undefined;
  const csrf = root?.csrf ?? "";
  const revalidator = useRevalidator();
  const [phase, setPhase] = useState<"server" | "loading" | "running" | "finished" | "error">("server");
  const [launchUrl, setLaunchUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string>("");
  const [problem, setProblem] = useState<string>("");
  const revalidate = useRef(revalidator.revalidate);
  revalidate.current = revalidator.revalidate;

  useEffect(() => {
    if (!packageId) return;
    let cancelled = false;
    let api: ScormApi | null = null;
    setPhase("loading");
    (async () => {
      await loadRuntime(SCRIPT_URL);
      const response = await fetch("/leren/scorm/start", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify({ packageId, lessonId }),
      });
      const launch = (await response.json().catch(() => ({}))) as Partial<Launch> & { error?: string };
      if (cancelled) return;
      if (!response.ok || !launch.sessionId || !launch.launchUrl || !launch.cmi) {
        setProblem(launch.error ?? "learningCertificates.player.startFailed");
        setPhase("error");
        return;
      }
      const Runtime = (window as unknown as { Scorm12API?: ScormApiConstructor }).Scorm12API;
      if (!Runtime) throw new Error("scorm-again did not load");
      api = new Runtime({
        lmsCommitUrl: `/leren/scorm/sessies/${launch.sessionId}`,
        terminateCommitParam: "einde",
        dataCommitFormat: "json",
        autocommit: true,
        autocommitSeconds: 30,
        logLevel: 4,
        httpService: commitService(csrf),
      });
      api.loadFromJSON(launch.cmi);
      api.on("LMSSetValue.cmi.core.lesson_status", (_element: string, value: string) => setStatus(value));
      api.on("LMSFinish", () => {
        setPhase("finished");
        revalidate.current();
      });
      // The API must exist before the SCO loads: it looks for window.API in its parents at once.
      (window as unknown as { API?: ScormApi }).API = api;
      setStatus(launch.cmi.core.lesson_status);
      setLaunchUrl(launch.launchUrl);
      setPhase("running");
    })().catch(() => {
      if (!cancelled) {
        setProblem("learningCertificates.player.startFailed");
        setPhase("error");
      }
    });
    return () => {
      cancelled = true;
      const win = window as unknown as { API?: ScormApi };
      if (api && win.API === api) delete win.API;
    };
  }, [packageId, lessonId, csrf]);

  if (!packageId) {
    return <p className="utrecht-paragraph">{t("learningCertificates.player.noPackage")}</p>;
  }
  return (
    <section className="vvg-scorm-player" aria-labelledby="scorm-player-title">
      <h2 className="utrecht-heading-2" id="scorm-player-title">
        {title ?? t("learningCertificates.player.title")}
      </h2>
      <noscript>
        <div className="utrecht-alert utrecht-alert--warning">
          <p className="utrecht-paragraph">{t("learningCertificates.player.noScript")}</p>
        </div>
      </noscript>
      {phase === "loading" ? (
        <p className="utrecht-paragraph" role="status">
          {t("learningCertificates.player.loading")}
        </p>
      ) : null}
      {phase === "error" ? (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          <p className="utrecht-paragraph">{t(problem as MessageKey)}</p>
        </div>
      ) : null}
      {phase === "running" || phase === "finished" ? (
        <p className="utrecht-paragraph vvg-scorm-player__status" role="status">
          {t("learningCertificates.player.status", {
            status: t(
              `learningCertificates.status.${STATUSES.includes(status) ? status.replace(" ", "_") : "not_attempted"}` as MessageKey,
            ),
          })}
          {phase === "finished" ? ` ${t("learningCertificates.player.saved")}` : ""}
        </p>
      ) : null}
      {launchUrl && phase !== "finished" ? (
        <iframe className="vvg-scorm-player__frame" src={launchUrl} title={t("learningCertificates.player.frameTitle")} />
      ) : null}
    </section>
  );
}

const SCRIPT_URL = "/leren/scorm/scorm-again.js?v=3.4.3";
const STATUSES = ["passed", "completed", "failed", "incomplete", "browsed", "not attempted"];

type Launch = { sessionId: string; launchUrl: string; cmi: { core: { lesson_status: string } } & Record<string, unknown> };
type ScormApi = {
  loadFromJSON(json: unknown): void;
  on(event: string, callback: (...args: never[]) => void): void;
  LMSFinish(arg: ""): string;
};
type ScormApiConstructor = new (settings: Record<string, unknown>) => ScormApi;
type CommitResult = { result: "true" | "false"; errorCode: number };

let loading: Promise<void> | undefined;
/** Adds scorm-again's script once (a same-origin script: allowed by the portal's CSP). */
function loadRuntime(src: string): Promise<void> {
  if ((window as unknown as { Scorm12API?: unknown }).Scorm12API) return Promise.resolve();
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => {
      loading = undefined;
      reject(new Error("scorm-again failed to load"));
    };
    document.head.appendChild(script);
  });
  return loading;
}

function readResult(status: number, text: string): CommitResult {
  try {
    const body = JSON.parse(text) as { result?: unknown; errorCode?: unknown };
    const ok = body.result === true || body.result === "true";
    return { result: ok ? "true" : "false", errorCode: typeof body.errorCode === "number" ? body.errorCode : ok ? 0 : 101 };
  } catch {
    return status >= 200 && status < 300 ? { result: "true", errorCode: 0 } : { result: "false", errorCode: 101 };
  }
}

/**
 * scorm-again's HTTP service, replaced so that every commit (the final one too, which scorm-again
 * would send with sendBeacon, without headers) carries the CSRF header. Synchronous, as SCORM
 * 1.2 expects; a page that is being closed may no longer send synchronous requests, so then a
 * keepalive fetch delivers the commit.
 */
function commitService(csrf: string) {
  return {
    processHttpRequest(url: string, params: unknown): CommitResult {
      const body = JSON.stringify(params);
      try {
        const xhr = new XMLHttpRequest();
        xhr.open("POST", url, false);
        xhr.setRequestHeader("Content-Type", "application/json");
        xhr.setRequestHeader("X-CSRF-Token", csrf);
        xhr.send(body);
        return readResult(xhr.status, xhr.responseText);
      } catch {
        void fetch(url, {
          method: "POST",
          body,
          keepalive: true,
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
        }).catch(() => {});
        return { result: "true", errorCode: 0 };
      }
    },
    updateSettings() {},
  };
}
