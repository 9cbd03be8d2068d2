import { Form, Link } from "react-router";
import type { Route } from "./+types/noits-region";
import { forbidden, requireActor } from "../auth.server.ts";
import { type ChoroplethLabels, ChoroplethMap, type MapBand } from "../components/map/choropleth-map.tsx";
import { choroplethModel } from "../components/map/choropleth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import { ErrorAlert, SelectField } from "../components/ui/form.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { can } from "../modules/identity/index.server.ts";
import {
  loadEcf,
  municipalityChoices,
  RADIUS_CHOICES_KM,
  REGION_SCOPES,
  type RegionalDemand,
  regionalDemand,
  regionQueryFrom,
} from "../modules/talent/index.server.ts";
import { formatFte } from "../modules/talent/shared.ts";
import { getRuntime } from "../runtime.server.ts";

export const handle: RouteHandle = { title: "talentRegion.title", breadcrumb: "talentRegion.title" };

/** A region with more municipalities than this lists only those with demand in its table. */
const FULL_TABLE_LIMIT = 15;

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const organisationId = actor.activeOrganisationId;
  // HR of the active organisation: those who publish vacancies or look for profiles.
  if (
    !organisationId ||
    !(can(actor, organisationId, "talent.manage_vacancies") || can(actor, organisationId, "talent.search_profiles"))
  ) {
    return forbidden(request);
  }
  const query = regionQueryFrom(new URL(request.url).searchParams);
  const result = await regionalDemand(getRuntime().database.db, organisationId, query.scope, {
    referenceNis: query.nis,
    roleProfileId: query.roleProfileId,
  });
  const choices = {
    scopes: REGION_SCOPES,
    radii: RADIUS_CHOICES_KM,
    municipalities: municipalityChoices(),
    roleProfiles: loadEcf().roleProfiles.map((p) => ({ id: p.id, nameNl: p.nameNl, nameEn: p.nameEn })),
  };
  if (!result.ok) return { query, error: result.error, demand: null, map: null, choices };
  const demand = result.value;
  const map = choroplethModel({
    values: Object.fromEntries(demand.municipalities.map((m) => [m.nis, m.ftePercent / 100])),
    region: new Set(demand.municipalities.map((m) => m.nis)),
    highlight: demand.reference.nis,
    zoom: demand.scope.kind !== "flanders",
  });
  return { query, error: null, demand, map, choices };
}

function scopeText(t: ReturnType<typeof useI18n>["t"], demand: RegionalDemand): string {
  const { reference, scope } = demand;
  const vars = { name: reference.name, arrondissement: reference.arrondissement, province: reference.province };
  return scope.kind === "radius"
    ? t("talentRegion.scope.radius", { ...vars, km: scope.km })
    : t(`talentRegion.scope.${scope.kind}` as MessageKey, vars);
}

