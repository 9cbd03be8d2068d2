import { useRouteError, useRouteLoaderData, isRouteErrorResponse } from "react-router";
import { DEFAULT_LOCALE, isLocale, translator, type Locale, type Translator } from "./index.ts";

/** The translator for the page's language, taken from the root loader (or from an error's data). */
export function useI18n(): Translator {
  return translator(useLocale());
}

export function useLocale(): Locale {
  const root = useRouteLoaderData("root") as { locale?: unknown } | undefined;
  const error = useRouteError();
  if (isLocale(root?.locale)) return root.locale;
  if (isRouteErrorResponse(error) && isLocale((error.data as { locale?: unknown } | null)?.locale)) {
    return (error.data as { locale: Locale }).locale;
  }
  return DEFAULT_LOCALE;
}
