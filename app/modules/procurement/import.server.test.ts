import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { createSupplier, ensureCategories, gtinFrom } from "../../../tests/factories/procurement.ts";
import { createPerson } from "../../../tests/factories/identity.ts";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import type { DatabaseHandle } from "../../db/client.server.ts";
import {
  applyImport,
  applyRecords,
  createImport,
  getImport,
  getSupplierOffer,
  guessMapping,
  startApply,
  startValidation,
  updateSupplierOffer,
  validateImport,
  withdrawSupplierOffer,
} from "./index.server.ts";

let database: DatabaseHandle;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-import-"));
let actor: { personId: string };

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureCategories(database.db);
  actor = { personId: (await createPerson(database.db)).id };
});

const HEADER = "Fabrikant;Onderdeelnummer;EAN;Naam;Categorie;Prijs excl. btw;BTW;Voorraad;Levertijd;RAM";
const part = () => `T-${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

function fileStream(filePath: string): ReadableStream<Uint8Array> {
  const buffer = fs.readFileSync(filePath);
  return new Blob([buffer]).stream();
}

async function upload(supplierId: string, fileName: string, content: string | Buffer) {
  const filePath = path.join(dataDir, `src-${Math.random()}`);
  fs.writeFileSync(filePath, content);
  const result = await createImport(database.db, {
    dataDir,
    supplierId,
    actor,
    file: { fileName, size: fs.statSync(filePath).size, type: "", stream: fileStream(filePath) },
  });
  return result;
}

async function validated(supplierId: string, fileName: string, content: string | Buffer) {
  const created = await upload(supplierId, fileName, content);
  if (!created.ok) throw new Error(created.error);
  const view = await getImport(database.db, supplierId, created.id);
  expect((await startValidation(database.db, supplierId, created.id, view!.mapping)).ok).toBe(true);
  await validateImport(database.db, created.id);
  return (await getImport(database.db, supplierId, created.id))!;
}

describe("column mapping", () => {
  it("guesses Dutch and English headers and leaves unknown columns out", () => {
    expect(
      guessMapping(["Fabrikant", "Part number", "EAN", "Naam", "Category", "Price", "Lead time", "RAM", "Opmerking"]),
    ).toEqual(["manufacturer", "partNumber", "gtin", "name", "category", "price", "leadTimeDays", "spec.ram_gb", ""]);
  });
});

describe("validating an import file", () => {
  it("reads a ;-separated CSV with BOM and reports every error kind with line and column", async () => {
    const supplier = await createSupplier(database.db);
    const good = part();
    const lines = [
      HEADER,
      `Dell;${good};${gtinFrom(1234)};Dell Latitude 5450;laptop;1.234,50;21;5;3;16`,
      `Dell;${part()};;Laptop negatief;laptop;-10;21;5;3;`,
      `Dell;${part()};;Laptop tekst;laptop;gratis;21;5;3;`,
      `Dell;${part()};4006381333932;Verkeerde EAN;laptop;100;21;5;3;`,
      `Dell;${part()};;Onbekende categorie;koffiezet;100;21;5;3;`,
      `Dell;${good};;Dubbel;laptop;100;21;5;3;`,
      `Dell;${part()};;Ram tekst;laptop;100;21;5;3;veel`,
    ];
    const view = await validated(supplier.id, "lijst.csv", `\uFEFF${lines.join("\r\n")}\r\n`);
    expect(view.status).toBe("preview");
    expect(view.rowCount).toBe(7);
    const found = view.errors.map((e) => [e.line, e.column, e.error]);
    expect(found).toEqual([
      [3, "Prijs excl. btw", "supplier.error.priceNegative"],
      [4, "Prijs excl. btw", "supplier.error.price"],
      [5, "EAN", "supplier.error.gtin"],
      [6, "Categorie", "supplier.error.categoryUnknown"],
      [7, "Onderdeelnummer", "supplier.error.duplicate"],
      [8, "RAM", "supplier.error.specNumber"],
    ]);
    expect(view.newProducts).toBe(1);
    // With errors the import cannot be applied.
    expect((await startApply(database.db, supplier.id, view.id, actor)).ok).toBe(false);
  });

  it("refuses a mapping without the required columns, wrong file types and empty files", async () => {
    const supplier = await createSupplier(database.db);
    const created = await upload(supplier.id, "a.csv", "Naam;Prijs\nX;1\n");
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const result = await startValidation(database.db, supplier.id, created.id, ["name", "price"]);
    expect(result.ok).toBe(false);
    if (!result.ok && "problems" in result) {
      expect(result.problems?.map((p) => p.target)).toEqual(["manufacturer", "partNumber", "category", "leadTimeDays"]);
    }
    expect(await upload(supplier.id, "a.pdf", "%PDF")).toEqual({ ok: false, error: "supplier.import.error.type" });
    expect(await upload(supplier.id, "fake.xlsx", "not a zip")).toEqual({ ok: false, error: "supplier.import.error.type" });
    expect(await upload(supplier.id, "leeg.csv", "\n\n")).toEqual({ ok: false, error: "supplier.import.error.empty" });
  });

  it("reads an xlsx made with exceljs, applies all rows, and another supplier cannot see the import", async () => {
    const supplier = await createSupplier(database.db);
    const other = await createSupplier(database.db);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Aanbod");
    sheet.addRow(["Manufacturer", "Part number", "Name", "Category", "Price", "VAT", "Lead time", "Valid to"]);
    const parts = [part(), part()];
    sheet.addRow(["Lenovo", parts[0], "ThinkPad T14", "laptop", 999.5, 21, 2, new Date("2030-12-31T00:00:00Z")]);
    sheet.addRow(["Lenovo", parts[1], "ThinkPad X1", "laptop", "1499,00", 21, 4, "31/12/2030"]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const view = await validated(supplier.id, "aanbod.xlsx", buffer);
    expect(view.errors).toEqual([]);
    expect(view.newOffers).toBe(2);
    expect(await getImport(database.db, other.id, view.id)).toBeUndefined();
    expect((await startApply(database.db, other.id, view.id, actor)).ok).toBe(false);
    expect((await startApply(database.db, supplier.id, view.id, actor)).ok).toBe(true);
    await applyImport(database.db, view.id, actor.personId);
    const after = await getImport(database.db, supplier.id, view.id);
    expect(after?.status).toBe("applied");
    expect(after?.createdCount).toBe(2);
    const rows = await database.query<{ price_cents: number; valid_to: string }>(
      "SELECT o.price_cents, o.valid_to::text AS valid_to FROM procurement.offers o JOIN procurement.products p ON p.id = o.product_id WHERE o.supplier_id = $1 ORDER BY o.price_cents",
      [supplier.id],
    );
    expect(rows).toEqual([
      { price_cents: 99950, valid_to: "2030-12-31" },
      { price_cents: 149900, valid_to: "2030-12-31" },
    ]);
  });

  it("applies nothing when a row became invalid between preview and apply", async () => {
    const supplier = await createSupplier(database.db);
    const view = await validated(
      supplier.id,
      "b.csv",
      `${HEADER}\nHP;${part()};;HP ProBook;laptop;500;21;1;2;8\nHP;${part()};;HP EliteBook;laptop;700;21;1;2;16\n`,
    );
    expect(view.errorCount).toBe(0);
    expect((await startApply(database.db, supplier.id, view.id, actor)).ok).toBe(true);
    // Corrupt the stored file's second data row.
    const [details] = await database.query<{ storage_path: string }>(
      "SELECT storage_path FROM procurement.import_details WHERE import_id = $1",
      [view.id],
    );
    const text = fs.readFileSync(details!.storage_path, "utf8").replace("700", "-700");
    fs.writeFileSync(details!.storage_path, text);
    await applyImport(database.db, view.id, actor.personId);
    const after = await getImport(database.db, supplier.id, view.id);
    expect(after?.status).toBe("failed");
    expect(after?.errors[0]).toMatchObject({ line: 3, error: "supplier.error.priceNegative" });
    const [{ n }] = (await database.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM procurement.offers WHERE supplier_id = $1",
      [supplier.id],
    )) as [{ n: number }];
    expect(n).toBe(0);
  });
});

describe("offers given as records (API, forms)", () => {
  it("applies all or nothing and reports errors by index and field", async () => {
    const supplier = await createSupplier(database.db);
    const base = { manufacturer: "Samsung", name: "Samsung monitor", category: "monitor", price: "199", leadTimeDays: "3" };
    const bad = await applyRecords(
      database.db,
      supplier.id,
      [
        { ...base, partNumber: part() },
        { ...base, partNumber: part(), price: "abc" },
      ],
      { source: "api" },
    );
    expect(bad).toEqual({
      ok: false,
      errors: [expect.objectContaining({ line: 1, column: "price", error: "supplier.error.price" })],
    });
    const count = async () =>
      (
        await database.query<{ n: number }>("SELECT count(*)::int AS n FROM procurement.offers WHERE supplier_id = $1", [
          supplier.id,
        ])
      )[0]!.n;
    expect(await count()).toBe(0);
    const good = await applyRecords(database.db, supplier.id, [{ ...base, partNumber: part() }], { source: "api" });
    expect(good).toMatchObject({ ok: true, created: 1 });
    expect(await count()).toBe(1);
  });

  it("never lets a supplier read, change or withdraw another supplier's offer", async () => {
    const owner = await createSupplier(database.db);
    const intruder = await createSupplier(database.db);
    const partNumber = part();
    await applyRecords(
      database.db,
      owner.id,
      [{ manufacturer: "Apple", partNumber, name: "iPad", category: "tablet", price: "499", leadTimeDays: "2" }],
      { source: "api" },
    );
    const [offer] = await database.query<{ id: string }>("SELECT id FROM procurement.offers WHERE supplier_id = $1", [owner.id]);
    expect(await getSupplierOffer(database.db, intruder.id, offer!.id)).toBeUndefined();
    expect(await updateSupplierOffer(database.db, intruder.id, offer!.id, { price: "1", leadTimeDays: "1" }, actor)).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await withdrawSupplierOffer(database.db, intruder.id, offer!.id, actor)).toBe(false);
    const [after] = await database.query<{ price_cents: number }>("SELECT price_cents FROM procurement.offers WHERE id = $1", [
      offer!.id,
    ]);
    expect(after?.price_cents).toBe(49900);
    expect((await getSupplierOffer(database.db, owner.id, offer!.id))?.partNumber).toBe(partNumber);
    expect(await updateSupplierOffer(database.db, owner.id, offer!.id, { price: "450", leadTimeDays: "1" }, actor)).toEqual({
      ok: true,
    });
    expect(await withdrawSupplierOffer(database.db, owner.id, offer!.id, actor)).toBe(true);
  });
});

describe("a large file", () => {
  it("validates a 150,000-row CSV streamed, with bounded memory", { timeout: 90_000 }, async () => {
    const supplier = await createSupplier(database.db);
    const filePath = path.join(dataDir, "groot.csv");
    const out = fs.createWriteStream(filePath);
    out.write(`\uFEFF${HEADER};Omschrijving\n`);
    const filler = "Zakelijke laptop met uitgebreide garantie en dockingondersteuning. ".repeat(3);
    for (let i = 0; i < 150_000; i++) {
      if (
        !out.write(
          `Merk${i % 70};P${i};;Laptop ${i};laptop;${(500 + (i % 900)).toFixed(2).replace(".", ",")};21;${i % 50};${i % 10};16;${filler}\n`,
        )
      ) {
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
    }
    await new Promise<void>((resolve) => out.end(resolve));
    const size = fs.statSync(filePath).size;
    expect(size).toBeGreaterThan(30_000_000);
    global.gc?.();
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 50);
    const created = await createImport(database.db, {
      dataDir,
      supplierId: supplier.id,
      actor,
      file: {
        fileName: "groot.csv",
        size,
        type: "text/csv",
        stream: (await import("node:stream")).Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream<Uint8Array>,
      },
    });
    if (!created.ok) throw new Error(created.error);
    const view = await getImport(database.db, supplier.id, created.id);
    expect(view!.mapping.at(-1)).toBe("description");
    await startValidation(database.db, supplier.id, created.id, view!.mapping);
    await validateImport(database.db, created.id);
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const after = await getImport(database.db, supplier.id, created.id);
    expect(after?.rowCount).toBe(150_000);
    expect(after?.errorCount).toBe(0);
    expect(after?.newOffers).toBe(150_000);
    expect(peak).toBeLessThan(300 * 1024 * 1024);
  });
});
