// Builds the project's SCORM 1.2 demo package data/scorm/veilig-mailen.zip from the files in
// data/scorm/veilig-mailen/ (deterministic: sorted entries, fixed dates, so a rebuild of the same
// files gives the same bytes). Run: node scripts/build-scorm-demo.ts
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import yazl from "yazl";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const source = path.join(root, "data", "scorm", "veilig-mailen");
const target = path.join(root, "data", "scorm", "veilig-mailen.zip");
const FIXED_DATE = new Date("2026-01-01T00:00:00Z");

export function buildDemoPackage(): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const files = fs
    .readdirSync(source)
    .filter((name) => fs.statSync(path.join(source, name)).isFile())
    .sort();
  // The manifest first, at the root of the zip, as SCORM requires.
  for (const name of ["imsmanifest.xml", ...files.filter((f) => f !== "imsmanifest.xml")]) {
    zip.addBuffer(fs.readFileSync(path.join(source, name)), name, { mtime: FIXED_DATE, mode: 0o100644 });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const buffer = await buildDemoPackage();
  fs.writeFileSync(target, buffer);
  console.log(`${path.relative(root, target)}: ${buffer.length} bytes`);
}
