// Launch course "Fundamentele cybersecurity": written for VlaVirGem in plain Dutch for every
// member of staff of a local government. Each lesson is followed by a short quiz.
import type { CourseDefinition } from "../../../app/modules/learning/index.server.ts";

export const cybersecurityCourse: CourseDefinition = {
  slug: "fundamentele-cybersecurity",
  title: "Fundamentele cybersecurity",
  summary:
    "De basis van veilig digitaal werken voor elke medewerker van een lokaal bestuur: phishing herkennen, sterke wachtwoorden en MFA, updates, veilig thuiswerken, social engineering en incidenten melden.",
  format: "package",
  topic: "cybersecurity",
  level: "basic",
  audience: "everyone",
  durationMinutes: 90,
  validityMonths: 12,
  modules: [
    {
      title: "Aanvallen herkennen",
      lessons: [
        {
          title: "Phishing herkennen",
          kind: "text",
          durationMinutes: 10,
          body: `Phishing is een bericht dat zich voordoet als iets betrouwbaars, zodat u op een link klikt, een bijlage opent, gegevens invult of geld overmaakt. Het komt meestal per e-mail, maar ook via sms (smishing), telefoon (vishing), berichtenapps en QR-codes (quishing).

## Waarom lokale besturen een doelwit zijn

Een gemeente of OCMW beheert persoonsgegevens van inwoners, betaalt facturen en heeft toegang tot systemen van de Vlaamse en federale overheid. Eén gestolen wachtwoord kan een aanvaller toegang geven tot al die informatie. Aanvallers weten ook dat lokale besturen veel mails krijgen van burgers en leveranciers die ze niet kennen.

## De signalen

Let op deze signalen. Eén signaal is genoeg om even te stoppen.

- **Haast of druk**: "Uw account wordt vandaag afgesloten", "Betaal binnen 24 uur".
- **Een afzender die niet klopt**: kijk naar het volledige e-mailadres, niet alleen naar de naam. *gemeente-zoersel.be-support.com* is niet *zoersel.be*.
- **Een link die ergens anders naartoe gaat**: ga met de muis over de link (of houd hem lang ingedrukt op een smartphone) en lees het echte adres voor u klikt.
- **Een onverwachte bijlage**: vooral .zip-, .html-, .iso- of Office-bestanden die vragen om "macro's in te schakelen".
- **Vragen naar wachtwoorden of codes**: uw ICT-dienst, bank of itsme vraagt nooit uw wachtwoord of een verificatiecode per mail of telefoon.
- **Iets wat niet past**: een factuur van een leverancier waarmee u niet werkt, een pakje dat u niet verwacht, een gewijzigd rekeningnummer.

## Wat doet u?

1. Klik niet, open geen bijlage en antwoord niet.
2. Twijfelt u? Controleer via een ander kanaal: bel de afzender op een nummer dat u zelf opzoekt, niet op het nummer in het bericht.
3. Meld het bericht volgens de afspraken van uw bestuur (bijvoorbeeld met de knop "Phishing melden" of aan de ICT-dienst). Verdachte berichten kunt u ook doorsturen naar **verdacht@safeonweb.be**.
4. Hebt u toch geklikt of iets ingevuld? Meld het **meteen**. Snel melden beperkt de schade; niemand wordt gestraft omdat hij eerlijk een fout meldt.

> Onthoud: stop, kijk en controleer. Een echte afzender vindt het nooit erg dat u even controleert.`,
        },
        {
          title: "Quiz: phishing herkennen",
          kind: "quiz",
          body: "Vijf vragen over phishing. U slaagt vanaf 80 %. U mag de quiz drie keer proberen.",
          durationMinutes: 5,
          passMark: 80,
          maxAttempts: 3,
          questions: [
            {
              kind: "multiple",
              prompt: "Welke signalen wijzen op phishing?",
              lines: `* Het bericht zegt dat u binnen 24 uur moet reageren | Juist: tijdsdruk is een klassiek signaal.
* Het e-mailadres van de afzender lijkt op dat van uw bestuur, maar is net anders | Juist: kijk altijd naar het volledige adres.
De mail komt van een collega met wie u elke dag samenwerkt en gaat over een lopend dossier | Niet op zich een signaal, al kan ook het account van een collega misbruikt worden.
* U moet "macro's inschakelen" om een bijlage te lezen | Juist: zo raakt schadelijke software binnen.`,
              explanation:
                "Tijdsdruk, een afwijkend adres en een vraag om macro's in te schakelen zijn alle drie typische signalen.",
            },
            {
              kind: "single",
              prompt: 'U krijgt een sms van "itsme" met de vraag uw account te bevestigen via een link. Wat doet u?',
              lines: `Ik klik op de link en kijk of de pagina er echt uitziet | Een valse pagina ziet er vaak perfect echt uit.
* Ik klik niet, en open zo nodig zelf de app of de website die ik ken | Juist: gebruik altijd een kanaal dat u zelf kiest.
Ik antwoord op de sms met de vraag of het echt is | De oplichter antwoordt gewoon "ja".`,
              explanation:
                "Gebruik een kanaal dat u zelf kiest. Doorsturen naar verdacht@safeonweb.be helpt anderen te beschermen.",
            },
            {
              kind: "truefalse",
              prompt:
                "Als u per ongeluk op een phishinglink klikte, wacht u beter af of er echt iets misloopt voordat u het meldt.",
              answer: false,
              explanation:
                "Meld het meteen. Hoe sneller de ICT-dienst het weet, hoe beter ze een wachtwoord kan laten wijzigen of een toestel kan afsluiten.",
            },
            {
              kind: "short",
              prompt: "Naar welk e-mailadres van Safeonweb kunt u verdachte berichten doorsturen?",
              lines: "verdacht@safeonweb.be",
              explanation:
                "Safeonweb (het Centrum voor Cybersecurity België) verzamelt verdachte berichten via verdacht@safeonweb.be.",
            },
            {
              kind: "matching",
              prompt: "Koppel elke vorm van phishing aan het kanaal.",
              lines: `Smishing = sms
Vishing = telefoongesprek
Quishing = QR-code`,
              explanation: "Phishing bestaat in vele vormen; het kanaal verandert, de truc blijft dezelfde.",
            },
          ],
        },
        {
          title: "Wachtwoorden en MFA",
          kind: "text",
          durationMinutes: 10,
          body: `Een wachtwoord is de sleutel van uw digitale werkplek. Aanvallers raden zwakke wachtwoorden, proberen gelekte wachtwoorden van andere websites uit of lokken ze weg met phishing.

## Een sterk wachtwoord

- **Lang** is belangrijker dan ingewikkeld. Een wachtzin van vier of meer losse woorden, zoals *fiets-regen-koffie-toren*, is sterk en goed te onthouden.
- **Uniek**: gebruik elk wachtwoord maar voor één dienst. Lekt een webwinkel uw wachtwoord, dan blijft uw werkaccount veilig.
- **Geheim**: deel uw wachtwoord met niemand, ook niet met een collega of de ICT-dienst. Die hebben het nooit nodig.

## Een wachtwoordmanager

Niemand onthoudt tientallen unieke wachtwoorden. Een wachtwoordmanager onthoudt ze voor u en maakt sterke wachtwoorden aan. U onthoudt dan één sterke hoofdwachtzin. Gebruik op het werk de wachtwoordmanager die uw bestuur aanbiedt.

## Meervoudige authenticatie (MFA)

Met MFA hebt u naast uw wachtwoord nog iets anders nodig: een code of een melding in een app op uw smartphone, een sleutel (security key) of uw vingerafdruk. Steelt iemand uw wachtwoord, dan komt hij toch niet binnen.

Let op **MFA-moeheid**: aanvallers die uw wachtwoord hebben, sturen soms tientallen aanmeldverzoeken in de hoop dat u uit ergernis op "Goedkeuren" drukt.

- Keur **nooit** een aanmelding goed die u niet zelf startte.
- Geef een verificatiecode **nooit** door aan iemand die u opbelt of mailt.
- Krijgt u onverwachte verzoeken? Dan kent iemand waarschijnlijk uw wachtwoord: wijzig het en meld het.

> Onthoud: lange, unieke wachtwoorden in een wachtwoordmanager, en MFA overal waar het kan.`,
        },
        {
          title: "Quiz: wachtwoorden en MFA",
          kind: "quiz",
          body: "Vier vragen over wachtwoorden en MFA. U slaagt vanaf 75 %.",
          durationMinutes: 5,
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: "single",
              prompt: "Welk wachtwoord is het sterkst?",
              lines: `Zoersel2026! | Kort en voorspelbaar: een gemeentenaam met een jaartal wordt snel geraden.
P@ssw0rd | Een van de meest gebruikte wachtwoorden ter wereld.
* tram-paraplu-wortel-zomer | Juist: lang, willekeurig en toch te onthouden.`,
            },
            {
              kind: "truefalse",
              prompt: "De ICT-dienst kan u vragen uw wachtwoord door te geven om een probleem op te lossen.",
              answer: false,
              explanation: "De ICT-dienst heeft uw wachtwoord nooit nodig. Wie erom vraagt, is vrijwel zeker een oplichter.",
            },
            {
              kind: "single",
              prompt:
                "Uw smartphone toont 's avonds plots drie aanmeldverzoeken voor uw werkaccount. U bent niet aan het werk. Wat doet u?",
              lines: `Ik keur ze goed, want dan stoppen de meldingen | Dan laat u de aanvaller binnen.
* Ik weiger ze, wijzig mijn wachtwoord en meld het aan de ICT-dienst | Juist: iemand kent waarschijnlijk uw wachtwoord.
Ik negeer ze en kijk morgen wel | Zo krijgt de aanvaller tijd.`,
            },
            {
              kind: "multiple",
              prompt: "Wat maakt uw accounts veiliger?",
              lines: `* Een wachtwoordmanager gebruiken
* MFA aanzetten
Hetzelfde sterke wachtwoord voor al uw accounts gebruiken | Als één dienst lekt, liggen dan al uw accounts open.
* Voor elke dienst een ander wachtwoord`,
            },
          ],
        },
        {
          title: "Updates installeren",
          kind: "text",
          durationMinutes: 8,
          body: `Software bevat fouten. Sommige fouten laten een aanvaller toe een toestel over te nemen. Leveranciers dichten die gaten met **updates** (ook *patches* genoemd). Zodra een update verschijnt, weten ook aanvallers welk gat ze kunnen misbruiken: wie niet bijwerkt, blijft kwetsbaar.

## Wat betekent dat voor u?

- **Herstart uw computer** als daarom gevraagd wordt. Veel updates worden pas actief na een herstart. Stel het niet dagen uit.
- **Zet uw laptop of pc niet altijd in slaapstand**: sluit hem geregeld af, zodat updates kunnen worden geïnstalleerd.
- **Werk uw smartphone en tablet bij**, ook als u ze privé én voor het werk gebruikt. Installeer apps alleen uit de officiële winkel.
- **Installeer zelf geen software** op een werktoestel. Hebt u een programma nodig, vraag het aan de ICT-dienst.
- **Let op valse updates**: een pop-up op een website die zegt dat u "uw browser moet bijwerken" is vaak een val. Echte updates komen van het systeem zelf of van de ICT-dienst.

## Toestellen die geen updates meer krijgen

Een toestel of programma dat geen updates meer krijgt (*end of life*), blijft voor altijd kwetsbaar. Ziet u zo'n toestel in gebruik, bijvoorbeeld een oude pc aan een meetapparaat of een oude router, meld het dan aan de ICT-dienst.

> Onthoud: updates zijn geen last maar een slot op de deur. Herstart als het gevraagd wordt.`,
        },
        {
          title: "Quiz: updates",
          kind: "quiz",
          body: "Drie vragen over updates. U slaagt vanaf 67 %.",
          durationMinutes: 3,
          passMark: 67,
          maxAttempts: null,
          questions: [
            {
              kind: "truefalse",
              prompt: "Een update wordt vaak pas actief nadat u de computer opnieuw opstart.",
              answer: true,
            },
            {
              kind: "single",
              prompt: 'Een website toont een melding: "Uw browser is verouderd. Download hier de update." Wat doet u?',
              lines: `Ik download de update via de knop | Zo installeert u mogelijk schadelijke software.
* Ik sluit de pagina en laat updates over aan het systeem of de ICT-dienst | Juist.`,
            },
            {
              kind: "single",
              prompt: "Waarom is snel bijwerken belangrijk?",
              lines: `Omdat updates de computer sneller maken | Soms, maar dat is niet de reden.
* Omdat aanvallers na een update weten welk gat ze kunnen misbruiken bij wie niet bijwerkt | Juist.
Omdat de leverancier het anders niet meer ondersteunt | Niet de kern van de zaak.`,
            },
          ],
        },
      ],
    },
    {
      title: "Veilig werken, thuis en op kantoor",
      lessons: [
        {
          title: "Veilig thuiswerken",
          kind: "text",
          durationMinutes: 10,
          body: `Thuis of onderweg werken is handig, maar uw werkplek is dan ook minder beschermd dan op kantoor.

## Uw toestel

- Werk op het **toestel van uw bestuur**. Een privécomputer heeft niet dezelfde beveiliging en wordt ook door anderen gebruikt.
- **Vergrendel uw scherm** als u wegloopt (Windows-toets + L), ook thuis.
- Laat huisgenoten of kinderen niet op uw werktoestel werken.

## Uw verbinding

- Beveilig uw **wifi thuis** met een sterk wachtwoord en wijzig het standaardwachtwoord van uw router.
- Gebruik op openbare wifi (trein, café) de **VPN** of de beveiligde verbinding die uw bestuur voorziet, of de hotspot van uw smartphone.

## Informatie

- Bewaar werkbestanden in de **omgeving van uw bestuur** (bijvoorbeeld het netwerk of de cloudopslag van het werk), niet op een usb-stick of in uw privémailbox.
- Let op wie meekijkt of meeluistert, zeker bij **vertrouwelijke gesprekken** over burgers of personeel. Gebruik een hoofdtelefoon.
- Drukt u af? Laat geen vertrouwelijke papieren rondslingeren en vernietig ze veilig.

## Verlies of diefstal

Bent u een laptop, smartphone of badge kwijt? **Meld het meteen** aan de ICT-dienst, ook buiten de kantooruren als daar een nummer voor is. Dan kan het toestel op afstand worden vergrendeld of gewist.

> Onthoud: uw werkplek reist mee. Neem de beveiliging ook mee.`,
        },
        {
          title: "Quiz: veilig thuiswerken",
          kind: "quiz",
          body: "Vier vragen over thuiswerken. U slaagt vanaf 75 %.",
          durationMinutes: 4,
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: "single",
              prompt: "U werkt in de trein en wilt inloggen op het netwerk van uw bestuur. Wat is de veiligste keuze?",
              lines: `De gratis wifi van de trein zonder meer gebruiken | Op open wifi kan iemand meekijken.
* De VPN van uw bestuur of de hotspot van uw eigen smartphone | Juist.
Een wifi-netwerk met een naam die op die van uw bestuur lijkt | Zo'n naam kan iedereen instellen.`,
            },
            {
              kind: "truefalse",
              prompt: "Thuis hoeft u uw scherm niet te vergrendelen als u even wegloopt.",
              answer: false,
              explanation: "Ook thuis kunnen anderen meekijken of per ongeluk iets doen op uw werktoestel.",
            },
            {
              kind: "multiple",
              prompt: "Waar bewaart u een werkdocument met persoonsgegevens van inwoners?",
              lines: `* In de cloudopslag of op het netwerk van uw bestuur
Op een usb-stick, zodat u het overal bij hebt | Een stick raakt makkelijk kwijt.
In uw privémailbox, als reservekopie | Daar heeft uw bestuur er geen zicht en geen controle op.`,
            },
            {
              kind: "short",
              prompt: "Welke toetsencombinatie vergrendelt uw scherm in Windows? (Schrijf bijvoorbeeld: Windows + X)",
              lines: `Windows + L
Windows+L
Win + L
Win+L
Windowstoets + L`,
              explanation: "Windows-toets + L vergrendelt het scherm meteen.",
            },
          ],
        },
        {
          title: "Social engineering",
          kind: "text",
          durationMinutes: 10,
          body: `Bij social engineering misbruikt een aanvaller niet de techniek, maar **menselijk gedrag**: behulpzaamheid, respect voor gezag, nieuwsgierigheid of angst. Phishing is de bekendste vorm, maar er zijn er meer.

## Voorbeelden

- **De valse helpdesk**: iemand belt "van de ICT-dienst" of "van Microsoft" en vraagt u een programma te installeren zodat hij kan "meekijken". Zo neemt hij uw computer over.
- **CEO-fraude**: een mail of bericht "van de algemeen directeur of de burgemeester" vraagt dringend en in het geheim een betaling uit te voeren.
- **Een gewijzigd rekeningnummer**: een "leverancier" meldt dat zijn rekeningnummer veranderd is. De volgende facturen gaan naar de oplichter.
- **Meelopen (tailgating)**: iemand zonder badge loopt vlak achter u mee door een beveiligde deur, met de handen vol dozen.
- **De gevonden usb-stick**: een stick met het label "Lonen 2026" op de parking. Wie hem insteekt, installeert mogelijk schadelijke software.

## Hoe beschermt u zich?

1. **Controleer via een ander kanaal.** Bel terug op een nummer dat u zelf opzoekt, of vraag het na bij een collega.
2. **Volg de procedure**, ook als iemand met gezag aandringt. Een echte leidinggevende begrijpt dat. Een wijziging van een rekeningnummer wordt altijd gecontroleerd volgens de vaste procedure.
3. **Geef niet meer informatie dan nodig.** Aanvallers verzamelen stukjes informatie (namen, functies, afwezigheden) om geloofwaardiger te worden. Ook wat u op sociale media zet, kan daarbij helpen.
4. **Spreek onbekenden vriendelijk aan** in gebouwen die niet voor het publiek open zijn, en begeleid bezoekers.

> Onthoud: druk, geheimhouding en haast zijn alarmsignalen. Neem de tijd en controleer.`,
        },
        {
          title: "Quiz: social engineering",
          kind: "quiz",
          body: "Vier vragen over social engineering. U slaagt vanaf 75 %.",
          durationMinutes: 4,
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: "single",
              prompt:
                'U krijgt een mail van de "algemeen directeur": hij zit in een vergadering, er moet vandaag discreet een bedrag betaald worden aan een nieuwe partner. Wat doet u?',
              lines: `Ik betaal, want het is de algemeen directeur | Dit is het klassieke scenario van CEO-fraude.
* Ik controleer het via een ander kanaal en volg de gewone betaalprocedure | Juist: geheimhouding en haast zijn alarmsignalen.
Ik antwoord op de mail met de vraag om een bevestiging | De oplichter bevestigt dan gewoon.`,
            },
            {
              kind: "truefalse",
              prompt: "Een usb-stick die u op de parking vindt, steekt u best in uw pc om te zien van wie hij is.",
              answer: false,
              explanation: "Geef gevonden sticks af aan de ICT-dienst zonder ze in te steken.",
            },
            {
              kind: "matching",
              prompt: "Koppel elke techniek aan het voorbeeld.",
              lines: `Tailgating = meelopen door een beveiligde deur
CEO-fraude = dringende betaling op vraag van een zogenaamde leidinggevende
Valse helpdesk = telefoon van iemand die op afstand wil meekijken`,
            },
            {
              kind: "multiple",
              prompt: "Op welke menselijke eigenschappen speelt social engineering in?",
              lines: `* Behulpzaamheid
* Respect voor gezag
* Angst of tijdsdruk
Technische kennis | Social engineering richt zich net op gedrag, niet op techniek.`,
            },
          ],
        },
        {
          title: "Incidenten melden",
          kind: "text",
          durationMinutes: 8,
          body: `Een **beveiligingsincident** is alles wat de vertrouwelijkheid, de juistheid of de beschikbaarheid van informatie in gevaar brengt. Bijvoorbeeld:

- u klikte op een phishinglink of vulde uw wachtwoord in op een valse pagina;
- uw laptop, smartphone, badge of een map met dossiers is kwijt of gestolen;
- u stuurde een mail met persoonsgegevens naar de verkeerde persoon;
- uw computer gedraagt zich vreemd, bestanden zijn plots onleesbaar of er verschijnt een losgeldbericht;
- u merkt dat iemand toegang heeft tot gegevens die hij niet hoort te zien.

## Meld meteen, ook bij twijfel

Meld het **zo snel mogelijk** via het kanaal van uw bestuur: de ICT-dienst of servicedesk, en de informatieveiligheidsconsulent of de functionaris voor gegevensbescherming. Vertel wat er gebeurde, wanneer, en wat u al deed.

Bij een **datalek** (persoonsgegevens die in verkeerde handen kunnen komen) telt de tijd: uw bestuur moet een ernstig datalek binnen **72 uur** melden aan de toezichthouder. Voor Vlaamse lokale besturen is dat de Vlaamse Toezichtcommissie. Bij ernstige cyberincidenten kan uw bestuur ook hulp krijgen van het Cyber Response Team van Digitaal Vlaanderen en het Centrum voor Cybersecurity België.

## Wat doet u niet?

- Het incident verzwijgen of zelf proberen op te lossen.
- Bewijs wissen, zoals de verdachte mail verwijderen voordat de ICT-dienst ze zag.
- Bij een losgeldbericht zelf contact opnemen met de afpersers of betalen.

Zet een besmette computer niet zomaar uit: volg de instructies van de ICT-dienst. Vaak is het beter de netwerkkabel uit te trekken of wifi uit te zetten.

> Onthoud: wie snel meldt, helpt. Een melding is nooit lastig en nooit te laat.`,
        },
        {
          title: "Quiz: incidenten melden",
          kind: "quiz",
          body: "Vier vragen over incidenten melden. U slaagt vanaf 75 %.",
          durationMinutes: 4,
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: "multiple",
              prompt: "Welke situaties zijn een beveiligingsincident?",
              lines: `* U stuurde een lijst met adressen van inwoners naar de verkeerde persoon
* Uw dienstsmartphone is gestolen
* U vulde uw wachtwoord in op een pagina die vals bleek
Uw collega is ziek en u neemt een dossier over volgens de afspraken | Dat is gewone werking, geen incident.`,
            },
            {
              kind: "single",
              prompt: "Binnen welke termijn moet een bestuur een ernstig datalek melden aan de toezichthouder?",
              lines: `24 uur
* 72 uur
Zeven dagen
Dertig dagen`,
              explanation: "De AVG geeft 72 uur. Daarom is het zo belangrijk dat u het meteen intern meldt.",
            },
            {
              kind: "truefalse",
              prompt:
                "Verschijnt er een losgeldbericht op uw scherm, dan neemt u best zelf contact op met de afpersers om tijd te winnen.",
              answer: false,
              explanation:
                "Verbreek de netwerkverbinding als de ICT-dienst dat vraagt en meld het meteen; neem nooit zelf contact op.",
            },
            {
              kind: "single",
              prompt: "U twijfelt of iets een incident is. Wat doet u?",
              lines: `Ik wacht tot ik het zeker weet | Dan gaat kostbare tijd verloren.
* Ik meld het toch; de ICT-dienst beoordeelt het | Juist: bij twijfel altijd melden.`,
            },
          ],
        },
      ],
    },
  ],
};

