import { describe, expect, it } from "vitest";
import { validateRecord } from "./import-rows.server.ts";

const context = () => ({
  categories: new Map([["laptop", []]]),
  lots: new Map<string, string>(),
  seen: new Map<string, number>(),
});

const record = (images: string) => ({
  manufacturer: "Dell",
  partNumber: `IMG-${Math.random().toString(36).slice(2, 8)}`,
  name: "Dell Latitude 5450",
  category: "laptop",
  price: "899,00",
  leadTimeDays: "3",
  images,
});

describe("product images in an import", () => {
  it("takes up to ten https addresses separated by | , or spaces", () => {
    const result = validateRecord(
      record("https://cdn.example.be/a.jpg | https://cdn.example.be/b.png,https://x.be/c.webp"),
      2,
      context(),
    );
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.row.product.images.map((i) => i.url)).toEqual([
        "https://cdn.example.be/a.jpg",
        "https://cdn.example.be/b.png",
        "https://x.be/c.webp",
      ]);
  });

  it("refuses http, javascript: and more than ten images with the column named", () => {
    for (const images of [
      "http://cdn.example.be/a.jpg",
      "javascript:alert(1)",
      Array.from({ length: 11 }, (_, i) => `https://x.be/${i}.jpg`).join("|"),
    ]) {
      const result = validateRecord(record(images), 7, context(), { images: "Afbeeldingen" });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors).toContainEqual(
          expect.objectContaining({ line: 7, column: "Afbeeldingen", error: "supplier.error.images" }),
        );
    }
  });

  it("leaves products without images alone", () => {
    const result = validateRecord(record(""), 3, context());
    expect(result.ok && result.row.product.images).toEqual([]);
  });
});
