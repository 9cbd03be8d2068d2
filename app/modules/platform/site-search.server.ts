import { translator, type Locale, type MessageKey } from "../../i18n/index.ts";
import { TOOLS } from "../../tools.ts";

export type SiteSearchHit = { kind: "tool" | "page"; title: string; description: string; href?: string };

const PAGES: { title: MessageKey; description: MessageKey; href: string }[] = [
  { title: "page.accessibility.title", description: "shell.footer.accessibility", href: "/toegankelijkheid" },
  { title: "page.privacy.title", description: "shell.footer.privacy", href: "/privacy" },
  { title: "page.contact.title", description: "shell.footer.contact", href: "/contact" },
  { title: "tools.title", description: "tools.lead", href: "/tools" },
];

export const MAX_QUERY_LENGTH = 200;

/** Lower case, accents removed, so "Bestandsbibliotheek" and "bestandsbibliothéek" meet. */
export function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/**
 * Searches the portal's tools and pages in the given language. Every word of the query must
 * occur (as the start of a word or inside a compound); hits in the title rank first.
 * The tools' own content joins this search as each tool is built.
 */
export function searchSite(locale: Locale, query: string): SiteSearchHit[] {
  const words = normalise(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  if (words.length === 0) return [];
  const { t } = translator(locale);
  const candidates: (SiteSearchHit & { rank: number })[] = [
    ...TOOLS.map((tool) => ({
      kind: "tool" as const,
      title: t(tool.name),
      description: t(tool.description),
      href: tool.href,
      rank: 0,
    })),
    ...PAGES.map((page) => ({
      kind: "page" as const,
      title: t(page.title),
      description: t(page.description),
      href: page.href,
      rank: 0,
    })),
  ];
  const hits: (SiteSearchHit & { rank: number })[] = [];
  for (const candidate of candidates) {
    const title = normalise(candidate.title);
    const body = `${title} ${normalise(candidate.description)}`;
    if (!words.every((word) => body.includes(word))) continue;
    candidate.rank = words.filter((word) => title.includes(word)).length;
    hits.push(candidate);
  }
  return hits.sort((a, b) => b.rank - a.rank || a.title.localeCompare(b.title)).map(({ rank: _rank, ...hit }) => hit);
}
