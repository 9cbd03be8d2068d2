// Catalogue import, the process: an upload is stored and its header row read, the supplier maps
// columns, a job validates every row (streamed) and records a preview, and after the supplier's
// go a job applies all rows in one transaction, or none. History lives in procurement.imports.
import fs from "node:fs";
import path from "node:path";
import { and, desc, eq, sql } from "drizzle-orm";
import type { DatabaseHandle, Db, DbOrTx } from "../../db/client.server.ts";
import { enqueueJob, recordAudit } from "../platform/index.server.ts";
import { upsertOffers, upsertProducts, WRITE_BATCH_SIZE } from "./catalogue.server.ts";
import { rowsOf } from "./db-util.server.ts";
import {
  checkMapping,
  guessMapping,
  looksLikeZip,
  MAX_IMPORT_BYTES,
  type MappingProblem,
  type RowError,
  readHeaders,
  readSheet,
  saveUpload,
  type ValidationContext,
  type ValidRow,
  validateRecord,
  validationContext,
} from "./import-rows.server.ts";
import { catalogueImports, importDetails } from "./schema.ts";
import type { ImportStatus } from "./shared.ts";

export const IMPORT_JOB = "procurement.import";
/** Row errors kept for the preview (all are counted). */
export const MAX_STORED_ERRORS = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type Actor = { personId: string; ip?: string | null };
type Failure = { ok: false; error: string };

/** Progress of imports being applied in this process (a transaction's own writes are invisible to others). */
const liveProgress = new Map<string, { processedRows: number }>();

// --- Upload and mapping -----------------------------------------------------------------------

export type UploadInput = { fileName: string; size: number; type: string; stream: ReadableStream<Uint8Array> };

/** Stores an uploaded CSV or xlsx file and reads its header row; the import waits for its mapping. */
export async function createImport(
  db: Db,
  options: { dataDir: string; supplierId: string; actor: Actor; file: UploadInput },
): Promise<{ ok: true; id: string } | Failure> {
  const { file } = options;
  if (!file.fileName || file.size === 0) return { ok: false, error: "supplier.import.error.noFile" };
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: "supplier.import.error.tooLarge" };
  const extension = path.extname(file.fileName).toLowerCase();
  const format = extension === ".csv" ? "csv" : extension === ".xlsx" ? "xlsx" : null;
  if (!format) return { ok: false, error: "supplier.import.error.type" };
  const [row] = await db
    .insert(catalogueImports)
    .values({ supplierId: options.supplierId, fileName: file.fileName.slice(0, 200), format, createdBy: options.actor.personId })
    .returning({ id: catalogueImports.id });
  const id = row!.id;
  const storagePath = path.join(options.dataDir, "imports", `${id}.${format}`);
  const fail = async (error: string): Promise<Failure> => {
    await fs.promises.rm(storagePath, { force: true });
    await db.delete(catalogueImports).where(eq(catalogueImports.id, id));
    return { ok: false, error };
  };
  if (!(await saveUpload(file.stream, storagePath, MAX_IMPORT_BYTES))) return fail("supplier.import.error.tooLarge");
  const zip = await looksLikeZip(storagePath);
  if ((format === "xlsx") !== zip) return fail("supplier.import.error.type");
  let headers: string[] | null;
  try {
    headers = await readHeaders(storagePath, format);
  } catch {
    return fail("supplier.import.error.unreadable");
  }
  if (!headers) return fail("supplier.import.error.empty");
  const stat = await fs.promises.stat(storagePath);
  await db.insert(importDetails).values({
    importId: id,
    storagePath,
    fileSize: stat.size,
    headers,
    mapping: Object.fromEntries(guessMapping(headers).map((target, index) => [String(index), target])),
  });
  return { ok: true, id };
}

export type ImportView = {
  id: string;
  fileName: string;
  format: "csv" | "xlsx" | "json";
  status: ImportStatus;
  rowCount: number;
  validCount: number;
  errorCount: number;
  createdCount: number;
  updatedCount: number;
  errors: RowError[];
  createdAt: Date;
  finishedAt: Date | null;
  headers: string[];
  mapping: string[];
  fileSize: number;
  processedBytes: number;
  processedRows: number;
  newProducts: number;
  changedProducts: number;
  newOffers: number;
  changedOffers: number;
};

