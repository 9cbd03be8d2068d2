// A small layout layer over pdfkit for the ordering documents: A4 pages with a yellow band, a
// footer with page numbers, headings, paragraphs, bullet lists, label/value lists, call-outs and
// tables whose header row repeats after a page break. Everything measures before it draws, so
// nothing overlaps and no row is split across pages.
import PDFDocument from "pdfkit";
import { fontData } from "./fonts.ts";

export const COLOR = {
  ink: "#1f1f1e",
  soft: "#4a4a48",
  rule: "#b9b9b5",
  border: "#767674",
  grey: "#f4f4f2",
  yellow: "#ffe615",
  warningBg: "#fff4c2",
  warningBar: "#7a6c00",
} as const;

const FONT = {
  regular: "body",
  bold: "body-bold",
  italic: "body-italic",
  condensed: "table",
  condensedBold: "table-bold",
} as const;

export type FontStyle = keyof typeof FONT;

export type Pdf = {
  doc: PDFKit.PDFDocument;
  left: number;
  width: number;
  right: number;
};

export type PdfMeta = { title: string; subject: string; author: string; lang: string; compress?: boolean };

const MARGIN = { top: 58, bottom: 62, left: 48, right: 48 };
const BODY_SIZE = 9.5;

/** A new A4 document; `finish` adds the footers, ends the document and returns its bytes. */
export function createPdf(meta: PdfMeta): {
  pdf: Pdf;
  finish: (footer: string, pageLabel: (page: number, pages: number) => string) => Promise<Buffer>;
} {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    compress: meta.compress ?? true,
    pdfVersion: "1.7",
    lang: meta.lang,
    displayTitle: true,
    info: { Title: meta.title, Subject: meta.subject, Author: meta.author, Creator: "VlaVirGem" },
  });
  doc.registerFont(FONT.regular, fontData("regular"));
  doc.registerFont(FONT.bold, fontData("bold"));
  doc.registerFont(FONT.italic, fontData("italic"));
  doc.registerFont(FONT.condensed, fontData("condensed"));
  doc.registerFont(FONT.condensedBold, fontData("condensedBold"));

  const chunks: Uint8Array[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.on("pageAdded", () => {
    const { width } = doc.page;
    doc.save();
    doc.rect(0, 0, width, 7).fill(COLOR.yellow);
    doc.restore();
    doc.x = MARGIN.left;
    doc.y = MARGIN.top;
  });
  doc.addPage();
  doc.font(FONT.regular).fontSize(BODY_SIZE).fillColor(COLOR.ink);

  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const pdf: Pdf = { doc, left: MARGIN.left, width, right: MARGIN.left + width };

  const finish = (footer: string, pageLabel: (page: number, pages: number) => string) => {
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0; // writing in the margin must not start a new page
      const y = doc.page.height - bottom + 20;
      doc.save();
      doc
        .moveTo(pdf.left, y - 7)
        .lineTo(pdf.right, y - 7)
        .lineWidth(0.5)
        .strokeColor(COLOR.rule)
        .stroke();
      doc.restore();
      const label = pageLabel(i - range.start + 1, range.count);
      doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.soft);
      const labelWidth = doc.widthOfString(label);
      const footerText = fitText(doc, footer, pdf.width - labelWidth - 24);
      doc.text(footerText, pdf.left, y, { lineBreak: false });
      doc.text(label, pdf.right - labelWidth, y, { lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return done;
  };
  return { pdf, finish };
}

/** Shortens text with "…" until it fits the width in the current font. */
function fitText(doc: PDFKit.PDFDocument, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function setFont(pdf: Pdf, style: FontStyle, size: number, color: string = COLOR.ink): void {
  pdf.doc.font(FONT[style]).fontSize(size).fillColor(color);
}

export function bottomLimit(pdf: Pdf): number {
  return pdf.doc.page.maxY();
}

/** Starts a new page when less than `height` points are left on this one. */
export function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.doc.y + height > bottomLimit(pdf)) pdf.doc.addPage();
}

export function newPage(pdf: Pdf): void {
  pdf.doc.addPage();
}

export function gap(pdf: Pdf, points: number): void {
  pdf.doc.y += points;
}

/** A section heading with a rule under it; keeps at least `keep` points of content with it. */
export function heading(pdf: Pdf, text: string, options: { level?: 1 | 2; keep?: number } = {}): void {
  const level = options.level ?? 1;
  const size = level === 1 ? 12.5 : 10.5;
  const { doc } = pdf;
  setFont(pdf, "bold", size);
  const height = doc.heightOfString(text, { width: pdf.width });
  ensureSpace(pdf, height + (options.keep ?? 60));
  if (doc.y > doc.page.margins.top + 1) doc.y += level === 1 ? 10 : 6;
  doc.text(text, pdf.left, doc.y, { width: pdf.width });
  if (level === 1) {
    const y = doc.y + 2;
    doc.save();
    doc.moveTo(pdf.left, y).lineTo(pdf.right, y).lineWidth(1).strokeColor(COLOR.ink).stroke();
    doc.restore();
    doc.y = y + 7;
  } else {
    doc.y += 3;
  }
  setFont(pdf, "regular", BODY_SIZE);
}

