// /noits/competenties — the 41 e-CF 4.0 competences per area with their span of levels.
import type { Route } from "./+types/noits-competences";
import { spanText } from "../components/talent/competences.tsx";
import { DataTable } from "../components/ui/data-table.tsx";
import type { RouteHandle } from "../handle.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { loadEcf } from "../modules/talent/index.server.ts";

export const handle: RouteHandle = { title: "talent.competences.title", breadcrumb: "talent.competences.title" };

export function loader() {
  const ecf = loadEcf();
  return { framework: ecf.framework, areas: ecf.areas, competences: ecf.competences, levels: ecf.levels };
}

export default function Competences({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { areas, competences, levels } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.competences.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.competences.lead")}</p>

      <section aria-labelledby="levels-heading">
        <h2 className="utrecht-heading-2" id="levels-heading">
          {t("talent.competences.levels")}
        </h2>
        <DataTable
          labelledBy="levels-heading"
          columns={[t("talent.competences.col.level"), t("talent.competences.col.title"), t("talent.competences.col.eqf")]}
        >
          {levels.map((level) => (
            <tr className="utrecht-table__row" key={level.level}>
              <td className="utrecht-table__cell">e-{level.level}</td>
              <td className="utrecht-table__cell">{t(`talent.level.${level.level}` as "talent.level.1")}</td>
              <td className="utrecht-table__cell">{level.eqf.join(", ")}</td>
            </tr>
          ))}
        </DataTable>
      </section>

      {areas.map((area) => {
        const id = `area-${area.code}`;
        return (
          <section aria-labelledby={id} key={area.code}>
            <h2 className="utrecht-heading-2" id={id}>
              {area.code} {locale === "en" ? area.nameEn : area.nameNl}
            </h2>
            <DataTable
              labelledBy={id}
              className="vvg-talent-competences"
              columns={[
                t("talent.competences.col.code"),
                t("talent.competences.col.name"),
                t("talent.competences.col.span"),
                t("talent.competences.col.summary"),
              ]}
            >
              {competences
                .filter((c) => c.areaCode === area.code)
                .map((c) => (
                  <tr className="utrecht-table__row" key={c.code} id={`competence-${c.code}`}>
                    <td className="utrecht-table__cell">{c.code}</td>
                    <td className="utrecht-table__cell">
                      {locale === "en" ? c.titleEn : c.titleNl}
                      {locale === "nl" ? (
                        <>
                          <br />
                          <span className="vvg-talent-muted" lang="en">
                            {c.titleEn}
                          </span>
                        </>
                      ) : null}
                    </td>
                    <td className="utrecht-table__cell">
                      <span className="vvg-talent-span" aria-hidden="true">
                        {[1, 2, 3, 4, 5].map((level) => (
                          <span
                            key={level}
                            className={
                              level >= c.minLevel && level <= c.maxLevel ? "vvg-talent-span__on" : "vvg-talent-span__off"
                            }
                          />
                        ))}
                      </span>{" "}
                      {spanText(c)}
                    </td>
                    <td className="utrecht-table__cell" lang="en">
                      {c.summaryEn}
                    </td>
                  </tr>
                ))}
            </DataTable>
          </section>
        );
      })}
      <p className="utrecht-paragraph vvg-talent-muted">{t("talent.competences.source")}</p>
    </>
  );
}