/** One import of this supplier; undefined for another supplier's import or a malformed id. */
export async function getImport(db: Db, supplierId: string, id: string): Promise<ImportView | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(catalogueImports)
    .leftJoin(importDetails, eq(importDetails.importId, catalogueImports.id))
    .where(and(eq(catalogueImports.id, id), eq(catalogueImports.supplierId, supplierId)));
  if (!row) return undefined;
  const i = row.imports;
  const d = row.import_details;
  const headers = d?.headers ?? [];
  const live = liveProgress.get(id);
  return {
    id: i.id,
    fileName: i.fileName,
    format: i.format,
    status: i.status,
    rowCount: i.rowCount,
    validCount: i.validCount,
    errorCount: i.errorCount,
    createdCount: i.createdCount,
    updatedCount: i.updatedCount,
    errors: i.errors,
    createdAt: i.createdAt,
    finishedAt: i.finishedAt,
    headers,
    mapping: headers.map((_, index) => d?.mapping[String(index)] ?? ""),
    fileSize: d?.fileSize ?? 0,
    processedBytes: d?.processedBytes ?? 0,
    processedRows: Math.max(d?.processedRows ?? 0, live?.processedRows ?? 0),
    newProducts: d?.newProducts ?? 0,
    changedProducts: d?.changedProducts ?? 0,
    newOffers: d?.newOffers ?? 0,
    changedOffers: d?.changedOffers ?? 0,
  };
}

/** The supplier's imports, newest first. */
export async function listImports(db: Db, supplierId: string, limit = 20) {
  return db
    .select({
      id: catalogueImports.id,
      fileName: catalogueImports.fileName,
      format: catalogueImports.format,
      status: catalogueImports.status,
      rowCount: catalogueImports.rowCount,
      errorCount: catalogueImports.errorCount,
      createdCount: catalogueImports.createdCount,
      updatedCount: catalogueImports.updatedCount,
      createdAt: catalogueImports.createdAt,
    })
    .from(catalogueImports)
    .where(eq(catalogueImports.supplierId, supplierId))
    .orderBy(desc(catalogueImports.createdAt))
    .limit(limit);
}

/** Saves the column mapping (one target per column) and queues validation. */
export async function startValidation(
  db: Db,
  supplierId: string,
  id: string,
  mapping: string[],
): Promise<{ ok: true } | { ok: false; error: string; problems?: MappingProblem[] }> {
  const found = await getImport(db, supplierId, id);
  if (!found) return { ok: false, error: "notFound" };
  if (found.status !== "uploaded") return { ok: false, error: "supplier.import.error.state" };
  const cleaned = found.headers.map((_, index) => mapping[index] ?? "");
  const problems = checkMapping(cleaned);
  if (problems.length > 0) return { ok: false, error: "supplier.import.error.mapping", problems };
  await db.transaction(async (tx) => {
    await tx
      .update(importDetails)
      .set({ mapping: Object.fromEntries(cleaned.map((target, index) => [String(index), target])), updatedAt: new Date() })
      .where(eq(importDetails.importId, id));
    const jobId = await enqueueJob(tx, IMPORT_JOB, { importId: id, phase: "validate" }, { maxAttempts: 1 });
    await tx.update(catalogueImports).set({ status: "validating", jobId }).where(eq(catalogueImports.id, id));
  });
  return { ok: true };
}

/** Queues applying an import whose preview found no errors. */
export async function startApply(db: Db, supplierId: string, id: string, actor: Actor): Promise<{ ok: true } | Failure> {
  const found = await getImport(db, supplierId, id);
  if (!found) return { ok: false, error: "notFound" };
  if (found.status !== "preview" || found.errorCount > 0) return { ok: false, error: "supplier.import.error.state" };
  await db.transaction(async (tx) => {
    const jobId = await enqueueJob(tx, IMPORT_JOB, { importId: id, phase: "apply", actorId: actor.personId }, { maxAttempts: 1 });
    await tx.update(catalogueImports).set({ status: "applying", jobId }).where(eq(catalogueImports.id, id));
  });
  return { ok: true };
}

