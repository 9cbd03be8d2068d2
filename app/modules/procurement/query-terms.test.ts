import { describe, expect, it } from "vitest";
import {
  type Lexicon,
  buildTsQuery,
  compoundSplits,
  editDistance,
  inflectionVariants,
  lexiconCandidates,
  normaliseText,
  parseQuery,
} from "./query-terms.ts";

const lexicon = (known: string[], extra: Partial<Lexicon> = {}): Lexicon => ({
  known: new Set(known),
  prefixes: new Set(),
  stopwords: new Set(),
  synonyms: new Map(),
  neighbours: new Map(),
  ...extra,
});

describe("parsing a query", () => {
  it("normalises case and accents", () => {
    expect(normaliseText("Coördinator ÉÉN Kopiëren")).toBe("coordinator een kopieren");
  });

  it("reads words, phrases, exclusions and either-or", () => {
    expect(parseQuery('Dell -refurbished "docking station" laptop of tablet')).toEqual([
      { tokens: ["dell"], negated: false, phrase: false, orWithNext: false },
      { tokens: ["refurbished"], negated: true, phrase: false, orWithNext: false },
      { tokens: ["docking", "station"], negated: false, phrase: true, orWithNext: false },
      { tokens: ["laptop"], negated: false, phrase: false, orWithNext: true },
      { tokens: ["tablet"], negated: false, phrase: false, orWithNext: false },
    ]);
  });

  it("keeps only letters and digits, so nothing reaches to_tsquery as syntax", () => {
    const clauses = parseQuery(`usb-c 'x' & | ! :* ( ) <-> \\ ; DROP`);
    for (const clause of clauses) for (const token of clause.tokens) expect(token).toMatch(/^[a-z0-9]+$/);
    expect(clauses.map((c) => c.tokens)).toEqual([["usb", "c"], ["x"], ["drop"]]);
  });

  it("reads pc's and gsm's as pc and gsm", () => {
    expect(parseQuery("gsm's pc’s").map((c) => c.tokens)).toEqual([["gsm"], ["pc"]]);
  });
});

describe("Dutch word forms", () => {
  it("finds singulars and plurals the stemmer misses", () => {
    expect(inflectionVariants("muizen")).toContain("muis");
    expect(inflectionVariants("schijven")).toContain("schijf");
    expect(inflectionVariants("fietsen")).toContain("fiets");
    expect(inflectionVariants("bussen")).toContain("bus");
    expect(inflectionVariants("draadloze")).toContain("draadloos");
    expect(inflectionVariants("laptops")).toContain("laptop");
    expect(inflectionVariants("draadloos")).toContain("draadloze");
    expect(inflectionVariants("muis")).toContain("muizen");
    expect(inflectionVariants("schijf")).toContain("schijven");
    expect(inflectionVariants("16gb")).toEqual([]);
  });

  it("cuts compounds in two, with a linking s", () => {
    expect(compoundSplits("dockingstation")).toContainEqual(["docking", "station"]);
    expect(compoundSplits("bedrijfsnetwerk")).toContainEqual(["bedrijf", "netwerk"]);
    expect(compoundSplits("kleurenprinter")).toContainEqual(["kleur", "printer"]);
    expect(compoundSplits("muis")).toEqual([]);
  });

  it("splits a known word only into long parts, an unknown one also into a short last word", () => {
    expect(buildTsQuery(parseQuery("tablet"), lexicon(["tablet", "tab", "let"])).tsquery).toBe("tablet:*");
    expect(buildTsQuery(parseQuery("minipc"), lexicon(["mini", "pc"])).tsquery).toBe("(minipc:* | (mini & pc))");
    expect(buildTsQuery(parseQuery("tonerde"), lexicon(["toner", "de"])).tsquery).toBe("tonerde:*");
  });

  it("measures edits with transpositions as one", () => {
    expect(editDistance("lapotp", "laptop")).toBe(1);
    expect(editDistance("thinkpda", "thinkpad")).toBe(1);
    expect(editDistance("laptop", "laptop")).toBe(0);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("a", "abcdefgh", 2)).toBe(3);
  });

  it("asks the lexicon about words, their forms, halves and joins", () => {
    const { tokens, candidates } = lexiconCandidates(parseQuery("docking station muizen"));
    expect(tokens).toEqual(["docking", "station", "muizen"]);
    expect(candidates).toEqual(expect.arrayContaining(["dockingstation", "muis", "docking", "station"]));
  });
});

