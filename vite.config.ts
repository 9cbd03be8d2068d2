import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";

/**
 * The Utrecht React library ends each component with `X.displayName = …`, which the bundler
 * must keep as a side effect, so every component would ship. Dropping those assignments lets
 * tree shaking keep only the components a page uses.
 */
function dropDisplayNames(): Plugin {
  return {
    name: "vlavirgem:drop-utrecht-display-names",
    enforce: "pre",
    transform(code, id) {
      if (!id.includes("@utrecht/component-library-react")) return null;
      const out = code.replace(/^\s*[A-Za-z_$][\w$]*\.displayName\s*=\s*["'][^"']*["'];?\s*$/gm, "");
      return out === code ? null : { code: out, map: null };
    },
  };
}

/**
 * The browser gets app/i18n/dictionaries.client.ts in place of dictionaries.ts: it downloads only
 * the page's language instead of every message of both languages in the main chunk.
 */
function clientDictionaries(): Plugin {
  return {
    name: "vlavirgem:client-dictionaries",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (this.environment?.name !== "client" || !source.endsWith("/dictionaries.ts")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved?.id.endsWith("/app/i18n/dictionaries.ts")) return null;
      return resolved.id.replace(/dictionaries\.ts$/, "dictionaries.client.ts");
    },
  };
}

export default defineConfig({
  plugins: [dropDisplayNames(), clientDictionaries(), reactRouter()],
  server: { port: 3000 },
  build: { assetsInlineLimit: 0 },
});
