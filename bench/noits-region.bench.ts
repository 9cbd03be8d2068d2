// NoITS regional demand at 2,000 open vacancies: `npm run bench -- noits` (runs with noits.bench.ts,
// the matching benchmark, each in its own process; `npm run bench -- noits-region` alone).
//
// Loads the Flemish registry, the e-CF reference data and 2,000 open vacancies (the same on every
// run) spread over the 285 municipalities: a role profile, 2–5 competences, 0.2–1.0 FTE, a third
// open to sharing. Into a fresh PGlite database and, when TEST_DATABASE_URL is set, a fresh
// PostgreSQL database (dropped afterwards). Then, interleaved, for each scope:
//   app   regionalDemand(): the two grouped statements plus the sums per municipality, role profile
//         and competence — what /noits/regio does — for an organisation picked in turn;
//   raw   the same two statements straight through the driver (all of Flanders);
//   map   choroplethModel() for the result (the SVG's data; the outlines are drawn once per process).
// Also one detectSharedPosts() over all vacancies. Prints p50/p95, app/raw and RSS.
// Target (issue 4): the aggregation over all municipalities p95 ≤ 50 ms. Never fails on a figure.
//
// BENCH_VACANCIES (default 2000) and BENCH_QUERIES (default 100 per scope) shrink it.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { choroplethModel } from "../app/components/map/choropleth.server.ts";
import { type DatabaseHandle, openPglite, openPostgres } from "../app/db/client.server.ts";
import { migrate } from "../app/db/migrate.server.ts";
import { seedRegistry } from "../app/modules/identity/index.server.ts";
import {
  detectSharedPosts,
  loadEcf,
  type RegionScope,
  regionalDemand,
  syncEcf,
  todayInBrussels,
} from "../app/modules/talent/index.server.ts";
import { prng } from "../db/seed/procurement-catalogue.ts";

const VACANCIES = Number(process.env.BENCH_VACANCIES ?? 2_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 100);
const TARGET_P95_MS = 50;
const BATCH = 2_000;

const SCOPES: { label: string; scope: RegionScope }[] = [
  { label: "all of Flanders (285)", scope: { kind: "flanders" } },
  { label: "province", scope: { kind: "province" } },
  { label: "arrondissement", scope: { kind: "arrondissement" } },
  { label: "radius 30 km", scope: { kind: "radius", km: 30 } },
  { label: "border neighbours", scope: { kind: "neighbours" } },
];

const RAW_PER_PLACE = `SELECT place_municipality_id, role_profile_id, organisation_id, open_to_sharing, count(*)::int AS n, sum(fte_percent)::int AS fte
  FROM talent.vacancies WHERE status = 'open' AND closes_on >= $1 AND organisation_id <> $2
 GROUP BY place_municipality_id, role_profile_id, organisation_id, open_to_sharing`;
const RAW_PER_COMPETENCE = `SELECT vc.competence_code, count(*)::int AS n, count(*) FILTER (WHERE vc.required)::int AS required, sum(v.fte_percent)::int AS fte
  FROM talent.vacancy_competences vc JOIN talent.vacancies v ON v.id = vc.vacancy_id
 WHERE v.status = 'open' AND v.closes_on >= $1 AND v.organisation_id <> $2
 GROUP BY vc.competence_code`;

async function insertJson(handle: DatabaseHandle, statement: string, rows: unknown[]) {
  for (let i = 0; i < rows.length; i += BATCH) await handle.query(statement, [JSON.stringify(rows.slice(i, i + BATCH))]);
}

