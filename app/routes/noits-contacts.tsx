// /noits/contacten — contact requests: to the logged-in professional, and of the organisation
// the person acts for as HR.
import { Link } from "react-router";
import type { Route } from "./+types/noits-contacts";
import { requireActor } from "../auth.server.ts";
import { DataTable } from "../components/ui/data-table.tsx";
import type { RouteHandle } from "../handle.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useI18n } from "../i18n/use-i18n.ts";
import { can } from "../modules/identity/index.server.ts";
import { listContactsForOrganisation, listContactsForProfessional } from "../modules/talent/index.server.ts";
import { getRuntime } from "../runtime.server.ts";
import { memberOrganisationsOf } from "../talent-auth.server.ts";

export const handle: RouteHandle = { title: "talent.contacts.title", breadcrumb: "talent.contacts.title" };

export async function loader({ request }: Route.LoaderArgs) {
  const actor = await requireActor(request);
  const { db } = getRuntime().database;
  const organisationId = actor.activeOrganisationId;
  const hr = Boolean(organisationId && can(actor, organisationId, "talent.search_profiles"));
  const mine = await listContactsForProfessional(db, actor.personId);
  const organisation = hr ? await listContactsForOrganisation(db, organisationId!, memberOrganisationsOf(actor)) : null;
  const plain = (c: (typeof mine)[number]) => ({
    id: c.id,
    organisationName: c.organisationName,
    vacancyTitle: c.vacancyTitle,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
  });
  return {
    mine: mine.map(plain),
    organisation: organisation?.map(plain) ?? null,
    organisationName: actor.memberships.find((m) => m.organisationId === organisationId)?.organisationName ?? "",
  };
}

type Rows = { id: string; organisationName: string; vacancyTitle: string | null; status: string; createdAt: string }[];

function ContactTable({ id, rows, showOrganisation }: { id: string; rows: Rows; showOrganisation: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <DataTable
      labelledBy={id}
      columns={[
        showOrganisation ? t("talent.contacts.col.organisation") : t("talent.contacts.col.profile"),
        t("talent.contacts.col.vacancy"),
        t("talent.contacts.col.status"),
        t("talent.contacts.col.date"),
      ]}
    >
      {rows.map((c) => (
        <tr className="utrecht-table__row" key={c.id}>
          <td className="utrecht-table__cell">
            <Link to={`/noits/contacten/${c.id}`}>{showOrganisation ? c.organisationName : t("talent.contacts.anonymous")}</Link>
          </td>
          <td className="utrecht-table__cell">{c.vacancyTitle ?? "—"}</td>
          <td className="utrecht-table__cell">{t(`talent.contactStatus.${c.status}` as MessageKey)}</td>
          <td className="utrecht-table__cell">{formatDate(c.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export default function Contacts({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { mine, organisation, organisationName } = loaderData;
  return (
    <>
      <h1 className="utrecht-heading-1">{t("talent.contacts.title")}</h1>
      <p className="utrecht-paragraph vvg-lead">{t("talent.contacts.lead")}</p>
      <section aria-labelledby="mine-heading">
        <h2 className="utrecht-heading-2" id="mine-heading">
          {t("talent.contacts.mine")}
        </h2>
        {mine.length === 0 ? (
          <p className="utrecht-paragraph">{t("talent.contacts.mineNone")}</p>
        ) : (
          <ContactTable id="mine-heading" rows={mine} showOrganisation />
        )}
      </section>
      {organisation ? (
        <section aria-labelledby="organisation-heading">
          <h2 className="utrecht-heading-2" id="organisation-heading">
            {t("talent.contacts.organisation", { organisation: organisationName })}
          </h2>
          {organisation.length === 0 ? (
            <p className="utrecht-paragraph">{t("talent.contacts.organisationNone")}</p>
          ) : (
            <ContactTable id="organisation-heading" rows={organisation} showOrganisation={false} />
          )}
        </section>
      ) : null}
    </>
  );
}
