// The procurement file (aankoopdossier) of one order as an A4 PDF: why the route is lawful, the
// offers or mini-competition behind the choice of supplier, the approval trail, the order lines,
// and a draft decision for the competent body in Flemish administrative style.
import { addressLine, type DocumentLocale, type Texts, texts } from "./format.ts";
import {
  bullets,
  type Cell,
  callout,
  COLOR,
  createPdf,
  fieldGrid,
  gap,
  heading,
  keyValues,
  newPage,
  type Pdf,
  paragraph,
  partyBoxes,
  setFont,
  table,
} from "./pdf-layout.ts";
import type { RenderOptions } from "./purchase-order-pdf.ts";
import { linesTable, partyLines } from "./shared-blocks.ts";
import type { OrderDocument } from "./types.ts";

export async function renderProcurementFilePdf(
  doc: OrderDocument,
  locale: DocumentLocale = "nl",
  options: RenderOptions = {},
): Promise<Buffer> {
  const x = texts(locale);
  const title = x.t("documents.file.title");
  const { pdf, finish } = createPdf({
    title: `${title} ${doc.orderNumber}`,
    subject: x.t("documents.file.subtitle", { orderNumber: doc.orderNumber, buyer: doc.buyer.name }),
    author: doc.buyer.name,
    lang: locale === "nl" ? "nl-BE" : "en-GB",
    compress: options.compress,
  });

  titleBlock(pdf, doc, x, title);
  legalSection(pdf, doc, x);
  if (doc.framework) frameworkSection(pdf, doc, x);
  if (doc.competition) competitionSection(pdf, doc, x);
  else offersSection(pdf, doc, x);
  approvalsSection(pdf, doc, x);

  heading(pdf, x.t("documents.file.parties"));
  partyBoxes(pdf, [
    { caption: x.t("documents.po.buyer"), title: doc.buyer.name, lines: partyLines(doc.buyer, x) },
    { caption: x.t("documents.po.supplier"), title: doc.supplier.name, lines: partyLines(doc.supplier, x) },
  ]);
  heading(pdf, x.t("documents.file.lines"), { keep: 150 });
  linesTable(pdf, doc, x);

  newPage(pdf);
  draftDecision(pdf, doc, x);

  return finish(`${title} ${doc.orderNumber} · ${doc.buyer.name}`, (page, pages) => x.t("documents.page", { page, pages }));
}

function titleBlock(pdf: Pdf, doc: OrderDocument, x: Texts, title: string): void {
  const d = pdf.doc;
  setFont(pdf, "bold", 22);
  d.text(title, pdf.left, d.y - 4, { width: pdf.width });
  setFont(pdf, "regular", 11, COLOR.soft);
  d.text(x.t("documents.file.subtitle", { orderNumber: doc.orderNumber, buyer: doc.buyer.name }), pdf.left, d.y + 1, {
    width: pdf.width,
  });
  gap(pdf, 12);
  heading(pdf, x.t("documents.file.summary"));
  const fields: [string, string][] = [
    [x.t("documents.field.orderNumber"), doc.orderNumber],
    [x.t("documents.field.issueDate"), x.date(doc.issueDate)],
    [x.t("documents.field.portalReference"), doc.portalReference],
    [x.t("documents.field.supplier"), doc.supplier.name],
    [
      x.t("documents.field.amount"),
      x.t("documents.field.amountValue", { excl: x.money(doc.totals.exclCents), incl: x.money(doc.totals.inclCents) }),
    ],
    [x.t("documents.field.route"), x.t(`documents.route.${doc.route.kind}`)],
    [x.t("documents.field.approvingBody"), doc.approvingBody],
  ];
  if (doc.budgetCode) fields.push([x.t("documents.field.budgetCode"), doc.budgetCode]);
  fieldGrid(pdf, fields, { columns: 3 });
}

function legalSection(pdf: Pdf, doc: OrderDocument, x: Texts): void {
  heading(pdf, x.t("documents.file.legal"));
  keyValues(pdf, [[x.t("documents.file.legalBasis"), doc.route.legalBasis]], { labelWidth: 120 });
  if (doc.route.explanation.length > 0) {
    heading(pdf, x.t("documents.file.explanation"), { level: 2, keep: 30 });
    bullets(pdf, doc.route.explanation);
  }
  if (doc.route.figures.length > 0) {
    heading(pdf, x.t("documents.file.figures"), { level: 2, keep: 50 });
    table(
      pdf,
      [
        { header: x.t("documents.file.figure"), width: 330 },
        { header: x.t("documents.file.value"), width: 170, align: "right" },
      ],
      doc.route.figures.map((figure) => [figure.label, figure.value]),
      { size: 9 },
    );
  }
  if (doc.route.warnings.length > 0) callout(pdf, x.t("documents.file.warnings"), doc.route.warnings);
  else paragraph(pdf, x.t("documents.file.noWarnings"), { color: COLOR.soft, size: 9 });
}

