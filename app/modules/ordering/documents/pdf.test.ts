import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dejavuDirectory, FONT_FILES } from "./fonts.ts";
import { renderProcurementFilePdf, renderPurchaseOrderPdf } from "./index.ts";
import {
  sampleDirectOrderDocument,
  sampleLowValueOrderDocument,
  sampleOrderDocument,
  sampleOrderDocumentWithLines,
} from "./sample.ts";

// Text is read back with pdftotext (Debian package poppler-utils). The PDFs embed DejaVu subsets
// with a ToUnicode map, so what pdftotext returns is what a reader can copy.
const hasPdftotext = spawnSync("pdftotext", ["-v"]).error === undefined;

/** The text of each page, whitespace collapsed and non-breaking spaces made plain. */
function pages(pdf: Buffer): string[] {
  const result = spawnSync("pdftotext", ["-enc", "UTF-8", "-", "-"], {
    input: pdf,
    encoding: "utf8",
    maxBuffer: 32 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout
    .split("\f")
    .slice(0, -1)
    .map((page) =>
      page
        .replace(/\u00a0/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    );
}

/** Pages counted in an uncompressed PDF (no parser needed). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

describe("fonts", () => {
  it("finds the DejaVu fonts through module resolution", () => {
    const directory = dejavuDirectory();
    expect(directory).toMatch(/node_modules[\\/]dejavu-fonts-ttf[\\/]ttf$/);
    for (const file of Object.values(FONT_FILES)) expect(existsSync(join(directory, file))).toBe(true);
  });
});

describe("PDF basics (no external tools)", () => {
  it("produces PDFs with the expected number of pages", async () => {
    const small = await renderPurchaseOrderPdf(sampleOrderDocument(), "nl", { compress: false });
    expect(small.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(small.subarray(-6).toString("latin1")).toMatch(/%%EOF/);
    expect(pageCount(small)).toBeGreaterThanOrEqual(1);
    const large = await renderPurchaseOrderPdf(sampleOrderDocumentWithLines(30), "nl", { compress: false });
    expect(pageCount(large)).toBeGreaterThan(pageCount(small));
    const file = await renderProcurementFilePdf(sampleOrderDocument(), "nl", { compress: false });
    expect(file.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The document title is in the metadata, in clear text when uncompressed.
    expect(file.toString("latin1")).toContain("/DisplayDocTitle true");
  });
});

describe("PDF text (pdftotext)", () => {
  it("has pdftotext to read the PDFs back (Debian poppler-utils; .ci/run installs it)", () => {
    expect(hasPdftotext).toBe(true);
  });

  it("renders the purchase order with its headings, parties, lines and totals", async () => {
    const doc = sampleOrderDocument();
    const pdf = await renderPurchaseOrderPdf(doc);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pages(pdf).join(" ");
    for (const expected of [
      "Bestelbon",
      "Nr. 2026000123",
      "30 november 2026",
      "BESTELLER",
      "LEVERANCIER",
      "Gegevens van de bestelling",
      "Bestelde goederen en diensten",
      "Voorwaarden",
      "Ondernemingsnummer 0207.510.021",
      "Ondernemingsnummer 0403.123.486",
      "VVG-RO-2026-001/P1",
      "AC000123 / 0119-00 / 2420000",
      "Totaal excl. btw",
      "€ 16.301,40",
      "Btw 21 %",
      "€ 3.423,29",
      "Totaal incl. btw",
      "€ 19.724,69",
      "€ 1.089,00",
      "Goedgekeurd door Algemeen directeur (Françoise Dierickx) op 30 november 2026.",
      "Peppol-ID 0208:0207510021",
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Characters outside WinAnsi survive: Polish ł, ≥, the inch sign, ™ and accented names.
    for (const expected of ["Łukasz Kowalski", "≥ 3 USB-A", "14″", "Core™", "Ségolène"])
      expect(text, expected).toContain(expected);
  });

  it("breaks 30 lines over pages, repeats the table header and numbers the pages", async () => {
    const pdf = await renderPurchaseOrderPdf(sampleOrderDocumentWithLines(30));
    const texts = pages(pdf);
    expect(texts.length).toBeGreaterThan(1);
    texts.forEach((page, i) => {
      expect(page).toContain(`Pagina ${i + 1} van ${texts.length}`);
      expect(page).toContain("Bestelbon 2026000123");
    });
    const withLines = texts.filter((page) => /Dell Latitude|Installatie, imaging|Laptoptas/.test(page));
    expect(withLines.length).toBeGreaterThan(1);
    for (const page of withLines) {
      for (const header of ["Omschrijving", "Fabrikant / onderdeelnr.", "Aantal", "Eenheidsprijs", "Totaal excl. btw"]) {
        expect(page).toContain(header);
      }
    }
    const all = texts.join(" ");
    expect(all).toContain("(levering 8)");
    expect(all.indexOf("Totaal incl. btw")).toBeGreaterThan(all.lastIndexOf("(levering 8)"));
  });

  it("renders the procurement file with the mini-competition report and a draft decision", async () => {
    const pdf = await renderProcurementFilePdf(sampleOrderDocument());
    const texts = pages(pdf);
    const text = texts.join(" ");
    for (const expected of [
      "Aankoopdossier",
      "Bestelling 2026000123 – Gemeente Zoersel",
      "Samenvatting",
      "Juridische grond en toetsing",
      "Art. 47 van de wet van 17 juni 2016",
      "Waarom deze route",
      "Cijfers van de toetsing",
      "Maximumbedrag van de raamovereenkomst",
      "De toetsing leverde geen aandachtspunten op.",
      "Raamovereenkomst",
      "Verslag van de minicompetitie",
      "MC-2026-017",
      "Gunningscriteria",
      "Prijs 60 %",
      "Rangschikking van de offertes",
      "1 Demo IT Supplies NV 91,5 € 16.301,40 7 dagen",
      "Motivering van de gunning",
      "Goedkeuringen",
      "Budgethouder Zoersel Goedgekeurd",
      "Bestelde goederen en diensten",
      "Ontwerpbeslissing",
      "Bevoegdheid",
      "artikel 56, §3, 5°, en artikel 57 van het Decreet over het Lokaal Bestuur van 22 december 2017",
      "Juridische grond",
      "artikel 47",
      "Het koninklijk besluit van 18 april 2017 plaatsing overheidsopdrachten in de klassieke sectoren.",
      "college van burgemeester en schepenen van 9 februari 2026 (referentie CBS/2026/0142)",
      "Motivering",
      "Financiële gevolgen",
      "budgetcode AC000123 / 0119-00 / 2420000",
      "Besluit",
      "Artikel 1",
      "Artikel 4",
      "gegund aan Demo IT Supplies NV, Kunstlaan 1, 1000 Brussel, ondernemingsnummer 0403.123.486",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(texts.at(-1)).toContain("[Naam, hoedanigheid en handtekening]");
    texts.forEach((page, i) => {
      expect(page).toContain(`Pagina ${i + 1} van ${texts.length}`);
    });
  });

  it("writes the low-value file with offers, warnings and article 92", async () => {
    const text = pages(await renderProcurementFilePdf(sampleLowValueOrderDocument())).join(" ");
    for (const expected of [
      "Opdracht van beperkte waarde",
      "Geraadpleegde offertes",
      "Vlaamse Hardware Partners BV € 792,00 21 dagen",
      "Aandachtspunten",
      "Een opdracht opsplitsen om onder de drempel te blijven is verboden.",
      "artikel 92",
      "Om de mededinging te vrijwaren werden de volgende offertes vergeleken",
      "[Motiveer hoe met deze aandachtspunten rekening werd gehouden.]",
      "als opdracht van beperkte waarde gegund aan Kempen Computers BV",
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain("Verslag van de minicompetitie");
    expect(text).not.toContain("koninklijk besluit van 14 januari 2013");
  });

  it("cites the competent body's article: college and direct framework order", async () => {
    const text = pages(await renderProcurementFilePdf(sampleDirectOrderDocument())).join(" ");
    expect(text).toContain("Het college van burgemeester en schepenen is bevoegd op grond van artikel 56, §3, 5°");
    expect(text).toContain("De bestelling kan daarom rechtstreeks bij Demo IT Supplies NV worden geplaatst");
    const council = pages(await renderProcurementFilePdf({ ...sampleOrderDocument(), approvingBody: "Gemeenteraad" })).join(" ");
    expect(council).toContain("De gemeenteraad is bevoegd op grond van artikel 41, tweede lid, 10°");
    expect(council).not.toContain("omschrijving van het begrip dagelijks bestuur");
  });

  it("renders the English variant", async () => {
    const order = pages(await renderPurchaseOrderPdf(sampleOrderDocument(), "en")).join(" ");
    expect(order).toContain("Purchase order");
    expect(order).toContain("Total incl. VAT");
    expect(order).toContain("€19,724.69");
    const file = pages(await renderProcurementFilePdf(sampleOrderDocument(), "en")).join(" ");
    expect(file).toContain("Procurement file");
    expect(file).toContain("Draft decision");
    expect(file).toContain("Financial consequences");
  });
});
