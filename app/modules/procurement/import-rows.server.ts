// Catalogue import, the row side: the fields a file's columns map to, guessing that mapping from
// header names (Dutch or English), reading CSV and xlsx files as a stream of rows (never the
// whole file in memory), and validating one row into a product and an offer, with errors per
// column as message keys (supplier.error.*).
import { once } from "node:events";
import fs from "node:fs";
import { parse } from "csv-parse";
import ExcelJS from "exceljs";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.server.ts";
import { type AttributeDefinition, CATEGORY_DEFINITIONS } from "./categories.ts";
import { rowsOf } from "./db-util.server.ts";
import { isValidGtin, normaliseGtin, VAT_RATES } from "./shared.ts";

export const IMPORT_FIELDS = [
  "manufacturer",
  "partNumber",
  "gtin",
  "name",
  "description",
  "category",
  "unspsc",
  "images",
  "supplierSku",
  "price",
  "vatRate",
  "stock",
  "leadTimeDays",
  "minQuantity",
  "validFrom",
  "validTo",
  "lot",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  "manufacturer",
  "partNumber",
  "name",
  "category",
  "price",
  "leadTimeDays",
];

/** The largest file accepted for upload. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Every specification attribute over all categories, as mapping targets `spec.<key>`. */
export const SPEC_ATTRIBUTES: ReadonlyMap<string, AttributeDefinition> = (() => {
  const map = new Map<string, AttributeDefinition>();
  for (const category of CATEGORY_DEFINITIONS) for (const attribute of category.attributes) map.set(attribute.key, attribute);
  return map;
})();

/** All mapping targets: the fixed fields and `spec.<key>`. */
export const MAPPING_TARGETS: readonly string[] = [...IMPORT_FIELDS, ...[...SPEC_ATTRIBUTES.keys()].map((key) => `spec.${key}`)];

const SYNONYMS: Record<ImportField, string[]> = {
  manufacturer: ["fabrikant", "merk", "manufacturer", "brand", "producent"],
  partNumber: ["onderdeelnummer", "fabrikantnummer", "partnumber", "partnr", "mpn", "productnummer", "manufacturerpartnumber"],
  gtin: ["gtin", "ean", "gtinean", "eancode", "barcode"],
  name: ["naam", "productnaam", "name", "productname", "titel", "title"],
  description: ["omschrijving", "beschrijving", "description"],
  category: ["categorie", "category", "productcategorie"],
  unspsc: ["unspsc", "unspsccode"],
  images: ["afbeeldingen", "afbeelding", "fotos", "foto", "images", "image", "imageurl", "imageurls", "afbeeldingurl"],
  supplierSku: ["artikelnummer", "sku", "leveranciersartikelnummer", "suppliersku", "eigenartikelnummer"],
  price: ["prijs", "prijsexclbtw", "prijsexbtw", "nettoprijs", "price", "priceexclvat", "netprice"],
  vatRate: ["btw", "btwtarief", "btwpercentage", "vat", "vatrate"],
  stock: ["voorraad", "stock", "opvoorraad"],
  leadTimeDays: ["levertijd", "levertijddagen", "levertermijn", "leadtime", "leadtimedays"],
  minQuantity: ["minimumaantal", "minaantal", "minimumafname", "minquantity", "moq", "minimumquantity"],
  validFrom: ["geldigvanaf", "geldigvan", "validfrom", "startdatum"],
  validTo: ["geldigtot", "geldigtotenmet", "validto", "validuntil", "einddatum"],
  lot: ["perceel", "raamovereenkomstperceel", "lot", "frameworklot"],
};

const normaliseHeader = (value: string) =>
  value
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/^spec\./, "")
    .replace(/[^a-z0-9]+/g, "");

