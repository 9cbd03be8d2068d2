// The identity module's client-safe face: form schemas, roles and permissions, KBO numbers and
// constants. Anything that touches the database is in index.server.ts.
export * from "./kbo.ts";
export * from "./roles.ts";
export * from "./types.ts";
export * from "./validation.ts";