describe("building the tsquery", () => {
  it("matches prefixes of words as typed", () => {
    expect(buildTsQuery(parseQuery("dell laptop"), lexicon(["dell", "laptop"])).tsquery).toBe("dell:* & laptop:*");
  });

  it("adds the parts of a compound and the join of two words", () => {
    const split = buildTsQuery(parseQuery("dockingstation"), lexicon(["docking", "station", "dockingstation"]));
    expect(split.tsquery).toBe("(dockingstation:* | (docking & station))");
    const linked = buildTsQuery(parseQuery("kleurenprinter"), lexicon(["kleur", "printer"]));
    expect(linked.tsquery).toBe("(kleurenprinter:* | (kleur & printer))");
    const joined = buildTsQuery(parseQuery("docking station"), lexicon(["docking", "station", "dockingstation"]));
    expect(joined.tsquery).toBe("((docking:* & station:*) | dockingstation:*)");
  });

  it("adds known inflections and synonyms", () => {
    const q = buildTsQuery(parseQuery("muizen"), lexicon(["muis"], { synonyms: new Map([["muizen", ["muis"]]]) }));
    expect(q.tsquery).toBe("(muizen:* | muis)");
    const phrase = buildTsQuery(
      parseQuery("accesspoint"),
      lexicon([], { synonyms: new Map([["accesspoint", ["access point"]]]) }),
    );
    expect(phrase.tsquery).toBe("(accesspoint:* | (access <-> point))");
  });

  it("corrects an unknown word to the nearest known words within the allowed edits", () => {
    const neighbours = new Map([
      [
        "lapotp",
        [
          { term: "laptop", frequency: 90 },
          { term: "lapel", frequency: 5 },
          { term: "laptops", frequency: 3 },
        ],
      ],
    ]);
    const q = buildTsQuery(parseQuery("lapotp"), lexicon(["laptop"], { neighbours }));
    expect(q.tsquery).toBe("(lapotp:* | laptop)");
    expect(q.corrections).toEqual([{ from: "lapotp", to: ["laptop"] }]);
    // A known word, or one that starts known words, is never "corrected".
    expect(buildTsQuery(parseQuery("lapt"), lexicon([], { prefixes: new Set(["lapt"]), neighbours })).corrections).toEqual([]);
  });

  it("drops stop words, excludes negated words and joins either-or", () => {
    const stopwords = new Set(["met", "de"]);
    expect(buildTsQuery(parseQuery("laptop met de muis"), lexicon(["laptop", "muis"], { stopwords })).tsquery).toBe(
      "laptop:* & muis:*",
    );
    expect(buildTsQuery(parseQuery("laptop -chromebook"), lexicon(["laptop"])).tsquery).toBe("laptop:* & !chromebook");
    expect(buildTsQuery(parseQuery("laptop of tablet dell"), lexicon(["laptop", "tablet", "dell"])).tsquery).toBe(
      "(laptop:* | tablet:*) & dell:*",
    );
    expect(buildTsQuery(parseQuery("de met"), lexicon([], { stopwords })).tsquery).toBe("");
  });

  it("also finds 16 GB for 16gb and keeps short words and numbers exact", () => {
    expect(buildTsQuery(parseQuery("16gb"), lexicon([])).tsquery).toBe("(16gb:* | (16 <-> gb))");
    expect(buildTsQuery(parseQuery("27 c"), lexicon([])).tsquery).toBe("27 & c");
  });
});
