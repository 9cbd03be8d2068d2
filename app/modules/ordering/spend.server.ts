// Spend reports of one organisation: committed orders (approved and later, not cancelled or
// refused) by supplier, product category, framework agreement and year, and the usage of the
// framework agreements it joined against their maximum. Page data, CSV and XLSX.
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { and, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { translator, type Locale } from "../../i18n/index.ts";
import { namesByIds } from "../identity/index.server.ts";
import { listAccessionsOf, listCategories, listFrameworks } from "../procurement/index.server.ts";
import { brusselsDay } from "./common.server.ts";
import { orderLines, orders } from "./schema.ts";
import { SPEND_STATUSES } from "./shared.ts";

export type SpendLine = {
  orderId: string;
  reference: string;
  poNumber: string | null;
  day: string;
  year: number;
  status: string;
  supplierId: string;
  supplierName: string;
  categoryId: number;
  categoryNl: string;
  categoryEn: string;
  frameworkId: string | null;
  frameworkReference: string;
  description: string;
  quantity: number;
  unitPriceCents: number;
  amountCents: number;
};

type Bucket = { key: string; label: string; labelEn?: string; orders: number; amountCents: number };

function bucket(lines: SpendLine[], keyOf: (l: SpendLine) => string, labelOf: (l: SpendLine) => [string, string?]): Bucket[] {
  const map = new Map<string, Bucket & { ids: Set<string> }>();
  for (const line of lines) {
    const key = keyOf(line);
    let entry = map.get(key);
    if (!entry) {
      const [label, labelEn] = labelOf(line);
      entry = { key, label, labelEn, orders: 0, amountCents: 0, ids: new Set() };
      map.set(key, entry);
    }
    entry.ids.add(line.orderId);
    entry.amountCents += line.amountCents;
  }
  return [...map.values()]
    .map(({ ids, ...rest }) => ({ ...rest, orders: ids.size }))
    .sort((a, b) => b.amountCents - a.amountCents);
}

/** Every committed order line of the organisation (optionally of one year). */
export async function spendLines(db: DbOrTx, organisationId: string, year?: number): Promise<SpendLine[]> {
  const rows = await db
    .select({ order: orders, line: orderLines })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .where(and(eq(orders.organisationId, organisationId), inArray(orders.status, [...SPEND_STATUSES])));
  const categories = new Map((await listCategories(db)).map((c) => [c.id, c]));
  const frameworks = new Map((await listFrameworks(db)).map((f) => [f.id, f]));
  const names = await namesByIds(
    db as Db,
    [],
    rows.map((r) => r.order.supplierId),
  );
  return rows
    .map(({ order, line }) => {
      const day = brusselsDay(order.approvedAt ?? order.submittedAt);
      const quantity = line.acceptedQuantity ?? line.quantity;
      return {
        orderId: order.id,
        reference: order.reference,
        poNumber: order.poNumber,
        day,
        year: Number(day.slice(0, 4)),
        status: order.status,
        supplierId: order.supplierId,
        supplierName: names.organisations[order.supplierId] ?? "",
        categoryId: line.categoryId,
        categoryNl: categories.get(line.categoryId)?.nameNl ?? "",
        categoryEn: categories.get(line.categoryId)?.nameEn ?? "",
        frameworkId: order.frameworkId,
        frameworkReference: order.frameworkId ? (frameworks.get(order.frameworkId)?.reference ?? "") : "",
        description: line.description,
        quantity,
        unitPriceCents: line.unitPriceCents,
        amountCents: quantity * line.unitPriceCents,
      };
    })
    .filter((line) => line.quantity > 0 && (year === undefined || line.year === year))
    .sort((a, b) => a.day.localeCompare(b.day) || a.reference.localeCompare(b.reference));
}

/** The report the spend page shows. */
export async function spendReport(db: DbOrTx, organisationId: string, year?: number) {
  const all = await spendLines(db, organisationId);
  const lines = year === undefined ? all : all.filter((line) => line.year === year);
  const joined = await listAccessionsOf(db, organisationId);
  const frameworks = new Map((await listFrameworks(db)).map((f) => [f.id, f]));
  const ownUse = new Map<string, number>();
  for (const line of all)
    if (line.frameworkId) ownUse.set(line.frameworkId, (ownUse.get(line.frameworkId) ?? 0) + line.amountCents);
  return {
    year: year ?? null,
    years: [...new Set(all.map((line) => line.year))].sort((a, b) => b - a),
    totalCents: lines.reduce((sum, line) => sum + line.amountCents, 0),
    orders: new Set(lines.map((line) => line.orderId)).size,
    bySupplier: bucket(
      lines,
      (l) => l.supplierId,
      (l) => [l.supplierName],
    ),
    byCategory: bucket(
      lines,
      (l) => String(l.categoryId),
      (l) => [l.categoryNl, l.categoryEn],
    ),
    byFramework: bucket(
      lines,
      (l) => l.frameworkId ?? "none",
      (l) => [l.frameworkReference],
    ),
    byYear: bucket(
      all,
      (l) => String(l.year),
      (l) => [String(l.year)],
    ).sort((a, b) => b.key.localeCompare(a.key)),
    frameworkUsage: joined.map((j) => {
      const f = frameworks.get(j.frameworkId);
      return {
        id: j.frameworkId,
        reference: j.reference,
        title: j.title,
        maxValueCents: f?.maxValueCents ?? 0,
        usedValueCents: f?.usedValueCents ?? 0,
        ownCents: ownUse.get(j.frameworkId) ?? 0,
      };
    }),
  };
}

const euros = (cents: number) => Math.round(cents) / 100;

/** A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with '. */
export function csvText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The order lines as CSV (UTF-8 with BOM, semicolons, decimal comma as Excel in Belgium expects). */
export async function spendCsv(db: DbOrTx, organisationId: string, year: number | undefined, locale: Locale): Promise<string> {
  const lines = await spendLines(db, organisationId, year);
  const t = translator(locale).t;
  const amount = (cents: number) => euros(cents).toFixed(2).replace(".", ",");
  return stringify(
    lines.map((l) => [
      l.day,
      l.poNumber ?? "",
      l.reference,
      t(`ordering.status.${l.status}` as never),
      csvText(l.supplierName),
      locale === "nl" ? l.categoryNl : l.categoryEn,
      csvText(l.frameworkReference),
      csvText(l.description),
      l.quantity,
      amount(l.unitPriceCents),
      amount(l.amountCents),
    ]),
    {
      bom: true,
      delimiter: ";",
      header: true,
      columns: [
        t("ordering.spend.col.date"),
        t("ordering.spend.col.poNumber"),
        t("ordering.spend.col.reference"),
        t("ordering.spend.col.status"),
        t("ordering.spend.col.supplier"),
        t("ordering.spend.col.category"),
        t("ordering.spend.col.framework"),
        t("ordering.spend.col.description"),
        t("ordering.spend.col.quantity"),
        t("ordering.spend.col.unitPrice"),
        t("ordering.spend.col.amount"),
      ],
    },
  );
}

/** The report as an Excel workbook: one sheet per view and the order lines. */
export async function spendXlsx(db: DbOrTx, organisationId: string, year: number | undefined, locale: Locale): Promise<Buffer> {
  const report = await spendReport(db, organisationId, year);
  const lines = await spendLines(db, organisationId, year);
  const t = translator(locale).t;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "VlaVirGem";
  const euroFormat = '"€" #,##0.00';
  // Excel refuses sheet names with : \\ / ? * [ ] or longer than 31 characters.
  const sheetName = (title: string) =>
    title
      .replace(/[:\\/?*[\]]/g, "")
      .trim()
      .slice(0, 31);
  const sheet = (name: string, header: string, rows: Bucket[], en = false) => {
    const ws = workbook.addWorksheet(sheetName(name));
    ws.columns = [
      { header, key: "label", width: 40 },
      { header: t("ordering.spend.col.orders"), key: "orders", width: 12 },
      { header: t("ordering.spend.col.amount"), key: "amount", width: 18, style: { numFmt: euroFormat } },
    ];
    for (const row of rows)
      ws.addRow({ label: (en && row.labelEn) || row.label || "—", orders: row.orders, amount: euros(row.amountCents) });
    ws.getRow(1).font = { bold: true };
  };
  sheet(t("ordering.spend.bySupplier"), t("ordering.spend.col.supplier"), report.bySupplier);
  sheet(t("ordering.spend.byCategory"), t("ordering.spend.col.category"), report.byCategory, locale === "en");
  sheet(
    t("ordering.spend.byFramework"),
    t("ordering.spend.col.framework"),
    report.byFramework.map((b) => ({ ...b, label: b.key === "none" ? t("ordering.spend.noFramework") : b.label })),
  );
  sheet(t("ordering.spend.byYear"), t("ordering.spend.col.year"), report.byYear);
  const usage = workbook.addWorksheet(sheetName(t("ordering.spend.usage")));
  usage.columns = [
    { header: t("ordering.spend.col.framework"), key: "reference", width: 20 },
    { header: t("ordering.spend.col.title"), key: "title", width: 50 },
    { header: t("ordering.spend.col.max"), key: "max", width: 18, style: { numFmt: euroFormat } },
    { header: t("ordering.spend.col.used"), key: "used", width: 18, style: { numFmt: euroFormat } },
    { header: t("ordering.spend.col.own"), key: "own", width: 18, style: { numFmt: euroFormat } },
  ];
  for (const f of report.frameworkUsage) {
    usage.addRow({
      reference: f.reference,
      title: f.title,
      max: euros(f.maxValueCents),
      used: euros(f.usedValueCents),
      own: euros(f.ownCents),
    });
  }
  usage.getRow(1).font = { bold: true };
  const detail = workbook.addWorksheet(sheetName(t("ordering.spend.lines")));
  detail.columns = [
    { header: t("ordering.spend.col.date"), key: "day", width: 12 },
    { header: t("ordering.spend.col.poNumber"), key: "po", width: 14 },
    { header: t("ordering.spend.col.supplier"), key: "supplier", width: 30 },
    { header: t("ordering.spend.col.category"), key: "category", width: 20 },
    { header: t("ordering.spend.col.framework"), key: "framework", width: 18 },
    { header: t("ordering.spend.col.description"), key: "description", width: 40 },
    { header: t("ordering.spend.col.quantity"), key: "quantity", width: 10 },
    { header: t("ordering.spend.col.amount"), key: "amount", width: 16, style: { numFmt: euroFormat } },
  ];
  for (const l of lines) {
    detail.addRow({
      day: l.day,
      po: l.poNumber ?? "",
      supplier: l.supplierName,
      category: locale === "nl" ? l.categoryNl : l.categoryEn,
      framework: l.frameworkReference,
      description: l.description,
      quantity: l.quantity,
      amount: euros(l.amountCents),
    });
  }
  detail.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
