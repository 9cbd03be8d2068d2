// Turning what someone typed into a PostgreSQL tsquery for the Dutch product search. Pure
// functions; search.server.ts asks the database which words exist (the lexicon) and then builds
// the query with buildTsQuery.
//
// The Dutch stemmer misses plurals like "muizen"/"muis" or "schijven"/"schijf", knows nothing of
// compounds ("dockingstation" against "docking station") and of typos ("lapotp"). So each word is
// expanded into alternatives: a prefix match on its stem, singular/plural variants and compound
// parts or joins that occur in product texts, synonyms, and, for a word that occurs nowhere, the
// nearest words of the lexicon within a small edit distance.

/** A searched word, normalised: lower case, no accents, letters and digits only. */
export type Clause = { tokens: string[]; negated: boolean; phrase: boolean; orWithNext: boolean };

/** Lower case, accents removed (é → e, ë → e), other characters kept. */
export function normaliseText(input: string): string {
  return input
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

const splitTokens = (text: string) => text.split(/[^a-z0-9]+/).filter(Boolean);

/**
 * Parses a query the way web search boxes work: words are all required, "quoted words" are a
 * phrase, a leading minus excludes a word, "of" / "or" between two words accepts either.
 */
export function parseQuery(input: string): Clause[] {
  const clauses: Clause[] = [];
  const pattern = /(-?)"([^"]*)"?|(-?)([^\s"]+)/g;
  for (const match of normaliseText(input).matchAll(pattern)) {
    const negated = (match[1] || match[3]) === "-";
    if (match[2] !== undefined) {
      const tokens = splitTokens(match[2]);
      if (tokens.length) clauses.push({ tokens, negated, phrase: tokens.length > 1, orWithNext: false });
      continue;
    }
    // pc's, gsm's: the Dutch plural with an apostrophe is the word itself.
    const word = (match[4] ?? "").replace(/['’`]s$/, "");
    if ((word === "of" || word === "or") && clauses.length && !negated) {
      const previous = clauses.at(-1)!;
      if (!previous.negated) previous.orWithNext = true;
      continue;
    }
    const tokens = splitTokens(word);
    if (tokens.length) clauses.push({ tokens, negated, phrase: false, orWithNext: false });
  }
  // A dangling "of" at the end joins nothing.
  const last = clauses.at(-1);
  if (last) last.orWithNext = false;
  return clauses.slice(0, 12);
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);
/** Two-letter Dutch words that never end a compound. */
const SHORT_STOPWORDS = new Set([
  "de",
  "en",
  "op",
  "in",
  "er",
  "te",
  "al",
  "om",
  "of",
  "ze",
  "je",
  "we",
  "ik",
  "is",
  "na",
  "af",
  "uw",
  "zo",
  "an",
]);
const hasLetter = (token: string) => /[a-z]/.test(token);
const isWord = (token: string) => /^[a-z]+$/.test(token);

/**
 * Singular and plural forms a Dutch word may have, for the stemmer's blind spots: muizen → muis,
 * schijven → schijf, draadloze → draadloos, fietsen → fiets, pc's → pc, and back. Only those that
 * occur in the lexicon are used.
 */
export function inflectionVariants(token: string): string[] {
  if (!isWord(token) || token.length < 3) return [];
  const out = new Set<string>();
  const addStem = (stem: string) => {
    if (stem.length < 2) return;
    out.add(stem);
    if (stem.endsWith("z")) out.add(`${stem.slice(0, -1)}s`);
    if (stem.endsWith("v")) out.add(`${stem.slice(0, -1)}f`);
    // Doubled consonant: bussen → bus.
    if (stem.length > 3 && stem.at(-1) === stem.at(-2) && !VOWELS.has(stem.at(-1)!)) out.add(stem.slice(0, -1));
    // Open syllable: draadloz → draadlos → draadloos; kabel stays.
    const base = stem.endsWith("z") ? `${stem.slice(0, -1)}s` : stem.endsWith("v") ? `${stem.slice(0, -1)}f` : stem;
    const vowel = base.at(-2);
    if (base.length > 3 && vowel && VOWELS.has(vowel) && !VOWELS.has(base.at(-3)!) && !VOWELS.has(base.at(-1)!)) {
      out.add(`${base.slice(0, -2)}${vowel}${vowel}${base.at(-1)}`);
    }
  };
  // Plural or inflected → base form.
  if (token.endsWith("en") && token.length > 4) addStem(token.slice(0, -2));
  if (token.endsWith("e") && token.length > 4) addStem(token.slice(0, -1));
  if (token.endsWith("s") && token.length > 3) out.add(token.slice(0, -1));
  // Base form → plural or inflected.
  if (!token.endsWith("en")) {
    out.add(`${token}s`);
    out.add(`${token}en`);
    const last = token.at(-1)!;
    if (last === "s") out.add(`${token.slice(0, -1)}zen`);
    if (last === "f") out.add(`${token.slice(0, -1)}ven`);
    if (!VOWELS.has(last) && VOWELS.has(token.at(-2)!) && !VOWELS.has(token.at(-3) ?? "a")) out.add(`${token}${last}en`);
    // Long vowel shortened before an ending: draadloos → draadloze.
    const penult = token.at(-2)!;
    if (token.length > 4 && VOWELS.has(penult) && token.at(-3) === penult) {
      const shortened = `${token.slice(0, -3)}${penult}${last === "s" ? "z" : last === "f" ? "v" : last}`;
      out.add(`${shortened}e`);
      out.add(`${shortened}en`);
    }
  }
  out.delete(token);
  return [...out];
}

/** Ways to cut a word into two words of at least two letters (with a linking s or en). */
export function compoundSplits(token: string): [string, string][] {
  if (!isWord(token) || token.length < 5) return [];
  const out: [string, string][] = [];
  for (let i = 2; i <= token.length - 2; i++) {
    const head = token.slice(0, i);
    const tail = token.slice(i);
    out.push([head, tail]);
    // bedrijfsnetwerk = bedrijf + s + netwerk, kleurenprinter = kleur + en + printer
    if (head.endsWith("s") && head.length > 3) out.push([head.slice(0, -1), tail]);
    if (head.endsWith("en") && head.length > 4) out.push([head.slice(0, -2), tail]);
  }
  return out;
}

/** Restricted Damerau-Levenshtein distance (one transposition counts as one edit). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}

/** Edits allowed when correcting a word of this length. */
export const allowedEdits = (length: number) => (length < 4 ? 0 : length < 7 ? 1 : 2);

/** What the lexicon says about the words of a query. */
export type Lexicon = {
  /** Words that exist in the lexicon (of those asked). */
  known: Set<string>;
  /** Query words that start some lexicon word. */
  prefixes: Set<string>;
  /** Query words the Dutch configuration drops (de, het, met, …). */
  stopwords: Set<string>;
  synonyms: Map<string, string[]>;
  /** Nearest lexicon words of unknown query words, with their frequency. */
  neighbours: Map<string, { term: string; frequency: number }[]>;
};

/** Every word the lexicon should be asked about for these clauses. */
export function lexiconCandidates(clauses: Clause[]): { tokens: string[]; candidates: string[] } {
  const tokens = new Set<string>();
  const candidates = new Set<string>();
  const positive = clauses.filter((clause) => !clause.negated && !clause.phrase);
  for (const clause of positive) {
    for (const token of clause.tokens) {
      tokens.add(token);
      candidates.add(token);
      for (const variant of inflectionVariants(token)) candidates.add(variant);
      for (const [head, tail] of compoundSplits(token)) {
        candidates.add(head);
        candidates.add(tail);
      }
    }
  }
  for (let i = 0; i + 1 < positive.length; i++) {
    const a = positive[i]!.tokens.at(-1)!;
    const b = positive[i + 1]!.tokens[0]!;
    if (isWord(a) && isWord(b)) candidates.add(a + b);
  }
  for (const clause of clauses) for (const token of clause.tokens) tokens.add(token);
  return { tokens: [...tokens], candidates: [...candidates] };
}

export type Correction = { from: string; to: string[] };

/** Quotes a word for to_tsquery; words are [a-z0-9]+ already, so this is belt and braces. */
const lexeme = (token: string) => token.replace(/[^a-z0-9]/g, "");
const prefixable = (token: string) => token.length >= 3 && hasLetter(token);

function wordAlternatives(token: string, lexicon: Lexicon, corrections: Correction[]): string[] {
  const alternatives = new Set<string>();
  alternatives.add(prefixable(token) ? `${lexeme(token)}:*` : lexeme(token));
  // 16gb also finds "16 GB".
  const unit = /^(\d+)([a-z]+)$/.exec(token);
  if (unit) alternatives.add(`(${unit[1]} <-> ${unit[2]})`);
  if (!isWord(token)) return [...alternatives];

  let understood = lexicon.known.has(token) || lexicon.prefixes.has(token);
  for (const variant of inflectionVariants(token)) {
    if (lexicon.known.has(variant)) {
      alternatives.add(lexeme(variant));
      understood = true;
    }
  }
  for (const synonym of lexicon.synonyms.get(token) ?? []) {
    const words = synonym
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .map(lexeme);
    if (words.length) alternatives.add(words.length === 1 ? words[0]! : `(${words.join(" <-> ")})`);
    understood = true;
  }
  // The best compound split: both parts known, the longer shorter part wins. A known word is
  // split only into long parts (docking|station, not tab|let); an unknown one may end in a short
  // word that is not a stop word (mini|pc).
  const known = lexicon.known.has(token);
  let best: [string, string] | undefined;
  for (const [head, tail] of compoundSplits(token)) {
    if (!lexicon.known.has(head) || !lexicon.known.has(tail)) continue;
    if (known ? Math.min(head.length, tail.length) < 4 : head.length < 3 || (tail.length < 3 && SHORT_STOPWORDS.has(tail)))
      continue;
    if (!best || Math.min(head.length, tail.length) > Math.min(best[0].length, best[1].length)) best = [head, tail];
  }
  if (best) {
    // Both parts anywhere: Dutch text may say "printer kleur" for a kleurenprinter.
    alternatives.add(`(${lexeme(best[0])} & ${lexeme(best[1])})`);
    understood = true;
  }
  if (!understood) {
    const edits = allowedEdits(token.length);
    const close = (lexicon.neighbours.get(token) ?? [])
      .map((n) => ({ ...n, distance: editDistance(token, n.term, edits) }))
      .filter((n) => n.distance <= edits && n.term !== token)
      .sort((x, y) => x.distance - y.distance || y.frequency - x.frequency || x.term.localeCompare(y.term))
      .slice(0, 3);
    if (close.length) {
      corrections.push({ from: token, to: close.map((n) => n.term) });
      for (const n of close) alternatives.add(lexeme(n.term));
    }
  }
  return [...alternatives];
}

const group = (alternatives: string[]) => (alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" | ")})`);

/**
 * The to_tsquery('dutch', …) text for the clauses, or "" when nothing searchable is left (only
 * stop words, say). Also returns the typo corrections it made.
 */
export function buildTsQuery(clauses: Clause[], lexicon: Lexicon): { tsquery: string; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const positives: { expr: string; orWithNext: boolean; word?: string }[] = [];
  const negatives: string[] = [];
  for (const clause of clauses) {
    const tokens = clause.tokens.filter((token) => !lexicon.stopwords.has(token));
    if (tokens.length === 0) continue;
    if (clause.negated) {
      negatives.push(`!${clause.phrase ? `(${tokens.map(lexeme).join(" <-> ")})` : group(tokens.map(lexeme))}`);
      continue;
    }
    if (clause.phrase) {
      positives.push({ expr: `(${tokens.map(lexeme).join(" <-> ")})`, orWithNext: clause.orWithNext });
      continue;
    }
    const parts = tokens.map((token) => group(wordAlternatives(token, lexicon, corrections)));
    positives.push({
      expr: parts.length === 1 ? parts[0]! : `(${parts.join(" & ")})`,
      orWithNext: clause.orWithNext,
      word: tokens.length === 1 && isWord(tokens[0]!) ? tokens[0] : undefined,
    });
  }
  // Two words that are one word in product texts: "docking station" also finds "dockingstation".
  const merged: { expr: string; orWithNext: boolean }[] = [];
  for (let i = 0; i < positives.length; i++) {
    const current = positives[i]!;
    const next = positives[i + 1];
    const joined = current.word && next?.word ? current.word + next.word : "";
    if (next && !current.orWithNext && joined && lexicon.known.has(joined)) {
      merged.push({ expr: `((${current.expr} & ${next.expr}) | ${lexeme(joined)}:*)`, orWithNext: next.orWithNext });
      i++;
      continue;
    }
    merged.push({ expr: current.expr, orWithNext: current.orWithNext });
  }
  // a of b c → (a | b) & c
  const anded: string[] = [];
  let pending: string[] = [];
  for (const part of merged) {
    pending.push(part.expr);
    if (!part.orWithNext) {
      anded.push(pending.length === 1 ? pending[0]! : `(${pending.join(" | ")})`);
      pending = [];
    }
  }
  if (pending.length) anded.push(pending.length === 1 ? pending[0]! : `(${pending.join(" | ")})`);
  if (anded.length === 0) return { tsquery: "", corrections };
  return { tsquery: [...anded, ...negatives].join(" & "), corrections };
}