/** Cancels an import that has not been applied; its stored file is removed. */
export async function cancelImport(db: Db, supplierId: string, id: string): Promise<{ ok: true } | Failure> {
  const found = await getImport(db, supplierId, id);
  if (!found) return { ok: false, error: "notFound" };
  if (found.status !== "uploaded" && found.status !== "preview") return { ok: false, error: "supplier.import.error.state" };
  await db.update(catalogueImports).set({ status: "cancelled", finishedAt: new Date() }).where(eq(catalogueImports.id, id));
  await removeFile(db, id);
  return { ok: true };
}

async function removeFile(db: DbOrTx, id: string) {
  const [details] = await db
    .select({ storagePath: importDetails.storagePath })
    .from(importDetails)
    .where(eq(importDetails.importId, id));
  if (details?.storagePath) await fs.promises.rm(details.storagePath, { force: true });
  await db.update(importDetails).set({ storagePath: null }).where(eq(importDetails.importId, id));
}

// --- Validating and applying (the job) --------------------------------------------------------

/** Mapped rows of a stored file, header skipped, with the source column names. */
async function* mappedRows(
  filePath: string,
  format: "csv" | "xlsx",
  mapping: readonly string[],
  onBytes?: (bytes: number) => void,
) {
  let first = true;
  for await (const row of readSheet(filePath, format, { onBytes })) {
    if (first) {
      first = false;
      continue;
    }
    const record: Record<string, string> = {};
    mapping.forEach((target, index) => {
      if (target) record[target] = row.cells[index] ?? "";
    });
    yield { line: row.line, record };
  }
}

export type RowCounts = { newProducts: number; changedProducts: number; newOffers: number; changedOffers: number };

/** How many of these valid rows add a product or an offer, and how many change existing ones. */
export async function countChanges(db: DbOrTx, supplierId: string, rows: readonly ValidRow[]): Promise<RowCounts> {
  const counts: RowCounts = { newProducts: 0, changedProducts: 0, newOffers: 0, changedOffers: 0 };
  if (rows.length === 0) return counts;
  const payload = rows.map((r) => ({ manufacturer: r.product.manufacturer, part_number: r.product.partNumber }));
  const [row] = await rowsOf<{ products: number; offers: number }>(
    db,
    sql`SELECT count(p.id)::int AS products, count(o.id)::int AS offers
          FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS i(manufacturer text, part_number text)
          LEFT JOIN procurement.products p ON p.manufacturer = i.manufacturer AND p.part_number = i.part_number
          LEFT JOIN procurement.offers o ON o.product_id = p.id AND o.supplier_id = ${supplierId}`,
  );
  counts.changedProducts = row?.products ?? 0;
  counts.newProducts = rows.length - counts.changedProducts;
  counts.changedOffers = row?.offers ?? 0;
  counts.newOffers = rows.length - counts.changedOffers;
  return counts;
}

/** Writes valid rows (products first, then this supplier's offers of them). Use inside a transaction. */
export async function writeRows(db: DbOrTx, supplierId: string, rows: readonly ValidRow[]) {
  const products = await upsertProducts(
    db,
    rows.map((r) => r.product),
  );
  const idByKey = new Map(products.map((p) => [`${p.manufacturer}\u0000${p.partNumber}`, p.id]));
  const offers = await upsertOffers(
    db,
    rows.map((r) => ({
      ...r.offer,
      productId: idByKey.get(`${r.product.manufacturer}\u0000${r.product.partNumber}`)!,
      supplierId,
    })),
  );
  return {
    productsCreated: products.filter((p) => p.status === "created").length,
    productsUpdated: products.filter((p) => p.status === "updated").length,
    offers,
  };
}

