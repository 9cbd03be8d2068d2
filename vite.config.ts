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

export default defineConfig({
  plugins: [dropDisplayNames(), reactRouter()],
  server: { port: 3000 },
  build: { assetsInlineLimit: 0 },
});