function frameworkSection(pdf: Pdf, doc: OrderDocument, x: Texts): void {
  const f = doc.framework!;
  heading(pdf, x.t("documents.file.framework"));
  const fields: [string, string][] = [
    [x.t("documents.field.framework"), x.t("documents.field.frameworkValue", { title: f.title, reference: f.reference })],
    [x.t("documents.field.lot"), f.lot],
    [x.t("documents.field.contractReference"), f.contractReference],
    [x.t("documents.field.centralPurchasingBody"), f.centralPurchasingBody],
  ];
  if (f.accession) {
    fields.push([
      x.t("documents.field.accession"),
      f.accession.reference
        ? x.t("documents.field.accessionValueWithReference", {
            body: f.accession.body,
            date: x.date(f.accession.date),
            reference: f.accession.reference,
          })
        : x.t("documents.field.accessionValue", { body: f.accession.body, date: x.date(f.accession.date) }),
    ]);
  }
  fieldGrid(pdf, fields, { columns: 2 });
}

function competitionSection(pdf: Pdf, doc: OrderDocument, x: Texts): void {
  const c = doc.competition!;
  heading(pdf, x.t("documents.file.competition"), { keep: 120 });
  fieldGrid(
    pdf,
    [
      [x.t("documents.file.competition.reference"), c.reference],
      [x.t("documents.file.competition.deadline"), x.dateTime(c.deadline)],
      [x.t("documents.file.competition.awarded"), c.awardedSupplier],
      [x.t("documents.file.competition.awardedAt"), x.dateTime(c.awardedAt)],
    ],
    { columns: 2 },
  );
  heading(pdf, x.t("documents.file.competition.criteria"), { level: 2, keep: 50 });
  table(
    pdf,
    [
      { header: x.t("documents.file.competition.criterion"), width: 380 },
      { header: x.t("documents.file.competition.weight"), width: 120, align: "right" },
    ],
    c.criteria.map((criterion) => [criterion.name, x.percent(criterion.weight)]),
    { size: 9 },
  );
  heading(pdf, x.t("documents.file.competition.ranking"), { level: 2, keep: 50 });
  const ranking = [...c.ranking].sort((a, b) => a.rank - b.rank);
  table(
    pdf,
    [
      { header: x.t("documents.file.competition.rank"), width: 40, align: "right" },
      { header: x.t("documents.file.competition.supplier"), width: 200 },
      { header: x.t("documents.file.competition.score"), width: 60, align: "right" },
      { header: x.t("documents.file.competition.total"), width: 110, align: "right" },
      { header: x.t("documents.file.competition.leadTime"), width: 90, align: "right" },
    ],
    ranking.map((entry): Cell[] => {
      const bold = entry.supplier === c.awardedSupplier;
      return [
        { text: String(entry.rank), bold },
        { text: entry.supplier, bold },
        { text: x.number(entry.score), bold },
        { text: x.money(entry.totalCents), bold },
        { text: entry.leadTimeDays === undefined ? "" : x.t("documents.leadTimeDays", { days: entry.leadTimeDays }), bold },
      ];
    }),
    { size: 9 },
  );
  heading(pdf, x.t("documents.file.competition.awardReason"), { level: 2, keep: 30 });
  paragraph(pdf, c.awardReason);
}

function offersSection(pdf: Pdf, doc: OrderDocument, x: Texts): void {
  heading(pdf, x.t("documents.file.offers"), { keep: 80 });
  if (doc.offersConsulted.length === 0) {
    paragraph(pdf, x.t("documents.file.offers.none"), { color: COLOR.soft });
    return;
  }
  paragraph(pdf, x.t("documents.file.offers.intro"));
  table(
    pdf,
    [
      { header: x.t("documents.file.offers.supplier"), width: 150 },
      { header: x.t("documents.file.offers.total"), width: 85, align: "right" },
      { header: x.t("documents.file.offers.leadTime"), width: 70, align: "right" },
      { header: x.t("documents.file.offers.chosen"), width: 50 },
      { header: x.t("documents.file.offers.note"), width: 145 },
    ],
    doc.offersConsulted.map((offer): Cell[] => [
      { text: offer.supplier, bold: offer.chosen },
      x.money(offer.totalCents),
      offer.leadTimeDays === undefined ? "" : x.t("documents.leadTimeDays", { days: offer.leadTimeDays }),
      offer.chosen ? x.t("documents.yes") : "",
      offer.note ?? "",
    ]),
    { size: 9 },
  );
}