export type TextOptions = {
  style?: FontStyle;
  size?: number;
  color?: string;
  indent?: number;
  after?: number;
  width?: number;
  /** Points of what follows that must fit on the same page (keeps an intro with its list). */
  keepWithNext?: number;
};

/** A paragraph that flows over pages. */
export function paragraph(pdf: Pdf, text: string, options: TextOptions = {}): void {
  const { doc } = pdf;
  setFont(pdf, options.style ?? "regular", options.size ?? BODY_SIZE, options.color);
  const indent = options.indent ?? 0;
  const width = options.width ?? pdf.width - indent;
  // Keep at least two lines together at the foot of a page.
  const height = doc.heightOfString(text, { width, lineGap: 1.5 });
  ensureSpace(pdf, options.keepWithNext ? height + options.keepWithNext : Math.min(height, 2 * doc.currentLineHeight(true) + 3));
  doc.text(text, pdf.left + indent, doc.y, { width, lineGap: 1.5 });
  doc.y += options.after ?? 5;
  setFont(pdf, "regular", BODY_SIZE);
}

/** A bulleted list; an item never starts at the very foot of a page. */
export function bullets(pdf: Pdf, items: string[], options: TextOptions = {}): void {
  const { doc } = pdf;
  const indent = (options.indent ?? 0) + 12;
  const width = pdf.width - indent;
  for (const item of items) {
    setFont(pdf, options.style ?? "regular", options.size ?? BODY_SIZE, options.color);
    const height = doc.heightOfString(item, { width, lineGap: 1.5 });
    ensureSpace(pdf, Math.min(height, 2 * doc.currentLineHeight(true) + 3));
    const y = doc.y;
    doc.text("•", pdf.left + indent - 10, y, { lineBreak: false });
    doc.text(item, pdf.left + indent, y, { width, lineGap: 1.5 });
    doc.y += 2.5;
  }
  doc.y += options.after ?? 3;
  setFont(pdf, "regular", BODY_SIZE);
}

/** Label/value rows (a definition list); a row never splits over pages. */
export function keyValues(pdf: Pdf, rows: [string, string][], options: { labelWidth?: number; size?: number } = {}): void {
  const { doc } = pdf;
  const labelWidth = options.labelWidth ?? 150;
  const size = options.size ?? BODY_SIZE;
  const valueWidth = pdf.width - labelWidth - 8;
  for (const [label, value] of rows) {
    setFont(pdf, "bold", size - 0.5, COLOR.soft);
    const labelHeight = doc.heightOfString(label, { width: labelWidth, lineGap: 1 });
    setFont(pdf, "regular", size);
    const valueHeight = doc.heightOfString(value, { width: valueWidth, lineGap: 1 });
    const height = Math.max(labelHeight, valueHeight);
    ensureSpace(pdf, height + 4);
    const y = doc.y;
    setFont(pdf, "bold", size - 0.5, COLOR.soft);
    doc.text(label, pdf.left, y + 0.5, { width: labelWidth, lineGap: 1 });
    setFont(pdf, "regular", size);
    doc.text(value, pdf.left + labelWidth + 8, y, { width: valueWidth, lineGap: 1 });
    doc.y = y + height + 4;
  }
  doc.y += 2;
}

/** A shaded box with a bar on the left, e.g. for warnings. */
export function callout(pdf: Pdf, title: string, items: string[], tone: "warning" | "neutral" = "warning"): void {
  const { doc } = pdf;
  const pad = 8;
  const innerWidth = pdf.width - 2 * pad - 4;
  setFont(pdf, "bold", BODY_SIZE);
  let height = doc.heightOfString(title, { width: innerWidth }) + 4;
  setFont(pdf, "regular", BODY_SIZE);
  const bulleted = items.length > 1;
  const itemWidth = bulleted ? innerWidth - 12 : innerWidth;
  for (const item of items) height += doc.heightOfString(item, { width: itemWidth, lineGap: 1.5 }) + 2.5;
  height += 2 * pad;
  ensureSpace(pdf, Math.min(height, bottomLimit(pdf) - doc.page.margins.top));
  const top = doc.y;
  doc.save();
  doc.rect(pdf.left, top, pdf.width, height).fill(tone === "warning" ? COLOR.warningBg : COLOR.grey);
  doc.rect(pdf.left, top, 4, height).fill(tone === "warning" ? COLOR.warningBar : COLOR.border);
  doc.restore();
  const x = pdf.left + 4 + pad;
  setFont(pdf, "bold", BODY_SIZE);
  doc.text(title, x, top + pad, { width: innerWidth });
  doc.y += 4;
  setFont(pdf, "regular", BODY_SIZE);
  for (const item of items) {
    const y = doc.y;
    if (bulleted) doc.text("•", x, y, { lineBreak: false });
    doc.text(item, bulleted ? x + 12 : x, y, { width: itemWidth, lineGap: 1.5 });
    doc.y += 2.5;
  }
  doc.x = pdf.left;
  doc.y = top + height + 8;
}