/** Guesses which target each column maps to from its header; "" for a column left out. */
export function guessMapping(headers: readonly string[]): string[] {
  const byName = new Map<string, string>();
  for (const [field, names] of Object.entries(SYNONYMS)) for (const name of names) byName.set(name, field);
  for (const [key, attribute] of SPEC_ATTRIBUTES) {
    for (const name of [key, key.replace(/_(gb|tb|inch|kg|wh|years|w|hz|mm)$/, ""), attribute.labelNl, attribute.labelEn]) {
      const normal = normaliseHeader(name);
      if (!byName.has(normal)) byName.set(normal, `spec.${key}`);
    }
  }
  const used = new Set<string>();
  return headers.map((header) => {
    const target = byName.get(normaliseHeader(header));
    if (!target || used.has(target)) return "";
    used.add(target);
    return target;
  });
}

export type MappingProblem = { target: string; error: string };

/** Checks a column mapping: every required field once, no target twice, only known targets. */
export function checkMapping(mapping: readonly string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seen = new Set<string>();
  for (const target of mapping) {
    if (target === "") continue;
    if (!MAPPING_TARGETS.includes(target)) problems.push({ target, error: "supplier.error.unknownTarget" });
    else if (seen.has(target)) problems.push({ target, error: "supplier.error.mappedTwice" });
    seen.add(target);
  }
  for (const field of REQUIRED_IMPORT_FIELDS) {
    if (!seen.has(field)) problems.push({ target: field, error: "supplier.error.missingColumn" });
  }
  return problems;
}

// --- Reading files as a stream ----------------------------------------------------------------

export type SheetRow = { line: number; cells: string[] };
export type ReadOptions = { onBytes?: (bytesRead: number) => void };

/** Picks ";" or "," by counting them (outside quotes) in the first line. */
async function sniffDelimiter(filePath: string): Promise<";" | ","> {
  const handle = await fs.promises.open(filePath, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString("utf8");
    let semicolons = 0;
    let commas = 0;
    let quoted = false;
    for (const char of text) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === "\n" || char === "\r")) break;
      else if (!quoted && char === ";") semicolons++;
      else if (!quoted && char === ",") commas++;
    }
    return semicolons >= commas && semicolons > 0 ? ";" : commas > 0 ? "," : ";";
  } finally {
    await handle.close();
  }
}

function countingStream(filePath: string, options: ReadOptions) {
  const stream = fs.createReadStream(filePath, { highWaterMark: 256 * 1024 });
  let bytes = 0;
  if (options.onBytes) {
    const report = options.onBytes;
    stream.on("data", (chunk) => {
      bytes += chunk.length;
      report(bytes);
    });
  }
  return stream;
}

async function* readCsv(filePath: string, options: ReadOptions): AsyncGenerator<SheetRow> {
  const delimiter = await sniffDelimiter(filePath);
  const parser = countingStream(filePath, options).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    yield { line: item.info.lines, cells: item.record };
  }
}

/** The text of an exceljs cell value (rich text, formulas, hyperlinks, dates). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join("");
    if ("result" in v) return cellText(v.result);
    if ("text" in v) return cellText(v.text);
    if (v.error) return v.error;
    return "";
  }
  return String(value);
}

async function* readXlsx(filePath: string, options: ReadOptions): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(countingStream(filePath, options), {
    entries: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
  });
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
      if (cells.every((cell) => cell.trim() === "")) continue;
      yield { line: row.number, cells };
    }
    // Only the first worksheet is read; drain the rest without parsing it.
    break;
  }
}

/** The rows of a CSV (UTF-8, ";" or ",", BOM allowed) or xlsx file, header row first. */
export function readSheet(filePath: string, format: "csv" | "xlsx", options: ReadOptions = {}): AsyncGenerator<SheetRow> {
  return format === "csv" ? readCsv(filePath, options) : readXlsx(filePath, options);
}

