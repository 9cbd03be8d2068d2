import { Link } from "react-router";
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";

/** Shown when a single-use link is invalid, expired or used: what happened and what to do. */
export function LinkProblem({ reason, againHref }: { reason: string; againHref: string }) {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t("linkProblem.title")}</h1>
      <div className="utrecht-alert utrecht-alert--warning" role="alert">
        <p className="utrecht-paragraph">{t(`token.${reason}` as MessageKey)}</p>
      </div>
      <p className="utrecht-paragraph">
        <Link to={againHref}>{t("linkProblem.again")}</Link>
      </p>
    </>
  );
}
