// npm run db:migrate            apply pending migrations
// npm run db:seed               seed demo data if this database has none yet
// npm run db:seed -- --reset    drop everything, migrate and seed again (asks nothing: demo use)
import { ConfigError, loadConfig } from "../app/config.server.ts";
import { migrate } from "../app/db/migrate.server.ts";
import { openDatabase } from "../app/runtime.server.ts";
import { APP_SCHEMAS, seedIfEmpty } from "../db/seed/index.ts";

const [command] = process.argv.slice(2);
const reset = process.argv.includes("--reset");

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config);
  try {
    if (command === "seed" && reset) {
      if (config.isProduction) throw new Error("--reset is refused when NODE_ENV=production");
      for (const schema of APP_SCHEMAS) await database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      console.log("Dropped all portal data.");
    }
    const result = await migrate(database);
    console.log(`Migrations: ${result.applied} applied, ${result.total} in total.`);
    if (command === "seed") {
      const seeded = await seedIfEmpty(database.db, { demo: !config.isProduction });
      console.log(seeded ? "Demo data seeded." : "This database was seeded before; nothing to do (use --reset to start over).");
    } else if (command !== "migrate") {
      throw new Error(`unknown command "${command}": use migrate or seed`);
    }
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err instanceof ConfigError ? err.message : `Failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