async function loadJobImport(db: Db, importId: string) {
  const [row] = await db
    .select()
    .from(catalogueImports)
    .innerJoin(importDetails, eq(importDetails.importId, catalogueImports.id))
    .where(eq(catalogueImports.id, importId));
  return row;
}

/** Validates every row of an import (streamed) and records the preview. */
export async function validateImport(db: Db, importId: string): Promise<void> {
  const row = await loadJobImport(db, importId);
  if (!row || row.imports.status !== "validating" || !row.import_details.storagePath) return;
  const { imports: imp, import_details: details } = row;
  const format = imp.format === "xlsx" ? "xlsx" : "csv";
  const headers = details.headers;
  const mapping = headers.map((_, index) => details.mapping[String(index)] ?? "");
  const columns = Object.fromEntries(mapping.map((target, index) => [target, headers[index] ?? target]));
  const context = await validationContext(db, imp.supplierId);
  const errors: RowError[] = [];
  let errorCount = 0;
  let rowCount = 0;
  let validCount = 0;
  let bytes = 0;
  const totals: RowCounts = { newProducts: 0, changedProducts: 0, newOffers: 0, changedOffers: 0 };
  let batch: ValidRow[] = [];
  const flush = async () => {
    const counts = await countChanges(db, imp.supplierId, batch);
    totals.newProducts += counts.newProducts;
    totals.changedProducts += counts.changedProducts;
    totals.newOffers += counts.newOffers;
    totals.changedOffers += counts.changedOffers;
    batch = [];
    await db
      .update(importDetails)
      .set({ processedRows: rowCount, processedBytes: bytes, updatedAt: new Date() })
      .where(eq(importDetails.importId, importId));
  };
  try {
    for await (const { line, record } of mappedRows(details.storagePath!, format, mapping, (b) => {
      bytes = b;
    })) {
      rowCount++;
      const result = validateRecord(record, line, context, columns);
      if (result.ok) {
        validCount++;
        batch.push(result.row);
        if (batch.length >= WRITE_BATCH_SIZE) await flush();
      } else {
        errorCount += result.errors.length;
        for (const error of result.errors) if (errors.length < MAX_STORED_ERRORS) errors.push(error);
      }
    }
    await flush();
  } catch {
    await db
      .update(catalogueImports)
      .set({
        status: "failed",
        finishedAt: new Date(),
        errors: [{ line: 0, error: "supplier.import.error.unreadable" }],
        errorCount: 1,
      })
      .where(eq(catalogueImports.id, importId));
    return;
  }
  if (rowCount === 0) {
    errorCount = 1;
    errors.push({ line: 2, error: "supplier.import.error.noRows" });
  }
  await db.transaction(async (tx) => {
    await tx
      .update(importDetails)
      .set({ ...totals, processedRows: rowCount, processedBytes: details.fileSize, updatedAt: new Date() })
      .where(eq(importDetails.importId, importId));
    await tx
      .update(catalogueImports)
      .set({ status: "preview", rowCount, validCount, errorCount, errors })
      .where(eq(catalogueImports.id, importId));
  });
}

