// Addresses of the catalogue search: the current search with one thing changed. Filters live in
// the URL (see searchQueryFromParams in the procurement module's shared.ts), so every link here is
// a shareable search that works without JavaScript.

export const SEARCH_PATH = "/aankopen";

/** The search at `search` (a URL query string) with `change` applied; the page always resets to 1. */
export function searchHref(search: string, change: (params: URLSearchParams) => void, keepPage = false): string {
  const params = new URLSearchParams(search);
  if (!keepPage) params.delete("pagina");
  change(params);
  for (const [name, value] of [...params]) if (value === "") params.delete(name);
  const query = params.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** Removes one value of a repeatable parameter (merk=Dell, spec.ram_gb=16). */
export function withoutValue(name: string, value: string) {
  return (params: URLSearchParams) => {
    const rest = params.getAll(name).filter((v) => v.toLowerCase() !== value.toLowerCase());
    params.delete(name);
    for (const v of rest) params.append(name, v);
  };
}

/** Chooses a category: its own specification filters no longer apply. */
export function withCategory(slug: string | null) {
  return (params: URLSearchParams) => {
    for (const name of [...params.keys()]) if (name.startsWith("spec.")) params.delete(name);
    if (slug) params.set("categorie", slug);
    else params.delete("categorie");
  };
}

/** The comparison of these products. */
export function compareHref(ids: readonly string[]): string {
  return ids.length ? `/aankopen/vergelijken?ids=${ids.join(",")}` : "/aankopen/vergelijken";
}
