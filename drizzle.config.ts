import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./app/modules/*/schema.ts",
  out: "./db/migrations",
  // Schemas are created by the migrations themselves; drizzle-kit only needs the SQL dialect.
});
