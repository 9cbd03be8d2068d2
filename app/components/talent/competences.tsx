// NoITS building blocks: competence names, rows of competence + level fields (work without
// JavaScript), and match reasons in words.
import type { MessageKey } from "../../i18n/index.ts";
import { useI18n } from "../../i18n/use-i18n.ts";
import { formatFte, levelLabel, type MatchReasons } from "../../modules/talent/shared.ts";

export type CompetenceChoice = {
  code: string;
  areaCode: string;
  titleNl: string;
  titleEn: string;
  minLevel: number;
  maxLevel: number;
};
export type AreaChoice = { code: string; nameNl: string; nameEn: string };
export type CompetenceCatalogue = { competences: CompetenceChoice[]; areas: AreaChoice[] };

/** "E.8 Informatieveiligheidsbeheer" in the page's language. */
export function useCompetenceName(catalogue: { competences: CompetenceChoice[] }) {
  const { locale } = useI18n();
  const byCode = new Map(catalogue.competences.map((c) => [c.code, c]));
  return (code: string) => {
    const c = byCode.get(code);
    return c ? `${code} ${locale === "en" ? c.titleEn : c.titleNl}` : code;
  };
}

/** The span of levels as text: "e-2 – e-4". */
export const spanText = (c: { minLevel: number; maxLevel: number }) =>
  c.minLevel === c.maxLevel ? levelLabel(c.minLevel) : `${levelLabel(c.minLevel)} – ${levelLabel(c.maxLevel)}`;

type RowValues = Record<string, string | undefined>;

/**
 * Numbered rows of "competence" and "level" selects (and evidence when asked), in a fieldset. The
 * competence options name their span of levels; the server refuses a level outside it.
 */
