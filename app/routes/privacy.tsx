import { Link } from "react-router";
import { LocalisedPage } from "../components/ui/page.tsx";
import type { RouteHandle } from "../handle.ts";

export const handle: RouteHandle = { title: "page.privacy.title", breadcrumb: "page.privacy.title" };

const nl = () => (
  <>
    <h1 className="utrecht-heading-1">Privacyverklaring</h1>
    <p className="utrecht-paragraph vvg-lead">
      Hier leest u welke persoonsgegevens VlaVirGem verwerkt, waarom, hoe lang we ze bewaren en welke rechten u hebt. We volgen de
      Algemene Verordening Gegevensbescherming (AVG/GDPR).
    </p>
    <h2 className="utrecht-heading-2">Wie is verantwoordelijk?</h2>
    <p className="utrecht-paragraph">
      De vereniging VlaVirGem, de Vlaamse vereniging van ICT- en informatiebeheerders van lokale besturen, is
      verwerkingsverantwoordelijke. Vragen over privacy stelt u aan onze functionaris voor gegevensbescherming via de{" "}
      <Link to="/contact">contactpagina</Link>.
    </p>
    <h2 className="utrecht-heading-2">Welke gegevens en waarom?</h2>
    <ul className="utrecht-unordered-list">
      <li>
        <strong>Account:</strong> naam, e-mailadres, wachtwoord (alleen als veilige hash) en de organisaties en rollen waarvoor u
        werkt, om u te laten inloggen en u de juiste tools te tonen (uitvoering van de overeenkomst).
      </li>
      <li>
        <strong>Gebruik van de tools:</strong> wat u zelf invult, zoals bestellingen, evaluaties, een NoITS-profiel of
        cursusvoortgang, om de dienst te leveren die u vraagt.
      </li>
      <li>
        <strong>Beveiliging:</strong> IP-adres, tijdstip en de handeling bij inloggen en bij beslissingen met juridisch gewicht
        (goedkeuringen, bestellingen, toewijzingen), om misbruik te voorkomen en verantwoording af te leggen (wettelijke
        verplichting en gerechtvaardigd belang).
      </li>
      <li>
        <strong>Cookies:</strong> enkel noodzakelijke cookies: uw sessie, uw taalkeuze en een eenmalige melding na een actie. We
        gebruiken geen cookies voor reclame of om u te volgen, en dus ook geen cookiebanner.
      </li>
    </ul>
    <h2 className="utrecht-heading-2">Hoe lang bewaren we uw gegevens?</h2>
    <p className="utrecht-paragraph">
      Accountgegevens bewaren we zolang u een account hebt. Verwijdert u uw account, dan wissen we uw persoonsgegevens. Stukken
      met juridisch gewicht, zoals bestellingen en goedkeuringen van overheidsopdrachten, bewaren we zolang de wet dat vraagt; uw
      naam wordt daarin dan vervangen door een pseudoniem. Beveiligingslogboeken bewaren we maximaal één jaar.
    </p>
    <h2 className="utrecht-heading-2">Met wie delen we gegevens?</h2>
    <p className="utrecht-paragraph">
      Alleen met wie het nodig heeft voor de dienst: uw eigen organisatie, een leverancier bij wie uw organisatie bestelt, of een
      bestuur waarmee u in NoITS uitdrukkelijk contact wilt. Een NoITS-profiel blijft anoniem tot u toestemming geeft. We verkopen
      geen gegevens en verwerken ze binnen de Europese Unie.
    </p>
    <h2 className="utrecht-heading-2">Uw rechten</h2>
    <p className="utrecht-paragraph">
      U hebt recht op inzage, verbetering, wissing, beperking, overdraagbaarheid en bezwaar. Op uw accountpagina downloadt u al uw
      gegevens en verwijdert u uw account. Voor andere vragen kunt u ons contacteren.
    </p>
    <h2 className="utrecht-heading-2">Klacht</h2>
    <p className="utrecht-paragraph">
      U kunt een klacht indienen bij de Vlaamse Toezichtcommissie voor de verwerking van persoonsgegevens (toezichtcommissie.be),
      die toezicht houdt op Vlaamse overheidsinstanties, of bij de Gegevensbeschermingsautoriteit
      (gegevensbeschermingsautoriteit.be).
    </p>
    <p className="utrecht-paragraph">Laatst bijgewerkt op 30 november 2026.</p>
  </>
);

const en = () => (
  <>
    <h1 className="utrecht-heading-1">Privacy statement</h1>
    <p className="utrecht-paragraph vvg-lead">
      This page explains which personal data VlaVirGem processes, why, how long we keep it and what rights you have. We follow the
      General Data Protection Regulation (GDPR).
    </p>
    <h2 className="utrecht-heading-2">Who is responsible?</h2>
    <p className="utrecht-paragraph">
      The VlaVirGem association, the Flemish association of ICT and information-management staff of local governments, is the
      controller. Ask our data protection officer your privacy questions through the <Link to="/contact">contact page</Link>.
    </p>
    <h2 className="utrecht-heading-2">Which data, and why?</h2>
    <ul className="utrecht-unordered-list">
      <li>
        <strong>Account:</strong> name, e-mail address, password (only as a secure hash) and the organisations and roles you work
        for, so you can log in and see the right tools (performance of the agreement).
      </li>
      <li>
        <strong>Use of the tools:</strong> what you enter yourself, such as orders, assessments, a NoITS profile or course
        progress, to deliver the service you ask for.
      </li>
      <li>
        <strong>Security:</strong> IP address, time and action at login and for decisions with legal weight (approvals, orders,
        awards), to prevent abuse and to be accountable (legal obligation and legitimate interest).
      </li>
      <li>
        <strong>Cookies:</strong> only necessary cookies: your session, your language and a one-off message after an action. We
        use no cookies for advertising or tracking, so there is no cookie banner.
      </li>
    </ul>
    <h2 className="utrecht-heading-2">How long do we keep your data?</h2>
    <p className="utrecht-paragraph">
      Account data is kept as long as you have an account. When you delete your account, we erase your personal data. Records with
      legal weight, such as orders and approvals of public contracts, are kept as long as the law requires; your name in them is
      then replaced by a pseudonym. Security logs are kept for at most one year.
    </p>
    <h2 className="utrecht-heading-2">With whom do we share data?</h2>
    <p className="utrecht-paragraph">
      Only with those who need it for the service: your own organisation, a supplier your organisation orders from, or a local
      government you explicitly want to contact in NoITS. A NoITS profile stays anonymous until you consent. We sell no data and
      process it within the European Union.
    </p>
    <h2 className="utrecht-heading-2">Your rights</h2>
    <p className="utrecht-paragraph">
      You have the right of access, rectification, erasure, restriction, portability and objection. On your account page you can
      download all your data and delete your account. For anything else, contact us.
    </p>
    <h2 className="utrecht-heading-2">Complaints</h2>
    <p className="utrecht-paragraph">
      You can lodge a complaint with the Flemish Supervisory Commission for the processing of personal data
      (toezichtcommissie.be), which supervises Flemish public bodies, or with the Belgian Data Protection Authority
      (dataprotectionauthority.be).
    </p>
    <p className="utrecht-paragraph">Last updated on 30 November 2026.</p>
  </>
);

export default function Privacy() {
  return <LocalisedPage content={{ nl, en }} />;
}