export type Column = { header: string; width: number; align?: "left" | "right" | "center" };
/** A cell: plain text, or a main text (optionally bold) with smaller grey lines under it. */
export type Cell = string | { text: string; bold?: boolean; sub?: string[] };
export type TableOptions = { size?: number; zebra?: boolean; boldLastRow?: boolean };

const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.5;

/**
 * A table that fills the content width (columns are scaled to it). Rows never split; the header
 * row is repeated at the top of every page the table continues on.
 */
export function table(pdf: Pdf, columns: Column[], rows: Cell[][], options: TableOptions = {}): void {
  const { doc } = pdf;
  const size = options.size ?? 8.5;
  const subSize = size - 1.2;
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width / total) * pdf.width);
  const xs = widths.map((_, i) => pdf.left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));

  const measureCell = (cell: Cell, width: number, bold = false) => {
    const inner = width - 2 * CELL_PAD_X;
    const main = typeof cell === "string" ? cell : cell.text;
    setFont(pdf, bold || (typeof cell !== "string" && cell.bold) ? "condensedBold" : "condensed", size);
    let height = doc.heightOfString(main || " ", { width: inner, lineGap: 1 });
    if (typeof cell !== "string") {
      setFont(pdf, "condensed", subSize);
      for (const sub of cell.sub ?? []) height += doc.heightOfString(sub, { width: inner, lineGap: 0.5 }) + 0.5;
    }
    return height + 2 * CELL_PAD_Y;
  };

  const drawCell = (cell: Cell, i: number, y: number, bold = false, color: string = COLOR.ink) => {
    const inner = widths[i]! - 2 * CELL_PAD_X;
    const align = columns[i]!.align ?? "left";
    const main = typeof cell === "string" ? cell : cell.text;
    setFont(pdf, bold || (typeof cell !== "string" && cell.bold) ? "condensedBold" : "condensed", size, color);
    doc.text(main, xs[i]! + CELL_PAD_X, y + CELL_PAD_Y, { width: inner, align, lineGap: 1 });
    if (typeof cell !== "string") {
      setFont(pdf, "condensed", subSize, COLOR.soft);
      for (const sub of cell.sub ?? []) {
        doc.text(sub, xs[i]! + CELL_PAD_X, doc.y + 0.5, { width: inner, align, lineGap: 0.5 });
      }
    }
  };

  const headerHeight = Math.max(...columns.map((column, i) => measureCell(column.header, widths[i]!, true)));
  const drawHeader = () => {
    const y = doc.y;
    doc.save();
    doc.rect(pdf.left, y, pdf.width, headerHeight).fill(COLOR.grey);
    doc
      .moveTo(pdf.left, y + headerHeight)
      .lineTo(pdf.right, y + headerHeight)
      .lineWidth(1)
      .strokeColor(COLOR.ink)
      .stroke();
    doc.restore();
    columns.forEach((column, i) => {
      drawCell(column.header, i, y, true);
    });
    doc.y = y + headerHeight;
  };

  const firstRowHeight = rows[0] ? Math.max(...rows[0].map((cell, i) => measureCell(cell, widths[i]!))) : 0;
  ensureSpace(pdf, headerHeight + firstRowHeight);
  drawHeader();
  rows.forEach((row, r) => {
    const bold = options.boldLastRow === true && r === rows.length - 1;
    const height = Math.max(...row.map((cell, i) => measureCell(cell, widths[i]!, bold)));
    if (doc.y + height > bottomLimit(pdf)) {
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (options.zebra !== false && r % 2 === 1) {
      doc.save();
      doc.rect(pdf.left, y, pdf.width, height).fill("#fafaf8");
      doc.restore();
    }
    row.forEach((cell, i) => {
      drawCell(cell, i, y, bold);
    });
    doc.save();
    doc
      .moveTo(pdf.left, y + height)
      .lineTo(pdf.right, y + height)
      .lineWidth(0.4)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.restore();
    doc.y = y + height;
  });
  doc.x = pdf.left;
  doc.y += 8;
  setFont(pdf, "regular", BODY_SIZE);
}

