import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { messages, translator } from "./index.ts";
import { nl } from "./nl.ts";

describe("messages", () => {
  it("has every Dutch key in English and every English key in Dutch", () => {
    const nlKeys = Object.keys(nl).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((key) => !nlKeys.includes(key))).toEqual([]);
    expect(nlKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it("has no empty message and the same placeholders in both languages", () => {
    for (const [key, text] of Object.entries(nl)) {
      const other = (en as Record<string, string>)[key] ?? "";
      expect(text.trim(), key).not.toBe("");
      expect(other.trim(), key).not.toBe("");
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(other), key).toEqual(vars(text));
    }
  });

  it("has the plural forms in both languages", () => {
    for (const dict of Object.values(messages)) {
      const bases = new Set(
        Object.keys(dict)
          .filter((k) => /\.(zero|one|other)$/.test(k))
          .map((k) => k.replace(/\.\w+$/, "")),
      );
      for (const base of bases) expect(Object.keys(dict)).toContain(`${base}.other`);
    }
  });
});

describe("message areas", () => {
  it("define each key in one area only (a later area would silently win)", async () => {
    const files = import.meta.glob<Record<string, Record<string, string>>>("./*.nl.ts", { eager: true });
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [file, module] of Object.entries(files)) {
      for (const dict of Object.values(module)) {
        for (const key of Object.keys(dict)) {
          if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${file}`);
          seen.set(key, file);
        }
      }
    }
    expect(seen.size).toBe(Object.keys(nl).length);
    expect(twice).toEqual([]);
  });
});

describe("translator", () => {
  it("interpolates and leaves unknown placeholders visible", () => {
    expect(translator("nl").t("error.code", { status: 404 })).toBe("Foutcode 404");
    expect(translator("en").t("error.code")).toBe("Error code {status}");
  });

  it("picks plural forms", () => {
    const { tn } = translator("nl");
    expect(tn("search.results", 0, { query: "x" })).toBe("Geen resultaten voor “x”");
    expect(tn("search.results", 1, { query: "x" })).toBe("1 resultaat voor “x”");
    expect(tn("search.results", 1234, { query: "x" })).toBe("1.234 resultaten voor “x”");
    expect(translator("en").tn("search.results", 2, { query: "x" })).toBe("2 results for “x”");
  });

  it("formats euro amounts, numbers and dates for the language", () => {
    const nlT = translator("nl");
    const enT = translator("en");
    expect(nlT.formatEuro(1234.5).replace(/\s/g, " ")).toBe("€ 1.234,50");
    expect(enT.formatEuro(1234.5)).toBe("€1,234.50");
    expect(nlT.formatNumber(1234567.891)).toBe("1.234.567,891");
    expect(nlT.formatDate("2026-11-30T12:00:00Z")).toBe("30 november 2026");
    expect(enT.formatDate("2026-11-30T12:00:00Z")).toBe("30 November 2026");
    // Times are shown in Belgian time whatever the server's zone.
    expect(nlT.formatDateTime("2026-07-01T22:30:00Z")).toContain("2 juli 2026");
  });
});