function approvalsSection(pdf: Pdf, doc: OrderDocument, x: Texts): void {
  heading(pdf, x.t("documents.file.approvals"), { keep: 60 });
  if (doc.approvals.length === 0) {
    paragraph(pdf, x.t("documents.file.approvals.none"), { color: COLOR.soft });
    return;
  }
  table(
    pdf,
    [
      { header: x.t("documents.file.approvals.body"), width: 110 },
      { header: x.t("documents.file.approvals.person"), width: 105 },
      { header: x.t("documents.file.approvals.decision"), width: 70 },
      { header: x.t("documents.file.approvals.date"), width: 95 },
      { header: x.t("documents.file.approvals.comment"), width: 120 },
    ],
    doc.approvals.map((approval) => [
      approval.body,
      approval.person,
      x.t(`documents.decision.${approval.decision}`),
      x.dateTime(approval.at),
      approval.comment ?? "",
    ]),
    { size: 9 },
  );
}

/** Which article of the Decreet Lokaal Bestuur makes the approving body competent. */
function competenceKey(body: string): "council" | "socialCouncil" | "college" | "delegated" {
  const name = body.toLowerCase();
  if (name.includes("maatschappelijk welzijn") || name.includes("ocmw-raad")) return "socialCouncil";
  if (name.includes("gemeenteraad") || name.includes("stadsraad")) return "council";
  if (name.includes("college")) return "college";
  return "delegated";
}

