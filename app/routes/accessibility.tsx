import { Link } from "react-router";
import { LocalisedPage } from "../components/ui/page.tsx";
import type { RouteHandle } from "../handle.ts";

export const handle: RouteHandle = { title: "page.accessibility.title", breadcrumb: "page.accessibility.title" };

const nl = () => (
  <>
    <h1 className="utrecht-heading-1">Toegankelijkheidsverklaring</h1>
    <p className="utrecht-paragraph vvg-lead">
      VlaVirGem wil dat iedereen deze website kan gebruiken, ook mensen met een beperking. Deze verklaring geldt voor het portaal
      VlaVirGem en alle tools die erop staan.
    </p>
    <h2 className="utrecht-heading-2">Nalevingsstatus</h2>
    <p className="utrecht-paragraph">
      We bouwen de website volgens de Web Content Accessibility Guidelines (WCAG) 2.2, niveau AA, zoals het Vlaamse
      bestuursdecreet en de Europese richtlijn (EU) 2016/2102 vragen. De website is <strong>gedeeltelijk conform</strong>: de
      pagina's die al klaar zijn, voldoen aan WCAG 2.2 AA, maar verschillende tools zijn nog in opbouw en zijn nog niet volledig
      getest.
    </p>
    <h2 className="utrecht-heading-2">Hoe we toegankelijkheid bewaken</h2>
    <ul className="utrecht-unordered-list">
      <li>Elke pagina wordt bij elke wijziging automatisch getest met axe-core; een pagina met een fout mag niet online.</li>
      <li>Alle functies werken met het toetsenbord alleen en zonder JavaScript.</li>
      <li>Teksten hebben een contrast van minstens 4,5:1; de website werkt vanaf 320 pixels breed en bij 400% zoom.</li>
      <li>De website is in het Nederlands en het Engels beschikbaar, in duidelijke taal.</li>
    </ul>
    <h2 className="utrecht-heading-2">Wat nog niet toegankelijk is</h2>
    <p className="utrecht-paragraph">
      Documenten die gebruikers zelf opladen (bijvoorbeeld pdf-bestanden in de bibliotheek) zijn niet altijd toegankelijk. We
      vragen auteurs toegankelijke documenten op te laden en vermelden het wanneer een document dat niet is.
    </p>
    <h2 className="utrecht-heading-2">Een probleem melden</h2>
    <p className="utrecht-paragraph">
      Loopt u ergens vast? Laat het ons weten via de <Link to="/contact">contactpagina</Link>. Vermeld de pagina en wat er
      misliep. We antwoorden binnen vijf werkdagen en zoeken samen met u een oplossing.
    </p>
    <h2 className="utrecht-heading-2">Klacht</h2>
    <p className="utrecht-paragraph">
      Bent u niet tevreden met ons antwoord? Dan kunt u terecht bij de Vlaamse Ombudsdienst, Leuvenseplein 1, 1000 Brussel, of via
      vlaamseombudsdienst.be.
    </p>
    <h2 className="utrecht-heading-2">Opstelling van deze verklaring</h2>
    <p className="utrecht-paragraph">
      Deze verklaring werd opgesteld op 30 november 2026 op basis van een zelfevaluatie met automatische tests (axe-core) en
      handmatige controle met toetsenbord en schermlezer. We herzien ze bij elke nieuwe tool en minstens één keer per jaar.
    </p>
  </>
);

const en = () => (
  <>
    <h1 className="utrecht-heading-1">Accessibility statement</h1>
    <p className="utrecht-paragraph vvg-lead">
      VlaVirGem wants everyone to be able to use this website, including people with a disability. This statement covers the
      VlaVirGem portal and all the tools on it.
    </p>
    <h2 className="utrecht-heading-2">Compliance status</h2>
    <p className="utrecht-paragraph">
      We build the website to the Web Content Accessibility Guidelines (WCAG) 2.2, level AA, as the Flemish Governance Decree and
      European Directive (EU) 2016/2102 require. The website is <strong>partially compliant</strong>: the pages that are finished
      meet WCAG 2.2 AA, but several tools are still being built and have not been fully tested.
    </p>
    <h2 className="utrecht-heading-2">How we guard accessibility</h2>
    <ul className="utrecht-unordered-list">
      <li>Every page is tested automatically with axe-core on every change; a page with an error may not go live.</li>
      <li>Every function works with the keyboard alone and without JavaScript.</li>
      <li>Text has a contrast of at least 4.5:1; the website works from 320 pixels wide and at 400% zoom.</li>
      <li>The website is available in Dutch and English, in plain language.</li>
    </ul>
    <h2 className="utrecht-heading-2">What is not accessible yet</h2>
    <p className="utrecht-paragraph">
      Documents that users upload themselves (for example PDF files in the library) are not always accessible. We ask authors to
      upload accessible documents and say so when a document is not.
    </p>
    <h2 className="utrecht-heading-2">Report a problem</h2>
    <p className="utrecht-paragraph">
      Are you stuck somewhere? Let us know through the <Link to="/contact">contact page</Link>. Mention the page and what went
      wrong. We answer within five working days and look for a solution with you.
    </p>
    <h2 className="utrecht-heading-2">Complaints</h2>
    <p className="utrecht-paragraph">
      Not satisfied with our answer? You can turn to the Flemish Ombudsman (Vlaamse Ombudsdienst), Leuvenseplein 1, 1000 Brussels,
      or vlaamseombudsdienst.be.
    </p>
    <h2 className="utrecht-heading-2">How this statement was prepared</h2>
    <p className="utrecht-paragraph">
      This statement was prepared on 30 November 2026 from a self-assessment with automated tests (axe-core) and manual checks
      with keyboard and screen reader. We review it with every new tool and at least once a year.
    </p>
  </>
);

export default function Accessibility() {
  return <LocalisedPage content={{ nl, en }} />;
}
