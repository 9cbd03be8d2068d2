// Every module's tables, gathered for Drizzle's relational queries and for drizzle-kit.
// A module's tables are read and written only through that module's index.server.ts.
export * from "../modules/identity/schema.ts";
export * from "../modules/platform/schema.ts";
export * from "../modules/procurement/schema.ts";
export * from "../modules/talent/schema.ts";
export * from "../modules/talent/shared-post.schema.ts";
export * from "../modules/learning/schema.ts";
export * from "../modules/learning/scorm.schema.ts";
export * from "../modules/learning/certificate.schema.ts";
export * from "../modules/ordering/schema.ts";
export * from "../modules/ordering/competition.schema.ts";