export function CompetenceRows({
  prefix,
  rows,
  legend,
  hint,
  catalogue,
  values,
  errors,
  evidence = false,
}: {
  prefix: string;
  rows: number;
  legend: string;
  hint?: string;
  catalogue: CompetenceCatalogue;
  values: RowValues;
  errors?: Record<string, string>;
  evidence?: boolean;
}) {
  const { t, locale } = useI18n();
  const hintId = `${prefix}-hint`;
  return (
    <fieldset className="vvg-talent-rows" aria-describedby={hint ? hintId : undefined}>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {hint ? (
        <div className="utrecht-form-field-description" id={hintId}>
          {hint}
        </div>
      ) : null}
      {Array.from({ length: rows }, (_, i) => {
        const codeName = `${prefix}_code_${i}`;
        const levelName = `${prefix}_level_${i}`;
        const evidenceName = `${prefix}_evidence_${i}`;
        const codeError = errors?.[codeName];
        const levelError = errors?.[levelName];
        const evidenceError = errors?.[evidenceName];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positional form fields
          <div className="vvg-talent-row" key={i}>
            <div className={`utrecht-form-field vvg-field${codeError ? " utrecht-form-field--invalid" : ""}`}>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label" htmlFor={codeName}>
                  {t("talent.rows.competence", { n: i + 1 })}
                </label>
              </div>
              {codeError ? <RowError id={`${codeName}-error`} error={codeError} /> : null}
              <select
                className="utrecht-select utrecht-select--html-select"
                id={codeName}
                name={codeName}
                defaultValue={values[codeName] ?? ""}
                aria-invalid={codeError ? true : undefined}
                aria-describedby={codeError ? `${codeName}-error` : undefined}
              >
                <option value="">{t("talent.rows.none")}</option>
                {catalogue.areas.map((area) => (
                  <optgroup key={area.code} label={`${area.code} ${locale === "en" ? area.nameEn : area.nameNl}`}>
                    {catalogue.competences
                      .filter((c) => c.areaCode === area.code)
                      .map((c) => (
                        <option key={c.code} value={c.code}>
                          {`${c.code} ${locale === "en" ? c.titleEn : c.titleNl} (${spanText(c)})`}
                        </option>
                      ))}
                  </optgroup>
                ))}
              </select>
            </div>
            <div className={`utrecht-form-field vvg-field vvg-field--short${levelError ? " utrecht-form-field--invalid" : ""}`}>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label" htmlFor={levelName}>
                  {t("talent.rows.level", { n: i + 1 })}
                </label>
              </div>
              {levelError ? <RowError id={`${levelName}-error`} error={levelError} /> : null}
              <select
                className="utrecht-select utrecht-select--html-select"
                id={levelName}
                name={levelName}
                defaultValue={values[levelName] ?? "3"}
                aria-invalid={levelError ? true : undefined}
                aria-describedby={levelError ? `${levelName}-error` : undefined}
              >
                {[1, 2, 3, 4, 5].map((level) => (
                  <option key={level} value={String(level)}>
                    {levelLabel(level)}
                  </option>
                ))}
              </select>
            </div>
            {evidence ? (
              <div
                className={`utrecht-form-field vvg-field vvg-talent-evidence${evidenceError ? " utrecht-form-field--invalid" : ""}`}
              >
                <div className="utrecht-form-field__label">
                  <label className="utrecht-form-label" htmlFor={evidenceName}>
                    {t("talent.rows.evidence", { n: i + 1 })}
                    <span className="vvg-optional"> ({t("form.optional")})</span>
                  </label>
                </div>
                {evidenceError ? <RowError id={`${evidenceName}-error`} error={evidenceError} /> : null}
                <input
                  className="utrecht-textbox utrecht-textbox--html-input"
                  id={evidenceName}
                  name={evidenceName}
                  maxLength={500}
                  defaultValue={values[evidenceName] ?? ""}
                  aria-invalid={evidenceError ? true : undefined}
                  aria-describedby={evidenceError ? `${evidenceName}-error` : undefined}
                />
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

function RowError({ id, error }: { id: string; error: string }) {
  const { t } = useI18n();
  return (
    <div className="utrecht-form-field-error-message" id={id}>
      <span className="vvg-visually-hidden">{t("form.errorPrefix")} </span>
      {t(error as MessageKey)}
    </div>
  );
}

/** Labels for the error summary of competence rows ("Competentie 2", "Niveau 2"). */
export function rowLabels(t: (key: MessageKey, vars?: Record<string, string | number>) => string, prefix: string, rows: number) {
  const out: Record<string, string> = {};
  for (let i = 0; i < rows; i++) {
    out[`${prefix}_code_${i}`] = t("talent.rows.competence", { n: i + 1 });
    out[`${prefix}_level_${i}`] = t("talent.rows.level", { n: i + 1 });
    out[`${prefix}_evidence_${i}`] = t("talent.rows.evidence", { n: i + 1 });
  }
  return out;
}

/** Form values of competence rows from stored rows. */
export function rowValues(prefix: string, rows: readonly { code: string; level: number; evidence?: string }[]): RowValues {
  const out: RowValues = {};
  rows.forEach((row, i) => {
    out[`${prefix}_code_${i}`] = row.code;
    out[`${prefix}_level_${i}`] = String(row.level);
    if (row.evidence !== undefined) out[`${prefix}_evidence_${i}`] = row.evidence;
  });
  return out;
}

/**
 * The reasons of a match in one line, as the issue asks: "3 van 4 vereiste competenties: A.5 e3 ✓,
 * E.8 e3 ✓, D.10 e2 ✗ — 12 km — 0,5 VTE beschikbaar voor 0,4 gevraagd". The marks carry hidden
 * words for screen readers.
 */
export function MatchSummary({ reasons }: { reasons: MatchReasons }) {
  const { t, locale } = useI18n();
  const required = reasons.competences.filter((c) => c.required);
  const optional = reasons.competences.filter((c) => !c.required);
  return (
    <p className="utrecht-paragraph vvg-talent-reasons">
      <span className="vvg-talent-score">{t("talent.match.score", { score: reasons.score })}</span>{" "}
      {t("talent.match.required", { met: reasons.requiredMet, total: reasons.requiredTotal })}:{" "}
      {required.map((c, i) => (
        <span key={c.code}>
          {i > 0 ? ", " : ""}
          <CheckMark code={c.code} level={c.level} offered={c.offered} outcome={c.outcome} />
        </span>
      ))}
      {optional.length ? (
        <>
          {" · "}
          {t("talent.match.optional", { met: reasons.optionalMet, total: reasons.optionalTotal })}
          {": "}
          {optional.map((c, i) => (
            <span key={c.code}>
              {i > 0 ? ", " : ""}
              <CheckMark code={c.code} level={c.level} offered={c.offered} outcome={c.outcome} />
            </span>
          ))}
        </>
      ) : null}
      {" — "}
      {reasons.distanceKm == null
        ? t("talent.match.distanceUnknown")
        : t(reasons.withinTravel ? "talent.match.distanceWithin" : "talent.match.distanceBeyond", {
            km: reasons.distanceKm,
            max: reasons.maxTravelKm,
          })}
      {" — "}
      {t("talent.match.fte", {
        available: formatFte(reasons.availableFtePercent, locale),
        asked: formatFte(reasons.askedFtePercent, locale),
      })}
      {" — "}
      {t(reasons.contractFits ? "talent.match.contractFits" : "talent.match.contractOther", {
        contract: t(`talent.contract.${reasons.contract}` as MessageKey),
      })}
    </p>
  );
}

function CheckMark({
  code,
  level,
  offered,
  outcome,
}: {
  code: string;
  level: number;
  offered: number | null;
  outcome: "met" | "short" | "missing";
}) {
  const { t } = useI18n();
  const shown = offered ?? level;
  const mark = outcome === "met" ? "✓" : outcome === "short" ? "≈" : "✗";
  return (
    <span className={`vvg-talent-check vvg-talent-check--${outcome}`}>
      {code} e{outcome === "missing" ? level : shown} <span aria-hidden="true">{mark}</span>
      <span className="vvg-visually-hidden">
        {" "}
        {t(`talent.match.outcome.${outcome}` as MessageKey, { level: levelLabel(level) })}
      </span>
    </span>
  );
}
