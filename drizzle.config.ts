import { defineConfig } from "drizzle-kit";

/**
 * Migrations live in one folder per group so that modules built side by side never fight over
 * one journal (decision 007). Without MODULE: the core modules into db/migrations. With
 * MODULE=<name>: that module's schema into db/migrations/<name>. Run
 * `MODULE=talent npm run db:generate -- --name vacancies`.
 */
const CORE_SCHEMAS = [
  "./app/modules/platform/schema.ts",
  "./app/modules/identity/schema.ts",
  "./app/modules/procurement/schema.ts",
];

const module = process.env.MODULE;

export default defineConfig({
  dialect: "postgresql",
  // A group's tables: schema.ts and any <part>.schema.ts beside it.
  schema: module ? [`./app/modules/${module}/*schema.ts`] : CORE_SCHEMAS,
  out: module ? `./db/migrations/${module}` : "./db/migrations",
  // Schemas are created by the migrations themselves; drizzle-kit only needs the SQL dialect.
});