/** Applies every row of a validated import in one transaction; any problem applies nothing. */
export async function applyImport(db: Db, importId: string, actorId?: string | null): Promise<void> {
  const row = await loadJobImport(db, importId);
  if (!row || row.imports.status !== "applying" || !row.import_details.storagePath) return;
  const { imports: imp, import_details: details } = row;
  const format = imp.format === "xlsx" ? "xlsx" : "csv";
  const headers = details.headers;
  const mapping = headers.map((_, index) => details.mapping[String(index)] ?? "");
  const columns = Object.fromEntries(mapping.map((target, index) => [target, headers[index] ?? target]));
  const progress = { processedRows: 0 };
  liveProgress.set(importId, progress);
  try {
    const result = await db.transaction(async (tx) => {
      const context = await validationContext(tx, imp.supplierId);
      let created = 0;
      let updated = 0;
      let batch: ValidRow[] = [];
      const flush = async () => {
        const written = await writeRows(tx, imp.supplierId, batch);
        created += written.offers.created;
        updated += written.offers.updated;
        progress.processedRows += batch.length;
        batch = [];
      };
      for await (const { line, record } of mappedRows(details.storagePath!, format, mapping)) {
        const checked = validateRecord(record, line, context, columns);
        // The file or the catalogue changed since the preview: apply nothing.
        if (!checked.ok) throw new ImportRowError(checked.errors);
        batch.push(checked.row);
        if (batch.length >= WRITE_BATCH_SIZE) await flush();
      }
      await flush();
      await tx
        .update(catalogueImports)
        .set({ status: "applied", createdCount: created, updatedCount: updated, finishedAt: new Date() })
        .where(eq(catalogueImports.id, importId));
      await recordAudit(tx, {
        actorId: actorId ?? imp.createdBy,
        organisationId: imp.supplierId,
        action: "procurement.import.applied",
        targetType: "catalogue_import",
        targetId: importId,
        details: { fileName: imp.fileName, rows: progress.processedRows, created, updated },
      });
      return { created, updated };
    });
    void result;
    await removeFile(db, importId);
  } catch (err) {
    const errors =
      err instanceof ImportRowError
        ? err.errors.slice(0, MAX_STORED_ERRORS)
        : [{ line: 0, error: "supplier.import.error.applyFailed" }];
    await db
      .update(catalogueImports)
      .set({ status: "failed", errorCount: errors.length, errors, finishedAt: new Date() })
      .where(eq(catalogueImports.id, importId));
  } finally {
    liveProgress.delete(importId);
  }
}

class ImportRowError extends Error {
  errors: RowError[];
  constructor(errors: RowError[]) {
    super("import row invalid");
    this.errors = errors;
  }
}

/** The job handler: `{ importId, phase: "validate" | "apply" }`. */
export function createImportJobHandler(handle: DatabaseHandle) {
  return async (payload: Record<string, unknown>) => {
    const importId = String(payload.importId ?? "");
    if (!UUID.test(importId)) return;
    if (payload.phase === "apply")
      await applyImport(handle.db, importId, typeof payload.actorId === "string" ? payload.actorId : null);
    else await validateImport(handle.db, importId);
  };
}

/**
 * Validates and applies offers given as records (the JSON API, one-offer forms): all or nothing,
 * in one transaction, recorded in the import history. Errors carry the item's index as `line`.
 */
export async function applyRecords(
  db: Db,
  supplierId: string,
  records: readonly Record<string, string | undefined>[],
  options: { actorId?: string | null; source: string; context?: ValidationContext },
): Promise<{ ok: true; created: number; updated: number; unchanged: number } | { ok: false; errors: RowError[] }> {
  const context = options.context ?? (await validationContext(db, supplierId));
  const rows: ValidRow[] = [];
  const errors: RowError[] = [];
  records.forEach((record, index) => {
    const result = validateRecord(record, index, context);
    if (result.ok) rows.push(result.row);
    else errors.push(...result.errors);
  });
  if (errors.length > 0 || rows.length === 0) return { ok: false, errors };
  return db.transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (let i = 0; i < rows.length; i += WRITE_BATCH_SIZE) {
      const written = await writeRows(tx, supplierId, rows.slice(i, i + WRITE_BATCH_SIZE));
      created += written.offers.created;
      updated += written.offers.updated;
      unchanged += written.offers.unchanged;
    }
    await tx.insert(catalogueImports).values({
      supplierId,
      fileName: options.source,
      format: "json",
      status: "applied",
      rowCount: rows.length,
      validCount: rows.length,
      createdCount: created,
      updatedCount: updated,
      createdBy: options.actorId ?? null,
      finishedAt: new Date(),
    });
    await recordAudit(tx, {
      actorId: options.actorId ?? null,
      organisationId: supplierId,
      action: "procurement.offers.written",
      targetType: "organisation",
      targetId: supplierId,
      details: { source: options.source, rows: rows.length, created, updated },
    });
    return { ok: true as const, created, updated, unchanged };
  });
}