/** The header row of a file, or null when it has none. */
export async function readHeaders(filePath: string, format: "csv" | "xlsx"): Promise<string[] | null> {
  const rows = readSheet(filePath, format);
  try {
    const first = await rows.next();
    if (first.done) return null;
    const headers = first.value.cells.map((cell) => cell.trim());
    return headers.some((header) => header !== "") ? headers : null;
  } finally {
    await rows.return(undefined);
  }
}

/** Whether a file starts like a zip (xlsx) archive. */
export async function looksLikeZip(filePath: string): Promise<boolean> {
  const handle = await fs.promises.open(filePath, "r");
  try {
    const buffer = Buffer.alloc(4);
    await handle.read(buffer, 0, 4, 0);
    return buffer.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    await handle.close();
  }
}

/** Writes a web stream to a file, refusing more than `maxBytes`; false when it was too large. */
export async function saveUpload(stream: ReadableStream<Uint8Array>, filePath: string, maxBytes: number): Promise<boolean> {
  await fs.promises.mkdir((await import("node:path")).dirname(filePath), { recursive: true });
  const out = fs.createWriteStream(filePath);
  let total = 0;
  try {
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) {
        out.destroy();
        await fs.promises.rm(filePath, { force: true });
        return false;
      }
      if (!out.write(chunk)) await once(out, "drain");
    }
  } finally {
    if (!out.destroyed)
      await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  }
  return true;
}

// --- Validating rows --------------------------------------------------------------------------

export type RowError = { line: number; column?: string; error: string; value?: string };

/** One valid row: the product and the supplier's offer of it. */
export type ValidRow = {
  line: number;
  product: {
    manufacturer: string;
    partNumber: string;
    gtin: string | null;
    name: string;
    description: string;
    category: string;
    unspsc: string | null;
    specs: Record<string, string | number | boolean>;
    images: { url: string }[];
  };
  offer: {
    supplierSku: string | null;
    priceCents: number;
    vatRate: number;
    stock: number;
    leadTimeDays: number;
    minQuantity: number;
    validFrom: string | null;
    validTo: string | null;
    frameworkLotId: string | null;
  };
};

export type ValidationContext = {
  /** Category slug → its attributes; only categories that exist. */
  categories: ReadonlyMap<string, readonly AttributeDefinition[]>;
  /** Lots the supplier is on: lot id and "REFERENCE#number" (upper case) → lot id. */
  lots: ReadonlyMap<string, string>;
  /** Manufacturer + part number → first line, to find duplicates within one file. */
  seen: Map<string, number>;
};

/** The lots a supplier was awarded, keyed by id and by "REFERENCE#number". */
export async function supplierLotKeys(db: DbOrTx, supplierId: string): Promise<Map<string, string>> {
  const rows = await rowsOf<{ id: string; reference: string; number: number }>(
    db,
    sql`SELECT l.id, f.reference, l.number
          FROM procurement.framework_lot_suppliers s
          JOIN procurement.framework_lots l ON l.id = s.lot_id
          JOIN procurement.frameworks f ON f.id = l.framework_id
         WHERE s.supplier_id = ${supplierId}`,
  );
  const map = new Map<string, string>();
  for (const row of rows) {
    map.set(row.id.toLowerCase(), row.id);
    map.set(`${row.reference}#${row.number}`.toUpperCase(), row.id);
  }
  return map;
}

export async function validationContext(db: DbOrTx, supplierId: string): Promise<ValidationContext> {
  const existing = await rowsOf<{ slug: string }>(db, sql`SELECT slug FROM procurement.categories`);
  const slugs = new Set(existing.map((row) => row.slug));
  const categories = new Map<string, readonly AttributeDefinition[]>();
  for (const definition of CATEGORY_DEFINITIONS)
    if (slugs.has(definition.slug)) categories.set(definition.slug, definition.attributes);
  return { categories, lots: await supplierLotKeys(db, supplierId), seen: new Map() };
}

const collapse = (value: string) => value.trim().replace(/\s+/g, " ");

