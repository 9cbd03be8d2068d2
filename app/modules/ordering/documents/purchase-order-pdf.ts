// The purchase order (bestelbon) as an A4 PDF: the document the supplier receives.
import { type DocumentLocale, texts } from "./format.ts";
import { COLOR, createPdf, fieldGrid, heading, paragraph, partyBoxes, setFont } from "./pdf-layout.ts";
import { linesTable, partyLines } from "./shared-blocks.ts";
import type { OrderDocument } from "./types.ts";

export type RenderOptions = {
  /** Leave content streams uncompressed (tests read the text without a PDF parser). */
  compress?: boolean;
};

export async function renderPurchaseOrderPdf(
  doc: OrderDocument,
  locale: DocumentLocale = "nl",
  options: RenderOptions = {},
): Promise<Buffer> {
  const x = texts(locale);
  const title = x.t("documents.po.title");
  const { pdf, finish } = createPdf({
    title: `${title} ${doc.orderNumber}`,
    subject: `${title} ${doc.orderNumber} – ${doc.buyer.name} → ${doc.supplier.name}`,
    author: doc.buyer.name,
    lang: locale === "nl" ? "nl-BE" : "en-GB",
    compress: options.compress,
  });
  const d = pdf.doc;

  // Header: the buyer on the left, the title and number on the right.
  const top = d.y;
  const rightWidth = 190;
  setFont(pdf, "bold", 22);
  d.text(title, pdf.right - rightWidth, top - 4, { width: rightWidth, align: "right" });
  setFont(pdf, "bold", 11);
  d.text(x.t("documents.po.numberLine", { orderNumber: doc.orderNumber }), pdf.right - rightWidth, d.y + 2, {
    width: rightWidth,
    align: "right",
  });
  setFont(pdf, "regular", 9.5, COLOR.soft);
  d.text(x.date(doc.issueDate), pdf.right - rightWidth, d.y + 1, { width: rightWidth, align: "right" });
  const rightBottom = d.y;

  const leftWidth = pdf.width - rightWidth - 16;
  setFont(pdf, "bold", 15);
  d.text(doc.buyer.name, pdf.left, top, { width: leftWidth });
  setFont(pdf, "regular", 9, COLOR.soft);
  const address = [doc.buyer.street, [doc.buyer.postalCode, doc.buyer.city].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(" · ");
  if (address) d.text(address, pdf.left, d.y + 2, { width: leftWidth });
  d.y = Math.max(d.y, rightBottom) + 14;

  partyBoxes(pdf, [
    { caption: x.t("documents.po.buyer"), title: doc.buyer.name, lines: partyLines(doc.buyer, x) },
    { caption: x.t("documents.po.supplier"), title: doc.supplier.name, lines: partyLines(doc.supplier, x) },
  ]);

  heading(pdf, x.t("documents.po.references"));
  const rows: [string, string][] = [
    [x.t("documents.field.orderNumber"), doc.orderNumber],
    [x.t("documents.field.issueDate"), x.date(doc.issueDate)],
    [x.t("documents.field.portalReference"), doc.portalReference],
    [x.t("documents.field.route"), x.t(`documents.route.${doc.route.kind}`)],
  ];
  if (doc.framework) {
    const f = doc.framework;
    rows.push(
      [x.t("documents.field.framework"), x.t("documents.field.frameworkValue", { title: f.title, reference: f.reference })],
      [x.t("documents.field.lot"), f.lot],
      [x.t("documents.field.contractReference"), f.contractReference],
      [x.t("documents.field.centralPurchasingBody"), f.centralPurchasingBody],
    );
  }
  if (doc.budgetCode) rows.push([x.t("documents.field.budgetCode"), doc.budgetCode]);
  if (doc.delivery?.requestedDate) rows.push([x.t("documents.field.requestedDate"), x.date(doc.delivery.requestedDate)]);
  if (doc.delivery?.address) rows.push([x.t("documents.field.deliveryAddress"), doc.delivery.address]);
  if (doc.delivery?.note) rows.push([x.t("documents.field.note"), doc.delivery.note]);
  fieldGrid(pdf, rows, { columns: 3 });

  heading(pdf, x.t("documents.po.lines"), { keep: 150 });
  linesTable(pdf, doc, x);

  heading(pdf, x.t("documents.po.conditions"), { keep: 50 });
  const f = doc.framework;
  const conditions = [
    f
      ? x.t("documents.po.conditions.framework", {
          reference: f.reference,
          title: f.title,
          centralPurchasingBody: f.centralPurchasingBody,
        })
      : x.t("documents.po.conditions.lowValue"),
    x.t("documents.po.conditions.invoice", { orderNumber: doc.orderNumber, enterpriseNumber: doc.buyer.enterpriseNumber }),
    doc.buyer.email
      ? x.t("documents.po.conditions.confirm", { email: doc.buyer.email })
      : x.t("documents.po.conditions.confirmNoEmail"),
  ];
  for (const text of conditions) paragraph(pdf, text, { size: 8.8 });

  heading(pdf, x.t("documents.po.approval"), { level: 2, keep: 24 });
  // The last decision counts: a chain of approvals ends with the competent body.
  const approved = doc.approvals.at(-1);
  paragraph(
    pdf,
    approved?.decision === "approved"
      ? x.t("documents.po.approvedBy", { body: approved.body, person: approved.person, date: x.date(approved.at) })
      : x.t("documents.po.notApproved"),
    { size: 9 },
  );

  return finish(`${title} ${doc.orderNumber} · ${doc.buyer.name} · ${doc.supplier.name}`, (page, pages) =>
    x.t("documents.page", { page, pages }),
  );
}
