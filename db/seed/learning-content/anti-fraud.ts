// Launch course "Anti-fraude professional": written for VlaVirGem in plain Dutch for staff of
// local governments who handle money, purchases, permits or personnel files.
import type { CourseDefinition } from "../../../app/modules/learning/index.server.ts";

export const antiFraudCourse: CourseDefinition = {
  slug: "anti-fraude-professional",
  title: "Anti-fraude professional",
  summary:
    "Fraude herkennen, begrijpen waarom mensen fraude plegen (de fraudedriehoek), interne controle die werkt, vermoedens melden met de bescherming van de klokkenluidersregels, en leren uit casussen.",
  format: "package",
  topic: "fraud",
  level: "advanced",
  audience: "finance",
  durationMinutes: 120,
  validityMonths: 24,
  modules: [
    {
      title: "Fraude begrijpen",
      lessons: [
        {
          title: "Fraude herkennen",
          kind: "text",
          durationMinutes: 12,
          body: `**Fraude** is opzettelijk bedrog om er zelf (of voor een ander) beter van te worden, ten koste van de organisatie of de samenleving. Het verschil met een fout is de **opzet**: een fout gebeurt per ongeluk, fraude is bewust.

## Vormen die lokale besturen kennen

- **Valse of opgeblazen facturen**: betalen voor leveringen die nooit gebeurden, of voor meer dan geleverd werd.
- **Betalingsfraude van buitenaf**: een "leverancier" geeft een nieuw rekeningnummer door, of een zogenaamde leidinggevende vraagt een dringende betaling (CEO-fraude).
- **Fraude bij overheidsopdrachten**: opdrachten opsplitsen om onder een drempel te blijven, afspraken tussen inschrijvers, een bestek dat op maat van één firma geschreven is.
- **Belangenconflicten**: een medewerker beslist mee over een vergunning, subsidie of opdracht waarbij hij of een familielid een persoonlijk belang heeft.
- **Misbruik van middelen**: onkostennota's voor privé-uitgaven, tankkaarten, materiaal of werkuren voor privédoeleinden.
- **Fraude met uitkeringen en tegemoetkomingen**: valse verklaringen om steun te krijgen waar men geen recht op heeft.
- **Misbruik van gegevens**: persoonsgegevens van inwoners raadplegen of doorgeven zonder dat het werk dat vraagt.

## Rode vlaggen

Eén rode vlag bewijst niets, maar verdient aandacht:

- documenten die ontbreken, gewijzigd zijn of alleen als kopie bestaan;
- een leverancier die nergens anders bekend is, of een adres dat een privéwoning is;
- bedragen net onder een goedkeuringsdrempel, of veel ronde bedragen;
- een medewerker die nooit verlof neemt en zijn taken aan niemand wil overlaten;
- druk om een procedure over te slaan "omdat het dringend is";
- een levensstijl die niet past bij het inkomen.

> Onthoud: fraude is opzet. Rode vlaggen zijn een reden om te kijken, niet om te beschuldigen.`,
        },
        {
          title: "Quiz: fraude herkennen",
          kind: "quiz",
          body: "Vier vragen. U slaagt vanaf 75 %.",
          durationMinutes: 5,
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: "single",
              prompt: "Wat onderscheidt fraude van een vergissing?",
              lines: `Het bedrag | Ook een grote fout is geen fraude.
* De opzet om te bedriegen | Juist: fraude is bewust.
Of er een klacht komt | Fraude blijft fraude, ook zonder klacht.`,
            },
            {
              kind: "multiple",
              prompt: "Welke zijn rode vlaggen bij facturen?",
              lines: `* Verschillende facturen net onder de goedkeuringsdrempel
* Een leverancier met als adres een privéwoning die niemand kent
* Een plots gewijzigd rekeningnummer
Een factuur met een correcte bestelbon en leveringsbon | Dat is net hoe het hoort.`,
            },
            {
              kind: "truefalse",
              prompt: "Eén rode vlag is voldoende bewijs dat er fraude gepleegd is.",
              answer: false,
              explanation: "Een rode vlag is een reden om beter te kijken, geen bewijs.",
            },
            {
              kind: "matching",
              prompt: "Koppel de vorm van fraude aan het voorbeeld.",
              lines: `Opsplitsen van opdrachten = drie bestellingen van 14 000 euro in plaats van één van 42 000 euro
Belangenconflict = een ambtenaar beoordeelt de vergunning van zijn schoonbroer
Misbruik van middelen = een tankkaart van de dienst gebruiken voor de privéwagen`,
            },
          ],
        },
        {
          title: "De fraudedriehoek",
          kind: "text",
          durationMinutes: 10,
          body: `Waarom pleegt iemand die jaren eerlijk werkte plots fraude? De criminoloog Donald Cressey onderzocht het en beschreef drie voorwaarden die bijna altijd samen aanwezig zijn: de **fraudedriehoek**.

## 1. Druk (motief)

Iemand voelt een probleem dat hij niet kan of durft te delen: schulden, een verslaving, hoge kosten in het gezin, of druk om doelen te halen. De druk zelf is vaak niet zichtbaar voor collega's.

## 2. Gelegenheid

Iemand ziet een manier om het probleem op te lossen met de middelen van de organisatie, en verwacht niet betrapt te worden. Gelegenheid ontstaat door zwakke controle: één persoon die alles alleen doet, geen tweede handtekening, geen nazicht achteraf.

## 3. Rationalisatie

Iemand praat zijn gedrag goed voor zichzelf: "Ik leen het maar even", "Ik word hier toch onderbetaald", "Iedereen doet het", "Niemand lijdt er schade door".

## Wat kan een organisatie doen?

Op **druk** heeft een organisatie weinig greep, al helpen een goede vertrouwenspersoon en aandacht voor welzijn. Op **rationalisatie** werken een duidelijke deontologische code, voorbeeldgedrag van leidinggevenden en een open cultuur waarin integriteit bespreekbaar is.

Op **gelegenheid** heeft de organisatie de meeste invloed. Daarom is **interne controle** het sterkste middel tegen fraude: ze neemt de gelegenheid weg en vergroot de kans dat fraude ontdekt wordt.

> Onthoud: druk, gelegenheid, rationalisatie. De organisatie heeft het meeste grip op de gelegenheid.`,
        },
        {
          title: "Quiz: de fraudedriehoek",
          kind: "quiz",
          body: "Drie vragen. U slaagt vanaf 67 %.",
          durationMinutes: 4,
          passMark: 67,
          maxAttempts: 3,
          questions: [
            {
              kind: "matching",
              prompt: "Koppel elke uitspraak aan de hoek van de fraudedriehoek.",
              lines: `"Ik heb dringend geld nodig en kan het aan niemand vertellen." = Druk
"Niemand controleert die onkostennota's ooit." = Gelegenheid
"Ik leen het alleen maar, ik betaal het later terug." = Rationalisatie`,
            },
            {
              kind: "single",
              prompt: "Op welke hoek van de driehoek heeft een organisatie de meeste invloed?",
              lines: `Druk
* Gelegenheid | Juist: met interne controle neemt u de gelegenheid weg.
Rationalisatie`,
            },
            {
              kind: "short",
              prompt: "Hoe heet de criminoloog die de fraudedriehoek beschreef? (achternaam)",
              lines: `Cressey
Donald Cressey`,
            },
          ],
        },
      ],
    },
    {
      title: "Voorkomen, melden en leren",
      lessons: [
        {
          title: "Interne controle",
          kind: "text",
          durationMinutes: 12,
          body: `**Interne controle** (in het Decreet over het lokaal bestuur: het *organisatiebeheersingssysteem*) is het geheel van maatregelen dat ervoor zorgt dat een bestuur zijn doelen haalt, de regels volgt, betrouwbare informatie heeft en zijn middelen beschermt. De algemeen directeur is er verantwoordelijk voor, maar iedereen draagt bij.

## Maatregelen die fraude moeilijk maken

- **Functiescheiding**: wie een bestelling plaatst, keurt de factuur niet zelf goed en betaalt ze niet zelf uit. Geen enkele persoon beheert een proces van begin tot einde.
- **Vier-ogenprincipe**: een tweede persoon kijkt na en tekent mee bij belangrijke beslissingen en betalingen.
- **Toegangsrechten**: iedereen heeft in de systemen alleen de rechten die hij voor zijn taak nodig heeft; rechten worden ingetrokken bij een verandering van functie of vertrek.
- **Vaste procedures voor gevoelige wijzigingen**: een nieuw rekeningnummer van een leverancier wordt altijd gecontroleerd via een gekend contact, nooit via de gegevens in het verzoek zelf.
- **Controle achteraf**: steekproeven, afstemmingen (bijvoorbeeld van kas en bank) en analyses van betalingen.
- **Rotatie en verlof**: wie verlof neemt en zijn taken laat overnemen, maakt verborgen fraude zichtbaar.
- **Belangen melden**: medewerkers en mandatarissen melden een mogelijk belangenconflict en nemen niet deel aan die beslissing.

## Controle en vertrouwen

Interne controle is geen wantrouwen tegenover collega's. Ze beschermt ook eerlijke medewerkers: wie volgens de procedure werkt, kan aantonen dat hij correct handelde. Een controle die niemand uitvoert, of die iedereen "voor één keer" overslaat, beschermt niet.

> Onthoud: functiescheiding, vier ogen, juiste toegangsrechten en controle achteraf. En: sla een controle nooit over omdat het dringend is.`,
        },
        {
          title: "Quiz: interne controle",
          kind: "quiz",
          body: "Vier vragen. U slaagt vanaf 75 %.",
          durationMinutes: 5,
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: "single",
              prompt: "Wat is functiescheiding?",
              lines: `Elke dienst heeft zijn eigen budget
* Niemand voert een gevoelig proces alleen uit van begin tot einde, zoals bestellen, goedkeuren en betalen | Juist.
Elke medewerker heeft een eigen functiebeschrijving`,
            },
            {
              kind: "single",
              prompt: "Een leverancier mailt een nieuw rekeningnummer. Hoe controleert u dat?",
              lines: `Ik antwoord op de mail en vraag een bevestiging | Een oplichter bevestigt gewoon.
Ik bel het nummer dat in de mail staat | Dat nummer kan van de oplichter zijn.
* Ik bel de leverancier op een nummer dat we al kenden, en volg de procedure voor wijzigingen | Juist.`,
            },
            {
              kind: "multiple",
              prompt: "Welke maatregelen zijn interne controle?",
              lines: `* Het vier-ogenprincipe bij betalingen
* Toegangsrechten intrekken als iemand van functie verandert
* Een steekproef op onkostennota's
Een controle overslaan omdat de betaling dringend is | Net dan is de controle nodig.`,
            },
            {
              kind: "truefalse",
              prompt:
                "Volgens het Decreet over het lokaal bestuur is de algemeen directeur verantwoordelijk voor het organisatiebeheersingssysteem.",
              answer: true,
            },
          ],
        },
        {
          title: "Melden en klokkenluiders",
          kind: "text",
          durationMinutes: 12,
          body: `Wie een vermoeden van fraude heeft, twijfelt vaak: "Misschien vergis ik me", "Ik wil geen collega beschuldigen", "Wat als het zich tegen mij keert?". Die twijfel is begrijpelijk. Daarom bestaan er duidelijke meldkanalen en beschermt de wet wie te goeder trouw meldt.

## Wat doet u bij een vermoeden?

1. **Schrijf op wat u zag**: wat, wanneer, welke documenten. Blijf bij de feiten.
2. **Ga niet zelf op onderzoek**: kopieer geen dossiers waar u geen toegang toe hebt, confronteer niemand en waarschuw niemand.
3. **Meld het** via een van de kanalen hieronder.

## De meldkanalen

- **Intern**: uw leidinggevende, de algemeen directeur, de vertrouwenspersoon of het interne meldpunt voor integriteitsschendingen van uw bestuur. Lees de integriteits- of klokkenluidersregeling van uw eigen bestuur: daar staat wie uw meldpunt is en hoe een melding verloopt.
- **Extern**: de Europese klokkenluidersrichtlijn (2019/1937) werd in België en in Vlaanderen omgezet in wetten en decreten. Voor medewerkers van Vlaamse overheidsdiensten en lokale besturen is de **Vlaamse Ombudsdienst** het externe meldkanaal. U mag ook meteen extern melden, bijvoorbeeld als u vreest dat een interne melding niets uithaalt of tegen u gebruikt wordt.
- Gaat het om een misdrijf, dan kan het ook bij de politie of het parket terechtkomen. Audit Vlaanderen kan forensische audits uitvoeren bij lokale besturen.

## Uw bescherming, in grote lijnen

- Uw **identiteit blijft vertrouwelijk**: wie uw melding behandelt, geeft uw naam niet zonder uw toestemming door, behalve waar de wet dat oplegt.
- **Represailles zijn verboden**: u mag niet ontslagen, overgeplaatst, slechter beoordeeld of gepest worden omdat u meldde.
- U bent beschermd als u **redelijke gronden** had om te denken dat de informatie klopte, ook als het vermoeden achteraf niet bevestigd wordt. Wie bewust valse meldingen doet, is niet beschermd.

> Onthoud: noteer de feiten, onderzoek niet zelf, en meld via een intern of extern kanaal. Wie te goeder trouw meldt, is beschermd.`,
        },
        {
          title: "Quiz: melden en klokkenluiders",
          kind: "quiz",
          body: "Vier vragen. U slaagt vanaf 75 %.",
          durationMinutes: 5,
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: "single",
              prompt: "U vermoedt dat een collega valse onkostennota's indient. Wat doet u eerst?",
              lines: `Ik spreek de collega erop aan | Zo kan bewijs verdwijnen en komt u zelf in een lastige positie.
Ik kopieer zijn dossiers om bewijs te verzamelen | Ga niet zelf op onderzoek.
* Ik noteer de feiten en meld het via een meldkanaal | Juist.`,
            },
            {
              kind: "single",
              prompt: "Wat is voor medewerkers van Vlaamse lokale besturen het externe meldkanaal voor klokkenluiders?",
              lines: `De gemeenteraad
* De Vlaamse Ombudsdienst
De pers`,
            },
            {
              kind: "truefalse",
              prompt: "Wie te goeder trouw meldt, blijft beschermd als het vermoeden achteraf niet bevestigd wordt.",
              answer: true,
              explanation: "U moest wel redelijke gronden hebben om te denken dat de informatie klopte.",
            },
            {
              kind: "multiple",
              prompt: "Wat houdt de bescherming van een klokkenluider in?",
              lines: `* Zijn identiteit blijft vertrouwelijk
* Hij mag niet benadeeld worden omdat hij meldde
Hij mag zelf dossiers doorzoeken waartoe hij geen toegang heeft | Dat valt niet onder de bescherming.
Ook bewust valse meldingen zijn beschermd | Nee.`,
            },
          ],
        },
        {
          title: "Casussen",
          kind: "text",
          durationMinutes: 15,
          body: `Drie situaties zoals ze in lokale besturen voorkomen. Lees ze en denk na over de vragen voor u verder leest.

## Casus 1: het nieuwe rekeningnummer

De financiële dienst krijgt een mail van een vaste aannemer, met zijn logo en handtekening: de firma is van bank veranderd, de openstaande factuur van 86 000 euro moet naar een nieuw rekeningnummer. De mail komt van een adres dat op één letter na gelijk is aan het gekende adres. Een medewerker past het nummer aan; niemand anders kijkt mee.

**Wat liep er mis?** De wijziging werd niet gecontroleerd via een gekend contact en er was geen tweede persoon die de wijziging nakeek. Dit is betalingsfraude van buitenaf: de aanvaller misbruikt een ontbrekende controle, de gelegenheid uit de fraudedriehoek.

**Wat had geholpen?** Een vaste procedure: elke wijziging van bankgegevens wordt telefonisch bevestigd op een nummer uit het eigen dossier en door een tweede persoon goedgekeurd.

## Casus 2: drie bestellingen

Een diensthoofd bestelt in twee maanden drie keer bij dezelfde firma voor telkens iets minder dan het bedrag waarboven een vergelijking van offertes verplicht is. De zaakvoerder van de firma blijkt een goede vriend.

**Wat liep er mis?** De opdracht werd opgesplitst om onder een drempel te blijven, en er was een niet gemeld belangenconflict.

**Wat had geholpen?** Een analyse van bestellingen per leverancier over een periode, en de plicht om een mogelijk belangenconflict te melden en niet mee te beslissen.

## Casus 3: de collega die nooit verlof neemt

Een medewerker beheert al jaren alleen de kas van het zwembad. Ze neemt zelden verlof en laat niemand haar taken overnemen. Tijdens haar ziekte neemt een collega over en ziet dat de kasstand en de tickets niet overeenkomen.

**Wat liep er mis?** Er was geen functiescheiding en geen rotatie; controle achteraf ontbrak.

**Wat had geholpen?** Dagelijkse afstemming van kas en verkochte tickets door een tweede persoon, en verplichte vervanging tijdens verlof.

> Onthoud: in bijna elke casus ontbrak een eenvoudige controle. Vraag u bij uw eigen werk af: wie kijkt mee?`,
        },
        {
          title: "Quiz: casussen",
          kind: "quiz",
          body: "Vier vragen over de casussen. U slaagt vanaf 75 %.",
          durationMinutes: 5,
          passMark: 75,
          maxAttempts: 3,
          questions: [
            {
              kind: "single",
              prompt: "Welke maatregel had casus 1 (het nieuwe rekeningnummer) het best voorkomen?",
              lines: `Een betere spamfilter | Helpt, maar een goed nagemaakte mail raakt er soms door.
* Wijzigingen van bankgegevens altijd bevestigen via een gekend contact, met een tweede persoon die goedkeurt | Juist.
De factuur sneller betalen | Nee.`,
            },
            {
              kind: "matching",
              prompt: "Koppel de casus aan wat er ontbrak.",
              lines: `Het nieuwe rekeningnummer = controle van een gevoelige wijziging
Drie bestellingen = melden van een belangenconflict
De kas van het zwembad = functiescheiding en rotatie`,
            },
            {
              kind: "truefalse",
              prompt: "In casus 3 is het feit dat de medewerker nooit verlof nam een rode vlag.",
              answer: true,
            },
            {
              kind: "single",
              prompt: "Welke hoek van de fraudedriehoek speelde in casus 1 de hoofdrol?",
              lines: `Druk
* Gelegenheid | Juist: een ontbrekende controle gaf de aanvaller de kans.
Rationalisatie`,
            },
          ],
        },
      ],
    },
  ],
};