export default function NoitsRegion({ loaderData }: Route.ComponentProps) {
  const { t, tn, locale, formatNumber } = useI18n();
  const { query, error, demand, map, choices } = loaderData;
  const fte = (percent: number) => formatFte(percent, locale);
  const roleName = (p: { nameNl: string; nameEn: string }) => (locale === "en" ? p.nameEn : p.nameNl);
  const byNis = new Map((demand?.municipalities ?? []).map((m) => [m.nis, m]));
  const scope = demand ? scopeText(t, demand) : "";
  const shown =
    demand && demand.municipalities.length > FULL_TABLE_LIMIT
      ? demand.municipalities.filter((m) => m.vacancies > 0)
      : (demand?.municipalities ?? []);
  const rest = demand ? demand.municipalities.length - shown.length : 0;

  const labels: ChoroplethLabels | null = demand
    ? {
        summary: t("talentRegion.map.summary", {
          scope,
          municipalities: demand.totals.municipalities,
          fte: fte(demand.totals.ftePercent),
        }),
        legend: t("talentRegion.map.legend"),
        area: (area) => {
          if (area.value === null) return t("talentRegion.map.area.outside", { name: area.name });
          const m = byNis.get(area.nis);
          if (!m || m.vacancies === 0) return t("talentRegion.map.area.none", { name: area.name });
          return tn("talentRegion.map.area", m.vacancies, { name: area.name, fte: fte(m.ftePercent) });
        },
        band: (band: MapBand) =>
          band.from === band.to
            ? t("talentRegion.map.bandSingle", { fte: fte(Math.round(band.to * 100)) })
            : t("talentRegion.map.band", { from: fte(Math.round(band.from * 100)), to: fte(Math.round(band.to * 100)) }),
        none: t("talentRegion.map.none"),
        outside: t("talentRegion.map.outside"),
        highlight: (name) => t(demand.own ? "talentRegion.map.own" : "talentRegion.map.chosen", { name }),
      }
    : null;

  return (
    <>
      <h1 className="utrecht-heading-1">{t("talentRegion.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">
        {demand ? t("talentRegion.lead", { municipality: demand.reference.name }) : t("talentRegion.leadNoMunicipality")}
      </p>
      <p className="utrecht-paragraph">
        <Link to="/noits/gedeelde-posten">{t("talentRegion.sharedPostsLink")}</Link>
      </p>

      <section aria-labelledby="region-filter-heading" className="vvg-region-filter">
        <h2 className="utrecht-heading-2" id="region-filter-heading">
          {t("talentRegion.filter.heading")}
        </h2>
        <p className="utrecht-paragraph vvg-region-text">{t("talentRegion.filter.help")}</p>
        <Form method="get" className="vvg-filter-form">
          <SelectField
            name="bereik"
            label={t("talentRegion.filter.scope")}
            defaultValue={query.scope.kind}
            options={choices.scopes.map((kind) => ({ value: kind, label: t(`talentRegion.filter.scope.${kind}` as MessageKey) }))}
          />
          <SelectField
            name="km"
            label={t("talentRegion.filter.km")}
            defaultValue={String(query.scope.kind === "radius" ? query.scope.km : 20)}
            options={choices.radii.map((km) => ({ value: String(km), label: t("talentRegion.filter.kmOption", { km }) }))}
          />
          <SelectField
            name="rolprofiel"
            label={t("talentRegion.filter.roleProfile")}
            defaultValue={query.roleProfileId ? String(query.roleProfileId) : ""}
            options={[
              { value: "", label: t("talentRegion.filter.allRoleProfiles") },
              ...[...choices.roleProfiles]
                .sort((a, b) => roleName(a).localeCompare(roleName(b), locale))
                .map((p) => ({ value: String(p.id), label: roleName(p) })),
            ]}
          />
          <SelectField
            name="gemeente"
            label={t("talentRegion.filter.municipality")}
            defaultValue={query.nis ?? demand?.reference.nis ?? ""}
            options={[
              ...(demand ? [] : [{ value: "", label: t("talentRegion.filter.choose") }]),
              ...choices.municipalities.map((m) => ({ value: m.nis, label: m.name })),
            ]}
          />
          <div className="vvg-actions vvg-filter-form__actions">
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("talentRegion.filter.submit")}
            </button>
          </div>
        </Form>
      </section>

      {error ? <ErrorAlert>{t(error as MessageKey)}</ErrorAlert> : null}

      {demand && map && labels ? (
        <>
          <p className="utrecht-paragraph vvg-region-summary" aria-live="polite">
            {tn("talentRegion.summary", demand.totals.vacancies, {
              scope,
              organisations: tn("talentRegion.summary.organisations", demand.totals.organisations),
              fte: fte(demand.totals.ftePercent),
            })}
          </p>

          <section aria-labelledby="region-map-heading">
            <h2 className="utrecht-heading-2" id="region-map-heading">
              {t("talentRegion.map.heading")}
            </h2>
            <ChoroplethMap model={map} labels={labels} idPrefix="region-map" />
            <p className="utrecht-paragraph vvg-region-hint">{t("talentRegion.map.tableHint")}</p>
          </section>

          <section aria-labelledby="region-municipalities-heading">
            <h2 className="utrecht-heading-2" id="region-municipalities-heading">
              {t("talentRegion.byMunicipality.heading")}
            </h2>
            {shown.length > 0 ? (
              <DataTable
                labelledBy="region-municipalities-heading"
                className="vvg-region-table"
                columns={[
                  t("talentRegion.byMunicipality.col.municipality"),
                  { label: t("talentRegion.byMunicipality.col.distance"), className: "vvg-numeric" },
                  { label: t("talentRegion.byMunicipality.col.fte"), className: "vvg-numeric" },
                  { label: t("talentRegion.byMunicipality.col.vacancies"), className: "vvg-numeric" },
                  { label: t("talentRegion.byMunicipality.col.organisations"), className: "vvg-numeric" },
                ]}
              >
                {shown.map((m) => (
                  <tr className="utrecht-table__row" key={m.nis}>
                    <th scope="row" className="utrecht-table__cell vvg-region-table__name">
                      {m.name}
                      {m.nis === demand.reference.nis && demand.own ? ` ${t("talentRegion.byMunicipality.own")}` : ""}
                    </th>
                    <td className="utrecht-table__cell vvg-numeric">
                      {formatNumber(m.distanceKm, { maximumFractionDigits: 1 })}
                    </td>
                    <td className="utrecht-table__cell vvg-numeric">{fte(m.ftePercent)}</td>
                    <td className="utrecht-table__cell vvg-numeric">{m.vacancies}</td>
                    <td className="utrecht-table__cell vvg-numeric">{m.organisations}</td>
                  </tr>
                ))}
              </DataTable>
            ) : null}
            {rest > 0 ? (
              <p className="utrecht-paragraph vvg-region-rest">{tn("talentRegion.byMunicipality.rest", rest)}</p>
            ) : null}
          </section>

          <section aria-labelledby="region-roles-heading">
            <h2 className="utrecht-heading-2" id="region-roles-heading">
              {t("talentRegion.byRole.heading")}
            </h2>
            {demand.roleProfiles.length === 0 ? (
              <p className="utrecht-paragraph">{t("talentRegion.empty")}</p>
            ) : (
              <DataTable
                labelledBy="region-roles-heading"
                className="vvg-region-table"
                columns={[
                  t("talentRegion.byRole.col.role"),
                  { label: t("talentRegion.byRole.col.fte"), className: "vvg-numeric" },
                  { label: t("talentRegion.byRole.col.vacancies"), className: "vvg-numeric" },
                  { label: t("talentRegion.byRole.col.organisations"), className: "vvg-numeric" },
                  { label: t("talentRegion.byRole.col.sharing"), className: "vvg-numeric" },
                ]}
              >
                {demand.roleProfiles.map((r) => (
                  <tr className="utrecht-table__row" key={r.id ?? "none"}>
                    <th scope="row" className="utrecht-table__cell vvg-region-table__name">
                      {r.id === null ? t("talentRegion.byRole.noProfile") : roleName(r)}
                    </th>
                    <td className="utrecht-table__cell vvg-numeric">{fte(r.ftePercent)}</td>
                    <td className="utrecht-table__cell vvg-numeric">{r.vacancies}</td>
                    <td className="utrecht-table__cell vvg-numeric">{r.organisations}</td>
                    <td className="utrecht-table__cell vvg-numeric">{r.openToSharing}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>

          <section aria-labelledby="region-competences-heading">
            <h2 className="utrecht-heading-2" id="region-competences-heading">
              {t("talentRegion.byCompetence.heading")}
            </h2>
            {demand.competences.length === 0 ? (
              <p className="utrecht-paragraph">{t("talentRegion.empty")}</p>
            ) : (
              <DataTable
                labelledBy="region-competences-heading"
                className="vvg-region-table"
                columns={[
                  t("talentRegion.byCompetence.col.competence"),
                  { label: t("talentRegion.byCompetence.col.vacancies"), className: "vvg-numeric" },
                  { label: t("talentRegion.byCompetence.col.required"), className: "vvg-numeric" },
                  { label: t("talentRegion.byCompetence.col.fte"), className: "vvg-numeric" },
                ]}
              >
                {demand.competences.map((c) => (
                  <tr className="utrecht-table__row" key={c.code}>
                    <th scope="row" className="utrecht-table__cell vvg-region-table__name">
                      {c.code} {locale === "en" ? c.titleEn : c.titleNl}
                    </th>
                    <td className="utrecht-table__cell vvg-numeric">{c.vacancies}</td>
                    <td className="utrecht-table__cell vvg-numeric">{c.required}</td>
                    <td className="utrecht-table__cell vvg-numeric">{fte(c.ftePercent)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
