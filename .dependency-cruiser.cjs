/** Module boundaries, checked by `npm run lint`. See docs/architecture.md. */
module.exports = {
  forbidden: [
    {
      name: "routes-no-database",
      comment: "Route files parse, guard, call a module and render; they never touch the database or Drizzle.",
      severity: "error",
      from: { path: "^app/routes/" },
      to: { path: ["^app/db/", "node_modules/(drizzle-orm|pg|@electric-sql/pglite)/", "^app/modules/[^/]+/schema\\.ts$"] },
    },
    {
      name: "module-only-through-index",
      comment: "Outside a module, only its index.server.ts (server) and shared.ts (client-safe) may be imported.",
      severity: "error",
      from: { path: "^(app|server|db|scripts|bench|e2e|tests)/", pathNot: ["^app/modules/", "^app/db/schema\\.server\\.ts$"] },
      to: { path: "^app/modules/[^/]+/", pathNot: "^app/modules/[^/]+/(index\\.server|shared)\\.ts$" },
    },
    {
      name: "module-not-into-other-module",
      comment: "A module reaches another module only through that module's index.server.ts.",
      severity: "error",
      from: { path: "^app/modules/([^/]+)/" },
      to: { path: "^app/modules/[^/]+/", pathNot: ["^app/modules/$1/", "^app/modules/[^/]+/(index\\.server|shared)\\.ts$"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: { path: "^app/modules/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^build/", "^\\.react-router/", "^node_modules/"] },
    parser: "swc",
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
