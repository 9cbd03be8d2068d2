// Messages of the ordering documents (purchase order, procurement file, UBL order response) in
// Dutch. Every key must exist in documents.en.ts too. Text between square brackets in the draft
// decision is for the buyer to fill in before the decision is taken.
export const documentsNl = {
  // Reading a supplier's UBL OrderResponse.
  "documents.orderResponse.empty": "Het orderantwoord is leeg.",
  "documents.orderResponse.tooLarge": "Het orderantwoord is groter dan 1 MB.",
  "documents.orderResponse.unsafe":
    "Het orderantwoord bevat een DOCTYPE of een entiteitsdefinitie. Zulke bestanden aanvaarden we niet.",
  "documents.orderResponse.malformed": "Het orderantwoord is geen geldige XML.",
  "documents.orderResponse.notOrderResponse": "Dit bestand is geen UBL-orderantwoord (OrderResponse).",
  "documents.orderResponse.missingOrderReference": "Het orderantwoord vermeldt niet op welke bestelling het antwoordt.",
  "documents.orderResponse.unknownCode":
    "Het orderantwoord heeft geen bruikbare antwoordcode. Verwacht wordt AP (aanvaard), RE (geweigerd) of CA (aanvaard met wijzigingen).",
  "documents.orderResponse.invalidDate": "De datum van het orderantwoord is ongeldig.",
  "documents.orderResponse.invalidLine": "Een regel van het orderantwoord heeft een ongeldig regelnummer of aantal.",

  // Shared by both PDFs.
  "documents.page": "Pagina {page} van {pages}",
  "documents.percent": "{value} %",
  "documents.enterpriseNumber": "Ondernemingsnummer {number}",
  "documents.contact": "Contactpersoon: {name}",
  "documents.route.framework_direct": "Bestelling binnen een raamovereenkomst van een aankoopcentrale",
  "documents.route.framework_competition": "Bestelling na minicompetitie binnen een raamovereenkomst",
  "documents.route.low_value": "Opdracht van beperkte waarde",
  "documents.decision.approved": "Goedgekeurd",
  "documents.decision.rejected": "Geweigerd",
  "documents.leadTimeDays": "{days} dagen",
  "documents.yes": "Ja",
  "documents.lines.number": "Nr.",
  "documents.lines.description": "Omschrijving",
  "documents.lines.manufacturer": "Fabrikant / onderdeelnr.",
  "documents.lines.quantity": "Aantal",
  "documents.lines.unitPrice": "Eenheidsprijs",
  "documents.lines.vat": "Btw",
  "documents.lines.total": "Totaal excl. btw",
  "documents.lines.gtin": "GTIN {gtin}",
  "documents.lines.sellersItemId": "Art.nr. leverancier {id}",
  "documents.totals.excl": "Totaal excl. btw",
  "documents.totals.vat": "Btw",
  "documents.totals.vatRate": "Btw {rate} over {base}",
  "documents.totals.incl": "Totaal incl. btw",
  "documents.field.orderNumber": "Bestelbonnummer",
  "documents.field.issueDate": "Besteldatum",
  "documents.field.portalReference": "Referentie VlaVirGem",
  "documents.field.route": "Plaatsingswijze",
  "documents.field.framework": "Raamovereenkomst",
  "documents.field.frameworkValue": "{title} ({reference})",
  "documents.field.lot": "Perceel",
  "documents.field.contractReference": "Contractreferentie",
  "documents.field.centralPurchasingBody": "Aankoopcentrale",
  "documents.field.accession": "Toetredingsbeslissing",
  "documents.field.accessionValue": "{body}, {date}",
  "documents.field.accessionValueWithReference": "{body}, {date} (referentie {reference})",
  "documents.field.budgetCode": "Budgetcode",
  "documents.field.deliveryAddress": "Leveradres",
  "documents.field.requestedDate": "Gewenste leverdatum",
  "documents.field.note": "Opmerking",
  "documents.field.supplier": "Leverancier",
  "documents.field.amount": "Bedrag",
  "documents.field.amountValue": "{excl} excl. btw ({incl} incl. btw)",
  "documents.field.approvingBody": "Bevoegd orgaan",

  // The purchase order (bestelbon).
  "documents.po.title": "Bestelbon",
  "documents.po.numberLine": "Nr. {orderNumber}",
  "documents.po.buyer": "Besteller",
  "documents.po.supplier": "Leverancier",
  "documents.po.references": "Gegevens van de bestelling",
  "documents.po.lines": "Bestelde goederen en diensten",
  "documents.po.conditions": "Voorwaarden",
  "documents.po.conditions.framework":
    "Deze bestelling is een opdracht op basis van raamovereenkomst {reference} “{title}” die {centralPurchasingBody} als aankoopcentrale heeft gesloten. De voorwaarden van die raamovereenkomst zijn van toepassing.",
  "documents.po.conditions.lowValue":
    "Deze bestelling is een opdracht van beperkte waarde (artikel 92 van de wet van 17 juni 2016 inzake overheidsopdrachten). De opdracht is gesloten zodra u deze goedgekeurde bestelbon ontvangt.",
  "documents.po.conditions.invoice":
    "Vermeld bestelbonnummer {orderNumber} op uw factuur en bezorg de factuur elektronisch via het Peppol-netwerk (Peppol-ID 0208:{enterpriseNumber}). Facturen zonder bestelbonnummer kunnen we niet verwerken.",
  "documents.po.conditions.confirm":
    "Bevestig de bestelling en de leverdatum met een Peppol-orderantwoord of per e-mail aan {email}.",
  "documents.po.conditions.confirmNoEmail": "Bevestig de bestelling en de leverdatum met een Peppol-orderantwoord.",
  "documents.po.approval": "Goedkeuring",
  "documents.po.approvedBy": "Goedgekeurd door {body} ({person}) op {date}.",
  "documents.po.notApproved": "Deze bestelbon is nog niet goedgekeurd en is daarom nog geen bestelling.",

  // The procurement file (aankoopdossier).
  "documents.file.title": "Aankoopdossier",
  "documents.file.subtitle": "Bestelling {orderNumber} – {buyer}",
  "documents.file.summary": "Samenvatting",
  "documents.file.legal": "Juridische grond en toetsing",
  "documents.file.legalBasis": "Juridische grond",
  "documents.file.explanation": "Waarom deze route",
  "documents.file.figures": "Cijfers van de toetsing",
  "documents.file.figure": "Gegeven",
  "documents.file.value": "Waarde",
  "documents.file.warnings": "Aandachtspunten",
  "documents.file.noWarnings": "De toetsing leverde geen aandachtspunten op.",
  "documents.file.framework": "Raamovereenkomst",
  "documents.file.offers": "Geraadpleegde offertes",
  "documents.file.offers.intro": "Deze offertes werden vergeleken voor de keuze van de leverancier.",
  "documents.file.offers.none": "Er werden geen andere offertes vergeleken.",
  "documents.file.offers.supplier": "Leverancier",
  "documents.file.offers.total": "Bedrag excl. btw",
  "documents.file.offers.leadTime": "Levertermijn",
  "documents.file.offers.chosen": "Gekozen",
  "documents.file.offers.note": "Opmerking",
  "documents.file.competition": "Verslag van de minicompetitie",
  "documents.file.competition.reference": "Referentie",
  "documents.file.competition.deadline": "Uiterste indieningsdatum",
  "documents.file.competition.criteria": "Gunningscriteria",
  "documents.file.competition.criterion": "Criterium",
  "documents.file.competition.weight": "Weging",
  "documents.file.competition.ranking": "Rangschikking van de offertes",
  "documents.file.competition.rank": "Rang",
  "documents.file.competition.supplier": "Inschrijver",
  "documents.file.competition.score": "Score",
  "documents.file.competition.total": "Bedrag excl. btw",
  "documents.file.competition.leadTime": "Levertermijn",
  "documents.file.competition.awarded": "Gegund aan",
  "documents.file.competition.awardedAt": "Datum van gunning",
  "documents.file.competition.awardReason": "Motivering van de gunning",
  "documents.file.approvals": "Goedkeuringen",
  "documents.file.approvals.none": "Er zijn nog geen goedkeuringen geregistreerd.",
  "documents.file.approvals.body": "Orgaan of rol",
  "documents.file.approvals.person": "Persoon",
  "documents.file.approvals.decision": "Beslissing",
  "documents.file.approvals.date": "Datum",
  "documents.file.approvals.comment": "Opmerking",
  "documents.file.parties": "Partijen",
  "documents.file.lines": "Bestelde goederen en diensten",

  // The draft decision for the competent body (ontwerpbeslissing).
  "documents.draft.title": "Ontwerpbeslissing",
  "documents.draft.for": "{body} – {buyer}",
  "documents.draft.noticeTitle": "Ontwerp",
  "documents.draft.notice":
    "Dit ontwerp werd opgemaakt door het aankoopplatform VlaVirGem. Vul de tekst tussen vierkante haken aan en lees het geheel na voor u het ter beslissing voorlegt.",
  "documents.draft.subject": "Onderwerp",
  "documents.draft.subject.framework":
    "Aankoop van ICT-materiaal bij {supplier} via raamovereenkomst {reference} – goedkeuring van bestelling {orderNumber}",
  "documents.draft.subject.lowValue":
    "Aankoop van ICT-materiaal bij {supplier} als opdracht van beperkte waarde – goedkeuring van bestelling {orderNumber}",
  "documents.draft.competence": "Bevoegdheid",
  "documents.draft.competence.council":
    "De gemeenteraad is bevoegd op grond van artikel 41, tweede lid, 10°, van het Decreet over het Lokaal Bestuur van 22 december 2017, dat de vaststelling van de plaatsingsprocedure en van de voorwaarden van overheidsopdrachten aan de gemeenteraad toekent.",
  "documents.draft.competence.socialCouncil":
    "De raad voor maatschappelijk welzijn is bevoegd op grond van artikel 78, tweede lid, 10°, van het Decreet over het Lokaal Bestuur van 22 december 2017, dat de vaststelling van de plaatsingsprocedure en van de voorwaarden van overheidsopdrachten aan de raad voor maatschappelijk welzijn toekent.",
  "documents.draft.competence.college":
    "Het college van burgemeester en schepenen is bevoegd op grond van artikel 56, §3, 5°, van het Decreet over het Lokaal Bestuur van 22 december 2017, omdat deze opdracht valt onder het begrip dagelijks bestuur zoals de gemeenteraad dat heeft omschreven (artikel 41, tweede lid, 10°, a), van hetzelfde decreet).",
  "documents.draft.competence.delegated":
    "Deze beslissing wordt genomen door: {body}. Die bevoegdheid steunt op artikel 56, §3, 5°, en artikel 57 van het Decreet over het Lokaal Bestuur van 22 december 2017 en op de beslissing van het college van burgemeester en schepenen van [datum] waarmee de vaststelling van de plaatsingsprocedure en van de voorwaarden van opdrachten van dagelijks bestuur werd toevertrouwd.",
  "documents.draft.legal": "Juridische grond",
  "documents.draft.legal.dlb": "Het Decreet over het Lokaal Bestuur van 22 december 2017.",
  "documents.draft.legal.dailyManagement":
    "De beslissing van de gemeenteraad van [datum] over de omschrijving van het begrip dagelijks bestuur.",
  "documents.draft.legal.lawFramework":
    "De wet van 17 juni 2016 inzake overheidsopdrachten, in het bijzonder artikel 2, 6° tot 8° (aankoopcentrales), artikel 43 (raamovereenkomsten) en artikel 47, dat een aanbestedende overheid die een beroep doet op een aankoopcentrale vrijstelt van de verplichting om zelf een plaatsingsprocedure te organiseren.",
  "documents.draft.legal.lawLowValue":
    "De wet van 17 juni 2016 inzake overheidsopdrachten, in het bijzonder artikel 92 (opdrachten van beperkte waarde).",
  "documents.draft.legal.royalDecree":
    "Het koninklijk besluit van 18 april 2017 plaatsing overheidsopdrachten in de klassieke sectoren.",
  "documents.draft.legal.executionRules":
    "Het koninklijk besluit van 14 januari 2013 tot bepaling van de algemene uitvoeringsregels van de overheidsopdrachten.",
  "documents.draft.legal.accession":
    "De beslissing van {accessionBody} van {date} tot toetreding tot raamovereenkomst {reference} “{title}” van de aankoopcentrale {centralPurchasingBody}.",
  "documents.draft.legal.accessionWithReference":
    "De beslissing van {accessionBody} van {date} (referentie {accessionReference}) tot toetreding tot raamovereenkomst {reference} “{title}” van de aankoopcentrale {centralPurchasingBody}.",
  "documents.draft.legal.accessionUnknown":
    "De beslissing van [orgaan] van [datum] tot toetreding tot raamovereenkomst {reference} “{title}” van de aankoopcentrale {centralPurchasingBody}.",
  "documents.draft.motivation": "Motivering",
  "documents.draft.motivation.context": "Aanleiding en context",
  "documents.draft.motivation.need.one":
    "{buyer} wil ICT-materiaal aankopen bij {supplier} voor een totaalbedrag van {excl} excl. btw, of {incl} incl. btw. De bestelling telt één regel; de details staan in bestelbon {orderNumber}.",
  "documents.draft.motivation.need.other":
    "{buyer} wil ICT-materiaal aankopen bij {supplier} voor een totaalbedrag van {excl} excl. btw, of {incl} incl. btw. De bestelling telt {count} regels; de details staan in bestelbon {orderNumber}.",
  "documents.draft.motivation.argumentation": "Argumentatie",
  "documents.draft.motivation.framework":
    "{buyer} is toegetreden tot raamovereenkomst {reference} “{title}” ({lot}), die {centralPurchasingBody} als aankoopcentrale heeft gesloten. Wie een beroep doet op een aankoopcentrale, hoeft zelf geen plaatsingsprocedure te organiseren (artikel 47 van de wet van 17 juni 2016).",
  "documents.draft.motivation.frameworkDirect":
    "De raamovereenkomst legt de voorwaarden en de prijzen vast. De bestelling kan daarom rechtstreeks bij {supplier} worden geplaatst, tegen de prijzen en voorwaarden van de raamovereenkomst.",
  "documents.draft.motivation.competition":
    "De raamovereenkomst werd met meerdere ondernemers gesloten. Daarom werden de partijen bij de raamovereenkomst opnieuw in mededinging gesteld (minicompetitie {competitionReference}, uiterste indieningsdatum {deadline}). De offertes werden beoordeeld op de volgende gunningscriteria: {criteria}.",
  "documents.draft.motivation.competitionResult":
    "{supplier} diende de economisch meest voordelige offerte in en behaalde met {score} punten de hoogste score.",
  "documents.draft.motivation.criterion": "{name} ({weight} %)",
  "documents.draft.motivation.lowValue":
    "De geraamde waarde van de opdracht bedraagt {excl} excl. btw. Dat bedrag blijft onder de drempel die op de besteldatum geldt voor een opdracht van beperkte waarde (artikel 92 van de wet van 17 juni 2016). Zo’n opdracht mag worden gesloten met een aanvaarde factuur; een bestelbon die het bevoegde orgaan vooraf goedkeurt, legt de afspraken vast.",
  "documents.draft.motivation.offers":
    "Om de mededinging te vrijwaren werden de volgende offertes vergeleken: {offers}. De offerte van {supplier} werd gekozen.",
  "documents.draft.motivation.offer": "{supplier} ({amount})",
  "documents.draft.motivation.singleOffer":
    "Er werd één offerte vergeleken. [Motiveer waarom geen andere leveranciers werden geraadpleegd.]",
  "documents.draft.motivation.check": "Bij de toetsing door het aankoopplatform werd het volgende vastgesteld:",
  "documents.draft.motivation.warnings": "De toetsing signaleerde de volgende aandachtspunten:",
  "documents.draft.motivation.warningsAnswer": "[Motiveer hoe met deze aandachtspunten rekening werd gehouden.]",
  "documents.draft.finance": "Financiële gevolgen",
  "documents.draft.finance.text":
    "De uitgave bedraagt {excl} excl. btw, vermeerderd met {vat} btw, of {incl} incl. btw. Het krediet is voorzien in het meerjarenplan onder budgetcode {budgetCode}.",
  "documents.draft.finance.noBudgetCode": "[budgetcode]",
  "documents.draft.finance.visa":
    "[Vermeld het visum van de financieel directeur (nummer en datum) als de uitgave visumplichtig is.]",
  "documents.draft.decision": "Besluit",
  "documents.draft.article": "Artikel {number}",
  "documents.draft.article.approve":
    "De aankoop van de goederen en diensten vermeld in bestelbon {orderNumber} wordt goedgekeurd voor een bedrag van {excl} excl. btw, of {incl} incl. btw.",
  "documents.draft.article.frameworkDirect":
    "De bestelling wordt geplaatst bij {supplier}, {address}, ondernemingsnummer {enterpriseNumber}, op basis van raamovereenkomst {reference} “{title}” ({lot}) van de aankoopcentrale {centralPurchasingBody} en volgens de voorwaarden van die raamovereenkomst.",
  "documents.draft.article.competition":
    "De opdracht wordt, na minicompetitie {competitionReference} onder de partijen bij raamovereenkomst {reference} “{title}” ({lot}) van de aankoopcentrale {centralPurchasingBody}, gegund aan {supplier}, {address}, ondernemingsnummer {enterpriseNumber}, tegen de prijs van {excl} excl. btw.",
  "documents.draft.article.lowValue":
    "De opdracht wordt als opdracht van beperkte waarde gegund aan {supplier}, {address}, ondernemingsnummer {enterpriseNumber}, tegen de prijs van {excl} excl. btw, of {incl} incl. btw.",
  "documents.draft.article.budget": "De uitgave wordt aangerekend op budgetcode {budgetCode}.",
  "documents.draft.article.send":
    "De opdracht wordt gesloten door de verzending van de goedgekeurde bestelbon {orderNumber} aan de leverancier.",
  "documents.draft.place": "Opgemaakt te {city} op [datum].",
  "documents.draft.signature": "[Naam, hoedanigheid en handtekening]",
} as const;