/** Right-aligned totals: label and amount rows, the last one bold with a rule above. */
export function totalsBox(pdf: Pdf, rows: [string, string][], options: { width?: number } = {}): void {
  const { doc } = pdf;
  const width = options.width ?? 250;
  const x = pdf.right - width;
  const rowHeight = 15;
  ensureSpace(pdf, rows.length * rowHeight + 10);
  rows.forEach(([label, amount], i) => {
    const last = i === rows.length - 1;
    const y = doc.y;
    if (last) {
      doc.save();
      doc.moveTo(x, y).lineTo(pdf.right, y).lineWidth(1).strokeColor(COLOR.ink).stroke();
      doc.restore();
    }
    setFont(pdf, last ? "bold" : "regular", last ? 10 : 9.5);
    doc.text(label, x + CELL_PAD_X, y + 3.5, { width: width * 0.58, lineBreak: false });
    doc.text(amount, x + width * 0.58, y + 3.5, { width: width * 0.42 - CELL_PAD_X, align: "right", lineBreak: false });
    doc.y = y + rowHeight + (last ? 2 : 0);
  });
  doc.x = pdf.left;
  doc.y += 8;
  setFont(pdf, "regular", BODY_SIZE);
}

/** Two boxes side by side (e.g. buyer and supplier), each with a caption and lines of text. */
export function partyBoxes(pdf: Pdf, boxes: { caption: string; title: string; lines: string[] }[]): void {
  const { doc } = pdf;
  const spacing = 14;
  const boxWidth = (pdf.width - spacing * (boxes.length - 1)) / boxes.length;
  const pad = 9;
  const inner = boxWidth - 2 * pad;
  const measure = (box: (typeof boxes)[number]) => {
    setFont(pdf, "bold", 7.5);
    let height = doc.heightOfString(box.caption.toUpperCase(), { width: inner, characterSpacing: 0.6 }) + 5;
    setFont(pdf, "bold", 10.5);
    height += doc.heightOfString(box.title, { width: inner }) + 3;
    setFont(pdf, "regular", 9);
    for (const line of box.lines) height += doc.heightOfString(line, { width: inner, lineGap: 1 });
    return height + 2 * pad;
  };
  const height = Math.max(...boxes.map(measure));
  ensureSpace(pdf, height);
  const top = doc.y;
  boxes.forEach((box, i) => {
    const x = pdf.left + i * (boxWidth + spacing);
    doc.save();
    doc.rect(x, top, boxWidth, height).lineWidth(0.75).strokeColor(COLOR.border).stroke();
    doc.rect(x, top, boxWidth, 3).fill(COLOR.ink);
    doc.restore();
    setFont(pdf, "bold", 7.5, COLOR.soft);
    doc.text(box.caption.toUpperCase(), x + pad, top + pad, { width: inner, characterSpacing: 0.6 });
    doc.y += 5;
    setFont(pdf, "bold", 10.5);
    doc.text(box.title, x + pad, doc.y, { width: inner });
    doc.y += 3;
    setFont(pdf, "regular", 9);
    for (const line of box.lines) doc.text(line, x + pad, doc.y, { width: inner, lineGap: 1 });
  });
  doc.x = pdf.left;
  doc.y = top + height + 12;
  setFont(pdf, "regular", BODY_SIZE);
}

/**
 * Label/value fields in a grid of `columns` columns (label small above its value), filled row by
 * row; a row of fields never splits over pages.
 */
export function fieldGrid(pdf: Pdf, fields: [string, string][], options: { columns?: number } = {}): void {
  const { doc } = pdf;
  const columns = options.columns ?? 2;
  const spacing = 16;
  const cellWidth = (pdf.width - spacing * (columns - 1)) / columns;
  for (let start = 0; start < fields.length; start += columns) {
    const row = fields.slice(start, start + columns);
    const heights = row.map(([label, value]) => {
      setFont(pdf, "bold", 7.2);
      const labelHeight = doc.heightOfString(label.toUpperCase(), { width: cellWidth, characterSpacing: 0.4 });
      setFont(pdf, "regular", 9);
      return labelHeight + 1.5 + doc.heightOfString(value, { width: cellWidth, lineGap: 1 });
    });
    const height = Math.max(...heights);
    ensureSpace(pdf, height + 6);
    const y = doc.y;
    row.forEach(([label, value], i) => {
      const x = pdf.left + i * (cellWidth + spacing);
      setFont(pdf, "bold", 7.2, COLOR.soft);
      doc.text(label.toUpperCase(), x, y, { width: cellWidth, characterSpacing: 0.4 });
      setFont(pdf, "regular", 9);
      doc.text(value, x, doc.y + 1.5, { width: cellWidth, lineGap: 1 });
    });
    doc.y = y + height + 6;
  }
  doc.x = pdf.left;
  doc.y += 1;
  setFont(pdf, "regular", BODY_SIZE);
}