function draftDecision(pdf: Pdf, doc: OrderDocument, x: Texts): void {
  const d = pdf.doc;
  const f = doc.framework;
  const money = {
    excl: x.money(doc.totals.exclCents),
    vat: x.money(doc.totals.vatCents),
    incl: x.money(doc.totals.inclCents),
  };
  const supplier = doc.supplier.name;
  const budgetCode = doc.budgetCode ?? x.t("documents.draft.finance.noBudgetCode");
  const frameworkVars = f
    ? { reference: f.reference, title: f.title, lot: f.lot, centralPurchasingBody: f.centralPurchasingBody }
    : undefined;

  setFont(pdf, "bold", 20);
  d.text(x.t("documents.draft.title"), pdf.left, d.y - 4, { width: pdf.width });
  setFont(pdf, "regular", 11, COLOR.soft);
  d.text(x.t("documents.draft.for", { body: doc.approvingBody, buyer: doc.buyer.name }), pdf.left, d.y + 1, { width: pdf.width });
  gap(pdf, 10);
  callout(pdf, x.t("documents.draft.noticeTitle"), [x.t("documents.draft.notice")], "neutral");

  // Subject.
  setFont(pdf, "bold", 8, COLOR.soft);
  d.text(x.t("documents.draft.subject").toUpperCase(), pdf.left, d.y, { width: pdf.width, characterSpacing: 0.5 });
  gap(pdf, 2);
  paragraph(
    pdf,
    f
      ? x.t("documents.draft.subject.framework", { supplier, reference: f.reference, orderNumber: doc.orderNumber })
      : x.t("documents.draft.subject.lowValue", { supplier, orderNumber: doc.orderNumber }),
    { style: "bold", size: 11 },
  );

  // Competence.
  const competence = competenceKey(doc.approvingBody);
  heading(pdf, x.t("documents.draft.competence"));
  paragraph(pdf, x.t(`documents.draft.competence.${competence}`, { body: doc.approvingBody }));

  // Legal basis.
  heading(pdf, x.t("documents.draft.legal"));
  const legal = [x.t("documents.draft.legal.dlb")];
  if (competence === "college" || competence === "delegated") legal.push(x.t("documents.draft.legal.dailyManagement"));
  legal.push(x.t(f ? "documents.draft.legal.lawFramework" : "documents.draft.legal.lawLowValue"));
  legal.push(x.t("documents.draft.legal.royalDecree"));
  if (f && frameworkVars) {
    legal.push(x.t("documents.draft.legal.executionRules"));
    const accession = f.accession;
    legal.push(
      accession
        ? accession.reference
          ? x.t("documents.draft.legal.accessionWithReference", {
              ...frameworkVars,
              accessionBody: lowerFirst(accession.body),
              date: x.date(accession.date),
              accessionReference: accession.reference,
            })
          : x.t("documents.draft.legal.accession", {
              ...frameworkVars,
              accessionBody: lowerFirst(accession.body),
              date: x.date(accession.date),
            })
        : x.t("documents.draft.legal.accessionUnknown", frameworkVars),
    );
  }
  bullets(pdf, legal);

  // Reasons.
  heading(pdf, x.t("documents.draft.motivation"));
  heading(pdf, x.t("documents.draft.motivation.context"), { level: 2, keep: 30 });
  const count = doc.lines.length;
  paragraph(
    pdf,
    x.t(count === 1 ? "documents.draft.motivation.need.one" : "documents.draft.motivation.need.other", {
      buyer: doc.buyer.name,
      supplier,
      count,
      orderNumber: doc.orderNumber,
      ...money,
    }),
  );
  heading(pdf, x.t("documents.draft.motivation.argumentation"), { level: 2, keep: 30 });
  if (f && frameworkVars) {
    paragraph(pdf, x.t("documents.draft.motivation.framework", { buyer: doc.buyer.name, ...frameworkVars }));
    const c = doc.competition;
    if (doc.route.kind === "framework_competition" && c) {
      const criteria = x.list(
        c.criteria.map((criterion) =>
          x.t("documents.draft.motivation.criterion", { name: criterion.name, weight: x.number(criterion.weight) }),
        ),
      );
      paragraph(
        pdf,
        x.t("documents.draft.motivation.competition", {
          competitionReference: c.reference,
          deadline: x.dateTime(c.deadline),
          criteria,
        }),
      );
      const winner = c.ranking.find((entry) => entry.supplier === c.awardedSupplier);
      if (winner) {
        paragraph(
          pdf,
          x.t("documents.draft.motivation.competitionResult", { supplier: c.awardedSupplier, score: x.number(winner.score) }),
        );
      }
      paragraph(pdf, c.awardReason);
    } else {
      paragraph(pdf, x.t("documents.draft.motivation.frameworkDirect", { supplier }));
    }
  } else {
    paragraph(pdf, x.t("documents.draft.motivation.lowValue", money));
    const others = doc.offersConsulted.filter((offer) => !offer.chosen);
    if (others.length > 0) {
      const offers = x.list(
        doc.offersConsulted.map((offer) =>
          x.t("documents.draft.motivation.offer", { supplier: offer.supplier, amount: x.money(offer.totalCents) }),
        ),
      );
      paragraph(pdf, x.t("documents.draft.motivation.offers", { offers, supplier }));
    } else {
      paragraph(pdf, x.t("documents.draft.motivation.singleOffer"));
    }
  }
  const findings = [...doc.route.explanation, ...doc.route.figures.map((figure) => `${figure.label}: ${figure.value}`)];
  if (findings.length > 0) {
    paragraph(pdf, x.t("documents.draft.motivation.check"), { after: 3, keepWithNext: 30 });
    bullets(pdf, findings);
  }
  if (doc.route.warnings.length > 0) {
    paragraph(pdf, x.t("documents.draft.motivation.warnings"), { after: 3, keepWithNext: 30 });
    bullets(pdf, doc.route.warnings);
    paragraph(pdf, x.t("documents.draft.motivation.warningsAnswer"));
  }

  // Financial consequences.
  heading(pdf, x.t("documents.draft.finance"));
  paragraph(pdf, x.t("documents.draft.finance.text", { ...money, budgetCode }));
  paragraph(pdf, x.t("documents.draft.finance.visa"));

  // The decision itself.
  heading(pdf, x.t("documents.draft.decision"), { keep: 80 });
  const party = {
    supplier,
    address: addressLine(doc.supplier),
    enterpriseNumber: x.kbo(doc.supplier.enterpriseNumber),
  };
  const articles: string[] = [x.t("documents.draft.article.approve", { orderNumber: doc.orderNumber, ...money })];
  if (f && frameworkVars) {
    articles.push(
      doc.route.kind === "framework_competition" && doc.competition
        ? x.t("documents.draft.article.competition", {
            ...frameworkVars,
            ...party,
            ...money,
            competitionReference: doc.competition.reference,
          })
        : x.t("documents.draft.article.frameworkDirect", { ...frameworkVars, ...party }),
    );
  } else {
    articles.push(x.t("documents.draft.article.lowValue", { ...party, ...money }));
  }
  articles.push(x.t("documents.draft.article.budget", { budgetCode }));
  articles.push(x.t("documents.draft.article.send", { orderNumber: doc.orderNumber }));
  articles.forEach((text, i) => {
    heading(pdf, x.t("documents.draft.article", { number: i + 1 }), { level: 2, keep: 28 });
    paragraph(pdf, text);
  });

  gap(pdf, 14);
  paragraph(pdf, x.t("documents.draft.place", { city: doc.buyer.city ?? "[…]" }));
  gap(pdf, 26);
  paragraph(pdf, x.t("documents.draft.signature"), { color: COLOR.soft });
}

/** "College van burgemeester en schepenen" → "college van burgemeester en schepenen" inside a sentence. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase("nl-BE") + text.slice(1);
}
