// Shared pieces of the ordering pages: the legal check of a cart group in plain language, an
// order's status as a labelled badge (text, never colour alone), and the order trail.
import { Link, NavLink } from "react-router";
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";
import { findingText, type LegalCheck } from "../../modules/ordering/shared.ts";

const STATUS_TONE: Record<string, string> = {
  submitted: "warning",
  approved: "ok",
  sent: "neutral",
  accepted: "ok",
  partially_accepted: "warning",
  shipped: "neutral",
  delivered: "ok",
  invoiced: "ok",
  declined: "error",
  rejected: "error",
  cancelled: "neutral",
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`vvg-badge vvg-badge--${STATUS_TONE[status] ?? "neutral"}`}>
      {t(`ordering.status.${status}` as MessageKey)}
    </span>
  );
}

const ROUTE_TONE: Record<string, string> = {
  framework_direct: "ok",
  low_value: "ok",
  framework_competition: "warning",
  blocked: "error",
};

/** The legal check of one group: route, reasons, figures and warnings. */
export function LegalCheckPanel({ check, headingId }: { check: LegalCheck; headingId: string }) {
  const tr = useI18n();
  const { t, formatEuro } = tr;
  return (
    <section className={`vvg-ord-check vvg-ord-check--${ROUTE_TONE[check.route]}`} aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {t("ordering.check.heading")}:{" "}
        <span className={`vvg-badge vvg-badge--${ROUTE_TONE[check.route]}`}>
          {t(`ordering.route.${check.route}` as MessageKey)}
        </span>
      </h3>
      <p className="utrecht-paragraph">
        <strong>{t("ordering.check.legalBasis")}:</strong> {t(check.legalBasisKey as MessageKey)}
      </p>
      <ul className="utrecht-unordered-list">
        {check.reasons.map((finding) => (
          <li key={finding.key + JSON.stringify(finding.vars ?? {})}>{findingText(tr, finding)}</li>
        ))}
      </ul>
      {check.figures.length > 0 ? (
        <dl className="vvg-ord-figures">
          {check.figures.map((figure) => (
            <div key={figure.labelKey + JSON.stringify(figure.vars ?? {})}>
              <dt>{t(figure.labelKey as MessageKey, figure.vars)}</dt>
              <dd>{formatEuro(figure.cents / 100)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {check.warnings.length > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning vvg-ord-warning">
          <p className="utrecht-paragraph">
            <strong>{t("ordering.check.warningsHeading")}</strong>
          </p>
          <ul className="utrecht-unordered-list">
            {check.warnings.map((finding) => (
              <li key={finding.key + JSON.stringify(finding.vars ?? {})}>{findingText(tr, finding)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {check.competitionHref ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-button utrecht-button--secondary-action vvg-ord-link-button" to={check.competitionHref}>
            {t("ordering.check.startCompetition")}
          </Link>
        </p>
      ) : null}
      {check.procedureHref ? (
        <p className="utrecht-paragraph">
          <Link to={check.procedureHref}>{t("ordering.check.findProcedure")}</Link>
        </p>
      ) : null}
    </section>
  );
}

type TrailEvent = {
  id: number;
  kind: string;
  toStatus: string | null;
  side: string;
  comment: string;
  at: string | Date;
  actorName: string;
};

/** The trail of an order, oldest first. */
export function OrderTrail({ events, headingId }: { events: TrailEvent[]; headingId: string }) {
  const { t, formatDateTime } = useI18n();
  return (
    <ol className="vvg-ord-trail" aria-labelledby={headingId}>
      {events.map((event) => (
        <li key={event.id}>
          <span className="vvg-ord-trail__when">{formatDateTime(event.at)}</span>{" "}
          <strong>{t(`ordering.event.${event.kind}` as MessageKey)}</strong>{" "}
          <span>
            ({t(`ordering.side.${event.side}` as MessageKey)}
            {event.actorName ? `: ${event.actorName}` : ""})
          </span>
          {event.comment ? <p className="utrecht-paragraph vvg-ord-trail__comment">{event.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export type OrderingNavRights = { buy: boolean; approve: boolean; view: boolean };

/** The buyer's sub-navigation of Buy IT Public: catalogue, cart, orders, approvals, spend (by right). */
export function OrderingNav({ rights }: { rights: OrderingNavRights }) {
  const { t } = useI18n();
  const links: { to: string; label: MessageKey; show: boolean }[] = [
    { to: "/aankopen", label: "ordering.nav.catalogue", show: true },
    { to: "/aankopen/winkelwagen", label: "ordering.cart.title", show: rights.buy },
    { to: "/aankopen/offerteaanvragen", label: "competitions.list.title", show: rights.buy },
    { to: "/aankopen/bestellingen", label: "ordering.orders.title", show: rights.view },
    { to: "/aankopen/goedkeuren", label: "ordering.approve.title", show: rights.approve },
    { to: "/aankopen/uitgaven", label: "ordering.spend.title", show: rights.view },
  ];
  return (
    <nav className="vvg-ord-nav" aria-label={t("ordering.nav.label")}>
      <ul>
        {links
          .filter((link) => link.show)
          .map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end>
                {t(link.label)}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
