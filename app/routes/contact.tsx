import { Link } from "react-router";
import { LocalisedPage } from "../components/ui/page.tsx";
import type { RouteHandle } from "../handle.ts";

export const handle: RouteHandle = { title: "page.contact.title", breadcrumb: "page.contact.title" };

const nl = () => (
  <>
    <h1 className="utrecht-heading-1">Contact</h1>
    <p className="utrecht-paragraph vvg-lead">
      Hebt u een vraag over VlaVirGem, een van de tools of uw account? We helpen u graag.
    </p>
    <h2 className="utrecht-heading-2">Algemene vragen en ondersteuning</h2>
    <p className="utrecht-paragraph">
      Mail naar <a href="mailto:info@vlavirgem.be">info@vlavirgem.be</a>. We antwoorden binnen vijf werkdagen. Vermeld bij een
      probleem de pagina, wat u deed en, als u een foutpagina kreeg, de code die daarop stond.
    </p>
    <h2 className="utrecht-heading-2">Privacy en gegevensbescherming</h2>
    <p className="utrecht-paragraph">
      Vragen over uw gegevens of over uw rechten stuurt u naar <a href="mailto:privacy@vlavirgem.be">privacy@vlavirgem.be</a>.
      Lees ook onze <Link to="/privacy">privacyverklaring</Link>.
    </p>
    <h2 className="utrecht-heading-2">Een beveiligingsprobleem melden</h2>
    <p className="utrecht-paragraph">
      Vond u een kwetsbaarheid? Meld ze vertrouwelijk aan <a href="mailto:security@vlavirgem.be">security@vlavirgem.be</a>. We
      bevestigen uw melding binnen drie werkdagen.
    </p>
    <h2 className="utrecht-heading-2">Toegankelijkheid</h2>
    <p className="utrecht-paragraph">
      Kunt u iets op deze website niet gebruiken? Lees de <Link to="/toegankelijkheid">toegankelijkheidsverklaring</Link> en laat
      het ons weten via info@vlavirgem.be.
    </p>
  </>
);

const en = () => (
  <>
    <h1 className="utrecht-heading-1">Contact</h1>
    <p className="utrecht-paragraph vvg-lead">
      Do you have a question about VlaVirGem, one of the tools or your account? We are happy to help.
    </p>
    <h2 className="utrecht-heading-2">General questions and support</h2>
    <p className="utrecht-paragraph">
      E-mail <a href="mailto:info@vlavirgem.be">info@vlavirgem.be</a>. We answer within five working days. When reporting a
      problem, mention the page, what you did and, if you saw an error page, the code it showed.
    </p>
    <h2 className="utrecht-heading-2">Privacy and data protection</h2>
    <p className="utrecht-paragraph">
      Send questions about your data or your rights to <a href="mailto:privacy@vlavirgem.be">privacy@vlavirgem.be</a>. See also
      our <Link to="/privacy">privacy statement</Link>.
    </p>
    <h2 className="utrecht-heading-2">Report a security problem</h2>
    <p className="utrecht-paragraph">
      Found a vulnerability? Report it confidentially to <a href="mailto:security@vlavirgem.be">security@vlavirgem.be</a>. We
      confirm your report within three working days.
    </p>
    <h2 className="utrecht-heading-2">Accessibility</h2>
    <p className="utrecht-paragraph">
      Is there something on this website you cannot use? Read the <Link to="/toegankelijkheid">accessibility statement</Link> and
      let us know at info@vlavirgem.be.
    </p>
  </>
);

export default function Contact() {
  return <LocalisedPage content={{ nl, en }} />;
}