/** Euro with a decimal comma or dot ("1.234,50", "1234.5", "€ 99") → cents; null if not a price. */
export function parseEuro(input: string): number | null | "negative" {
  let text = input.replace(/[\s\u00a0€]/g, "");
  if (/^-\d/.test(text)) return "negative";
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(text)) text = text.replace(/\./g, "");
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(text)) text = text.replace(/,/g, "");
  if (!/^\d+([.,]\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text.replace(",", ".")) * 100);
}

/** dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd → yyyy-mm-dd; null if not a date. */
export function parseDay(input: string): string | null {
  const text = input.trim();
  let iso: string | null = null;
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (be) iso = `${be[3]}-${be[2]!.padStart(2, "0")}-${be[1]!.padStart(2, "0")}`;
  else if (/^\d{4}-\d{2}-\d{2}/.test(text)) iso = text.slice(0, 10);
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

function parseWhole(input: string): number | null {
  const text = input.trim().replace(/[.,]0+$/, "");
  return /^-?\d{1,9}$/.test(text) ? Number(text) : null;
}

function parseSpec(attribute: AttributeDefinition, raw: string): { value: string | number | boolean } | { error: string } {
  const text = collapse(raw);
  switch (attribute.type) {
    case "number": {
      const n = Number(text.replace(",", "."));
      return /^-?\d+([.,]\d+)?$/.test(text) && Number.isFinite(n) ? { value: n } : { error: "supplier.error.specNumber" };
    }
    case "boolean": {
      const lower = text.toLowerCase();
      if (["ja", "yes", "true", "1", "waar", "j", "y"].includes(lower)) return { value: true };
      if (["nee", "no", "false", "0", "onwaar", "n"].includes(lower)) return { value: false };
      return { error: "supplier.error.specBoolean" };
    }
    case "enum": {
      const option = attribute.options?.find((o) => o.toLowerCase() === text.toLowerCase());
      return option ? { value: option } : { error: "supplier.error.specOption" };
    }
    default:
      return text.length <= 200 ? { value: text } : { error: "supplier.error.specText" };
  }
}

/**
 * Validates one row given as target → text (a file row after mapping, a form, or a JSON item).
 * `columns` names the source column of each target for error messages. Duplicate part numbers
 * are found through `context.seen`.
 */
export function validateRecord(
  record: Readonly<Record<string, string | undefined>>,
  line: number,
  context: ValidationContext,
  columns: Readonly<Record<string, string>> = {},
): { ok: true; row: ValidRow } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const value = (target: string) => (record[target] ?? "").trim();
  const fail = (target: string, error: string) => {
    const raw = record[target] ?? "";
    errors.push({ line, column: columns[target] ?? target, error, value: raw.length > 100 ? `${raw.slice(0, 100)}…` : raw });
  };

  const manufacturer = collapse(value("manufacturer"));
  if (!manufacturer || manufacturer.length > 100) fail("manufacturer", "supplier.error.manufacturer");
  const partNumber = collapse(value("partNumber")).toUpperCase();
  if (!partNumber || partNumber.length > 80) fail("partNumber", "supplier.error.partNumber");
  const gtinText = normaliseGtin(value("gtin"));
  if (gtinText && !isValidGtin(gtinText)) fail("gtin", "supplier.error.gtin");
  const name = collapse(value("name"));
  if (!name || name.length > 300) fail("name", "supplier.error.name");
  const description = record.description ?? "";
  if (description.length > 10_000) fail("description", "supplier.error.description");
  const category = value("category").toLowerCase();
  const attributes = context.categories.get(category);
  if (!attributes) fail("category", category ? "supplier.error.categoryUnknown" : "supplier.error.category");
  const unspsc = value("unspsc");
  if (unspsc && !/^\d{8}$/.test(unspsc)) fail("unspsc", "supplier.error.unspsc");
  // Image addresses: https only, separated by "|", commas or white space, ten at most.
  const images = (value("images") ?? "")
    .split(/[\s|,]+/)
    .filter(Boolean)
    .map((url) => ({ url }));
  if (images.length > 10 || images.some(({ url }) => !isHttpsUrl(url))) fail("images", "supplier.error.images");

  const specs: Record<string, string | number | boolean> = {};
  for (const [target, raw] of Object.entries(record)) {
    if (!target.startsWith("spec.") || !raw || raw.trim() === "") continue;
    const key = target.slice(5);
    const attribute = attributes?.find((a) => a.key === key);
    if (!attribute) {
      if (attributes) fail(target, "supplier.error.specNotInCategory");
      continue;
    }
    const parsed = parseSpec(attribute, raw);
    if ("error" in parsed) fail(target, parsed.error);
    else specs[key] = parsed.value;
  }

  const price = parseEuro(value("price"));
  if (value("price") === "") fail("price", "supplier.error.priceMissing");
  else if (price === "negative") fail("price", "supplier.error.priceNegative");
  else if (price === null) fail("price", "supplier.error.price");
  else if (price <= 0 || price > 2_000_000_000) fail("price", "supplier.error.pricePositive");

  let vatRate = 21;
  if (value("vatRate") !== "") {
    const rate = Number(value("vatRate").replace("%", "").replace(",", ".").trim());
    if (!(VAT_RATES as readonly number[]).includes(rate)) fail("vatRate", "supplier.error.vatRate");
    else vatRate = rate;
  }
  const whole = (target: string, fallback: number | null, min: number, max: number, error: string) => {
    if (value(target) === "") {
      if (fallback === null) fail(target, error);
      return fallback ?? 0;
    }
    const n = parseWhole(value(target));
    if (n === null || n < min || n > max) {
      fail(target, error);
      return 0;
    }
    return n;
  };
  const stock = whole("stock", 0, 0, 1_000_000_000, "supplier.error.stock");
  const leadTimeDays = whole("leadTimeDays", null, 0, 365, "supplier.error.leadTime");
  const minQuantity = whole("minQuantity", 1, 1, 1_000_000, "supplier.error.minQuantity");
  const day = (target: string) => {
    if (value(target) === "") return null;
    const parsed = parseDay(value(target));
    if (!parsed) fail(target, "supplier.error.date");
    return parsed;
  };
  const validFrom = day("validFrom");
  const validTo = day("validTo");
  if (validFrom && validTo && validTo < validFrom) fail("validTo", "supplier.error.validity");
  let frameworkLotId: string | null = null;
  if (value("lot") !== "") {
    frameworkLotId = context.lots.get(value("lot").toUpperCase()) ?? context.lots.get(value("lot").toLowerCase()) ?? null;
    if (!frameworkLotId) fail("lot", "supplier.error.lot");
  }
  const supplierSku = collapse(value("supplierSku"));
  if (supplierSku.length > 80) fail("supplierSku", "supplier.error.supplierSku");

  if (manufacturer && partNumber) {
    const key = `${manufacturer.toLowerCase()}\u0000${partNumber}`;
    const first = context.seen.get(key);
    if (first !== undefined) {
      errors.push({
        line,
        column: columns.partNumber ?? "partNumber",
        error: "supplier.error.duplicate",
        value: `${partNumber} (${first})`,
      });
    } else {
      context.seen.set(key, line);
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    row: {
      line,
      product: {
        manufacturer,
        partNumber,
        gtin: gtinText || null,
        name,
        description,
        category,
        unspsc: unspsc || null,
        specs,
        images,
      },
      offer: {
        supplierSku: supplierSku || null,
        priceCents: price as number,
        vatRate,
        stock,
        leadTimeDays,
        minQuantity,
        validFrom,
        validTo,
        frameworkLotId,
      },
    },
  };
}

function isHttpsUrl(value: string): boolean {
  if (value.length > 1000) return false;
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
