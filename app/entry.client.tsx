import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";
import { loadDictionary } from "./i18n/dictionaries.ts";

// The page's language (from <html lang>, set by the server) is downloaded before hydration, so
// the first render in the browser uses the same messages as the server's HTML.
const locale = document.documentElement.lang.toLowerCase().startsWith("en") ? "en" : "nl";

loadDictionary(locale).then(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    );
  });
});