/** A single lesson offered on its own. */
export const lostDeviceLesson: CourseDefinition = {
  slug: "toestel-kwijt",
  title: "Toestel kwijt of gestolen: wat nu?",
  summary: "Een korte losse les: wat u meteen doet als uw laptop, smartphone of badge van het werk kwijt of gestolen is.",
  format: "single",
  topic: "cybersecurity",
  level: "basic",
  audience: "everyone",
  durationMinutes: 5,
  validityMonths: null,
  modules: [
    {
      title: "Toestel kwijt of gestolen",
      lessons: [
        {
          title: "Toestel kwijt of gestolen: wat nu?",
          kind: "text",
          durationMinutes: 5,
          body: `Een verloren laptop of smartphone is niet alleen een toestel dat vervangen moet worden. Er staan mails, documenten en toegang tot systemen op.

## Doe dit meteen

1. **Meld het aan de ICT-dienst**, ook 's avonds of in het weekend als er een noodnummer is. De ICT-dienst kan het toestel op afstand vergrendelen of wissen en uw sessies afsluiten.
2. **Wijzig uw wachtwoord** als de ICT-dienst dat vraagt, vanaf een ander vertrouwd toestel.
3. **Meld een diefstal bij de politie** en bezorg het nummer van de aangifte aan uw bestuur.
4. **Meld het verlies van een badge** aan de dienst die de toegang tot de gebouwen beheert.

## Waarom zo snel?

Hoe langer een toestel onbeheerd rondzwerft, hoe groter de kans dat iemand er gegevens uit haalt. Stonden er persoonsgegevens op, dan kan het om een datalek gaan: uw bestuur heeft dan maar 72 uur om te beslissen of het gemeld moet worden.

> Onthoud: eerst melden, dan zoeken.`,
        },
      ],
    },
  ],
};
