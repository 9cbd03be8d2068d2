// The usage meter of a framework agreement: the value used against the maximum, as text and as a
// labelled <meter> (never colour alone). Amounts in euro cents.
import { useI18n } from "../i18n/use-i18n.ts";
import { usagePercent } from "../modules/procurement/shared.ts";

export function FrameworkUsage({ reference, usedCents, maxCents }: { reference: string; usedCents: number; maxCents: number }) {
  const { t, formatEuro, formatNumber } = useI18n();
  const percent = usagePercent(usedCents, maxCents);
  return (
    <div className="vvg-framework-usage">
      <meter
        className="vvg-framework-usage__meter"
        min={0}
        max={maxCents}
        low={maxCents * 0.75}
        high={maxCents * 0.9}
        optimum={0}
        value={Math.min(usedCents, maxCents)}
        aria-label={t("frameworks.usage.label", { reference })}
      />
      <span className="vvg-framework-usage__text">
        {t("frameworks.usage.text", {
          used: formatEuro(usedCents / 100),
          max: formatEuro(maxCents / 100),
          percent: formatNumber(percent, { maximumFractionDigits: 1 }),
        })}
      </span>
    </div>
  );
}

/** "1 januari 2026 tot en met 31 december 2029" and, below it, when it ends or that it ended. */
export function FrameworkPeriod({ startsOn, endsOn, today }: { startsOn: string; endsOn: string; today: string }) {
  const { t, formatDate } = useI18n();
  const expired = endsOn < today;
  return (
    <>
      <span>{t("frameworks.period", { start: formatDate(startsOn), end: formatDate(endsOn) })}</span>
      <br />
      {expired ? (
        <span className="vvg-badge vvg-badge--error">{t("frameworks.expiredOn", { date: formatDate(endsOn) })}</span>
      ) : startsOn > today ? (
        <span className="vvg-framework-note">{t("frameworks.startsOnFuture", { date: formatDate(startsOn) })}</span>
      ) : (
        <span className="vvg-framework-note">{t("frameworks.endsOn", { date: formatDate(endsOn) })}</span>
      )}
    </>
  );
}