/** The vacancies; returns the municipalities' organisation ids. */
async function load(handle: DatabaseHandle): Promise<string[]> {
  await migrate(handle);
  await seedRegistry(handle.db);
  await syncEcf(handle.db);
  const ecf = loadEcf();
  const municipalities = await handle.query<{ id: string; name: string; lat: number; lon: number }>(
    "SELECT id, name, lat, lon FROM identity.organisations WHERE type = 'gemeente' AND lat IS NOT NULL ORDER BY nis_code",
  );
  const rng = prng(2_2026);
  const closes = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const vacancies: unknown[] = [];
  const competences: unknown[] = [];
  for (let i = 0; i < VACANCIES; i++) {
    const id = randomUUID();
    const place = rng.pick(municipalities);
    vacancies.push({
      id,
      org: place.id,
      title: `Vacature ${i}`,
      role: rng.pick(ecf.roleProfiles).id,
      fte: rng.pick([20, 30, 40, 50, 60, 80, 100, 100]),
      sharing: rng.chance(0.33),
      place: place.id,
      name: place.name,
      lat: place.lat,
      lon: place.lon,
      closes,
    });
    const codes = new Set<string>();
    for (let n = rng.int(2, 5); n > 0; n--) codes.add(rng.pick(ecf.competences).code);
    for (const code of codes) {
      const [min, max] = ecf.spans.get(code)!;
      competences.push({ vacancy_id: id, code, level: rng.int(min, max), required: rng.chance(0.7) });
    }
  }
  await insertJson(
    handle,
    `INSERT INTO talent.vacancies (id, organisation_id, title, role_profile_id, fte_percent, contract, grade, salary_min, salary_max, place_municipality_id, place_name, lat, lon, closes_on, open_to_sharing, status, published_at)
     SELECT id, org, title, role, fte, 'contractueel', 'B', 3000, 4500, place, name, lat, lon, closes::date, sharing, 'open', now()
       FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, org uuid, title text, role int, fte int, sharing boolean, place uuid, name text, lat float8, lon float8, closes text)`,
    vacancies,
  );
  await insertJson(
    handle,
    `INSERT INTO talent.vacancy_competences (vacancy_id, competence_code, level, required)
     SELECT vacancy_id, code, level, required FROM jsonb_to_recordset($1::jsonb) AS r(vacancy_id uuid, code text, level int, required boolean)`,
    competences,
  );
  await handle.query("ANALYZE");
  return municipalities.map((m) => m.id);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function measure(engine: "pglite" | "postgres", handle: DatabaseHandle) {
  const started = performance.now();
  const organisations = await load(handle);
  const loadSeconds = (performance.now() - started) / 1000;
  const today = todayInBrussels();
  const organisationAt = (i: number) => organisations[(i * 7919) % organisations.length]!;

  // Warm-up (also draws the map's outlines, once per process).
  for (let i = 0; i < 10; i++) {
    const result = await regionalDemand(handle.db, organisationAt(i), { kind: "flanders" });
    if (!result.ok) throw new Error(result.error);
    choroplethModel({ values: {}, region: new Set() });
  }
  const app = new Map<string, number[]>(SCOPES.map((s) => [s.label, []]));
  const map: number[] = [];
  const raw: number[] = [];
  let vacanciesCounted = 0;
  for (let i = 0; i < QUERIES; i++) {
    const organisationId = organisationAt(i);
    for (const { label, scope } of SCOPES) {
      let t = performance.now();
      const result = await regionalDemand(handle.db, organisationId, scope);
      app.get(label)!.push(performance.now() - t);
      if (!result.ok) throw new Error(result.error);
      if (scope.kind === "flanders") {
        vacanciesCounted = result.value.totals.vacancies;
        t = performance.now();
        await handle.query(RAW_PER_PLACE, [today, organisationId]);
        await handle.query(RAW_PER_COMPETENCE, [today, organisationId]);
        raw.push(performance.now() - t);
        t = performance.now();
        choroplethModel({
          values: Object.fromEntries(result.value.municipalities.map((m) => [m.nis, m.ftePercent / 100])),
          region: new Set(result.value.municipalities.map((m) => m.nis)),
          highlight: result.value.reference.nis,
        });
        map.push(performance.now() - t);
      }
    }
  }
  let t = performance.now();
  const detected = await detectSharedPosts(handle.db);
  const detectMs = performance.now() - t;
  t = performance.now();
  await detectSharedPosts(handle.db);
  const redetectMs = performance.now() - t;

  const rss = process.memoryUsage().rss / 1024 / 1024;
  const flanders = app.get(SCOPES[0]!.label)!;
  const appP95 = percentile(flanders, 95);
  const rawP95 = percentile(raw, 95);
  console.log(
    `\n${engine}: ${VACANCIES} open vacancies, loaded in ${loadSeconds.toFixed(1)} s (${vacanciesCounted} counted per organisation)`,
  );
  for (const { label } of SCOPES) {
    const values = app.get(label)!;
    console.log(`  regional (app) ${label.padEnd(22)} p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}`);
  }
  console.log(`  regional (raw) all of Flanders          p50 ${ms(percentile(raw, 50))}  p95 ${ms(rawP95)}`);
  console.log(`  map model      285 municipalities       p50 ${ms(percentile(map, 50))}  p95 ${ms(percentile(map, 95))}`);
  console.log(`  app/raw p95 ${(appP95 / rawP95).toFixed(2)}   RSS ${rss.toFixed(0)} MB`);
  console.log(
    `  detectSharedPosts: ${detected.proposed.length} proposals in ${ms(detectMs)}; again (nothing new) in ${ms(redetectMs)}`,
  );
  console.log(
    `  all of Flanders p95 ${ms(appP95)}: ${appP95 <= TARGET_P95_MS ? "meets" : "MISSES"} the target (≤ ${TARGET_P95_MS} ms)`,
  );
}

async function main() {
  const pglite = await openPglite(undefined);
  try {
    await measure("pglite", pglite);
  } finally {
    await pglite.close();
  }
  if (!process.env.TEST_DATABASE_URL) {
    console.log("\nTEST_DATABASE_URL is not set: PGlite only.");
    return;
  }
  const url = new URL(process.env.TEST_DATABASE_URL);
  const name = `vvg_bench_noits_region_${process.pid}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = openPostgres(target.toString(), { max: 4 });
  try {
    await measure("postgres", handle);
  } finally {
    await handle.close();
    const drop = new pg.Client({ connectionString: url.toString() });
    await drop.connect();
    await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await drop.end();
  }
}

await main();
