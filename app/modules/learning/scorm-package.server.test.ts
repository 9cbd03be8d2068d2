import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import yazl from "yazl";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/setup/database.ts";
import { createPerson } from "../../../tests/factories/identity.ts";
import {
  getScormPackage,
  importScormPackage,
  mimeTypeOf,
  packageFile,
  packageFolder,
  parseManifest,
  SCORM_LIMITS,
  type ScormLimits,
  safeRelativePath,
} from "./scorm-package.server.ts";
import { scormPackages } from "./scorm.schema.ts";

const database = await createTestDatabase();
const db = database.db;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "vvg-scorm-test-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
const demoZip = fs.readFileSync(path.join(import.meta.dirname, "../../../data/scorm/veilig-mailen.zip"));

const manifest = (resources: string, extra = "") => `<?xml version="1.0"?>
<manifest identifier="test" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="o"><organization identifier="o"><title>Testpakket</title>
    <item identifier="i1" identifierref="r1"><title>Les</title></item>
  </organization></organizations>
  <resources>${resources}</resources>${extra}
</manifest>`;
const SCO = `<resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource>`;

function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) zip.addBuffer(Buffer.from(content), name);
  zip.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => chunks.push(c));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
  });
}

/** yazl refuses unsafe names, so an evil zip is made by renaming an entry in the bytes (same length). */
function rename(buffer: Buffer, from: string, to: string): Buffer {
  expect(from.length).toBe(to.length);
  const out = Buffer.from(buffer);
  let at = out.indexOf(from);
  let count = 0;
  while (at >= 0) {
    out.write(to, at, "latin1");
    count++;
    at = out.indexOf(from, at + 1);
  }
  expect(count).toBe(2); // local header and central directory
  return out;
}

const packagesInDb = async () => (await db.select({ id: scormPackages.id }).from(scormPackages)).length;
const foldersOnDisk = () => (fs.existsSync(path.join(dataDir, "scorm")) ? fs.readdirSync(path.join(dataDir, "scorm")) : []);

async function refused(zip: Buffer, error: string, limits: ScormLimits = SCORM_LIMITS) {
  const before = { rows: await packagesInDb(), folders: foldersOnDisk().length };
  const result = await importScormPackage({ db, dataDir, actorId: null }, zip, limits);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toBe(`learningCertificates.scorm.error.${error}`);
  // Nothing half stored: no row, no folder (not even a staging one).
  expect(await packagesInDb()).toBe(before.rows);
  expect(foldersOnDisk().length).toBe(before.folders);
  return result;
}

describe("importing a SCORM 1.2 package", () => {
  it("stores the project's demo package: manifest facts in the database, files on disk, an audit entry", async () => {
    const author = await createPerson(db);
    const result = await importScormPackage({ db, dataDir, actorId: author.id }, demoZip);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pkg = await getScormPackage(db, result.value.id);
    expect(pkg).toMatchObject({
      title: "Veilig e-mailen",
      manifestIdentifier: "be.vlavirgem.veilig-mailen",
      scoIdentifier: "item-veilig-mailen",
      launchPath: "index.html",
      masteryScore: 100,
      uploadedBy: author.id,
    });
    expect(pkg!.files).toEqual(["imsmanifest.xml", "index.html", "sco.css", "sco.js"]);
    expect(pkg!.items[0]).toMatchObject({ identifier: "item-veilig-mailen", href: "index.html", scormType: "sco" });
    const folder = packageFolder(dataDir, result.value.id);
    expect(fs.readFileSync(path.join(folder, "sco.js"), "utf8")).toContain("LMSInitialize");
    const audit = await database.query<{ action: string }>("SELECT action FROM platform.audit_log WHERE target_id = $1", [
      result.value.id,
    ]);
    expect(audit.map((a) => a.action)).toEqual(["learning.scorm.upload"]);
  });

  it("refuses bytes that are not a zip", async () => {
    await refused(Buffer.from("this is not a zip file at all, just text"), "corrupt");
  });

  it("refuses an empty upload", async () => {
    await refused(Buffer.alloc(0), "empty");
  });

  it("refuses a truncated zip", async () => {
    await refused(demoZip.subarray(0, demoZip.length - 40), "corrupt");
  });

  it("refuses a zip without imsmanifest.xml at its root", async () => {
    await refused(await zipOf({ "index.html": "<p>hoi</p>", "sub/imsmanifest.xml": manifest(SCO) }), "noManifest");
  });

  it("refuses an entry that climbs out of the folder (../)", async () => {
    const zip = await zipOf({ "imsmanifest.xml": manifest(SCO), "index.html": "x", "xx/evil.html": "evil" });
    await refused(rename(zip, "xx/evil.html", "../evil.html"), "unsafePath");
  });

  it("refuses an absolute entry path", async () => {
    const zip = await zipOf({ "imsmanifest.xml": manifest(SCO), "index.html": "x", "xetc/passwd": "root" });
    await refused(rename(zip, "xetc/passwd", "/etc/passwd"), "unsafePath");
  });

  it("refuses a manifest whose href climbs out of the folder", async () => {
    const evil = `<resource identifier="r1" type="webcontent" adlcp:scormtype="sco" href="../../etc/passwd"/>`;
    await refused(await zipOf({ "imsmanifest.xml": manifest(evil) }), "unsafePath");
  });

  it("refuses files the manifest does not declare, naming them", async () => {
    const result = await refused(
      await zipOf({ "imsmanifest.xml": manifest(SCO), "index.html": "x", "extra/payload.exe": "MZ" }),
      "undeclared",
    );
    if (!result.ok) expect(result.detail).toContain("extra/payload.exe");
  });

  it("allows the manifest's schema files at the root", async () => {
    const result = await importScormPackage(
      { db, dataDir, actorId: null },
      await zipOf({ "imsmanifest.xml": manifest(SCO), "index.html": "x", "adlcp_rootv1p2.xsd": "<xs:schema/>" }),
    );
    expect(result.ok).toBe(true);
  });

  it("refuses too many files", async () => {
    const files: Record<string, string> = { "imsmanifest.xml": manifest(SCO), "index.html": "x" };
    for (let i = 0; i < 12; i++) files[`f${i}.txt`] = "x";
    await refused(await zipOf(files), "tooManyFiles", { ...SCORM_LIMITS, files: 10 });
  });

  it("refuses a zip larger than allowed, and one that unpacks to more than allowed", async () => {
    await refused(demoZip, "tooLarge", { ...SCORM_LIMITS, zipBytes: 1000 });
    await refused(demoZip, "tooLarge", { ...SCORM_LIMITS, unpackedBytes: 5000 });
  });

  it("refuses a SCORM 2004 package", async () => {
    const xml = manifest(SCO).replace("<schemaversion>1.2</schemaversion>", "<schemaversion>2004 4th Edition</schemaversion>");
    await refused(await zipOf({ "imsmanifest.xml": xml, "index.html": "x" }), "version");
  });

  it("refuses a package whose launch file is missing", async () => {
    await refused(await zipOf({ "imsmanifest.xml": manifest(SCO) }), "missingLaunch");
  });

  it("refuses a manifest with a DOCTYPE (entity expansion)", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]>${manifest(SCO).replace(/^<\?xml[^>]*>/, "")}`;
    await refused(await zipOf({ "imsmanifest.xml": xml, "index.html": "x" }), "manifest");
  });
});

describe("reading a manifest", () => {
  it("takes the default organisation's first SCO, with xml:base, parameters and mastery score", () => {
    const xml = `<manifest identifier="m" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
      <organizations default="b">
        <organization identifier="a"><title>Niet deze</title><item identifier="x" identifierref="r2"><title>X</title></item></organization>
        <organization identifier="b"><title>Wel deze</title>
          <item identifier="group"><title>Hoofdstuk</title>
            <item identifier="asset" identifierref="r2"><title>Bijlage</title></item>
            <item identifier="sco" identifierref="r1" parameters="?start=1"><title>Les</title><adlcp:masteryscore>80</adlcp:masteryscore><adlcp:datafromlms>abc</adlcp:datafromlms></item>
          </item>
        </organization>
      </organizations>
      <resources xml:base="content/">
        <resource identifier="r1" adlcp:scormtype="sco" href="les%201.html"><file href="les 1.html"/></resource>
        <resource identifier="r2" adlcp:scormtype="asset" href="bijlage.pdf"/>
      </resources></manifest>`;
    const result = parseManifest(xml);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      title: "Wel deze",
      scoIdentifier: "sco",
      launchPath: "content/les 1.html",
      launchParameters: "?start=1",
      launchData: "abc",
      masteryScore: 80,
    });
    expect([...result.value.declaredFiles].sort()).toEqual(["content/bijlage.pdf", "content/les 1.html"]);
    expect(result.value.items[0]!.children.map((c) => c.identifier)).toEqual(["asset", "sco"]);
  });

  it("refuses an item pointing at a resource that does not exist", () => {
    const xml = manifest(SCO).replace('identifierref="r1"', 'identifierref="nope"');
    expect(parseManifest(xml)).toMatchObject({ ok: false, error: "learningCertificates.scorm.error.missingResource" });
  });
});

describe("serving package files", () => {
  it("serves only files the package lists, never a path outside its folder", async () => {
    const [row] = await db.select().from(scormPackages).limit(1);
    expect(row).toBeTruthy();
    const pkg = row!;
    expect(packageFile(pkg, dataDir, "index.html")).toMatchObject({
      name: "index.html",
      contentType: "text/html; charset=utf-8",
    });
    expect(packageFile(pkg, dataDir, "./index.html")?.name).toBe("index.html");
    for (const evil of [
      "../index.html",
      "%2e%2e/%2e%2e/etc/passwd",
      "..%2f..%2fetc%2fpasswd",
      "/etc/passwd",
      "sub/../../x",
      "nope.html",
      "%zz",
    ]) {
      expect(packageFile(pkg, dataDir, evil)).toBeNull();
    }
  });

  it("normalises relative paths and refuses the unsafe ones", () => {
    expect(safeRelativePath("a/./b/c.html")).toBe("a/b/c.html");
    expect(safeRelativePath("a/../b")).toBeNull();
    expect(safeRelativePath("C:/windows")).toBeNull();
    expect(safeRelativePath("a\\b")).toBeNull();
    expect(safeRelativePath("http://evil/x")).toBeNull();
  });

  it("knows the MIME types of web content", () => {
    expect(mimeTypeOf("a/b.JS")).toBe("text/javascript; charset=utf-8");
    expect(mimeTypeOf("x.css")).toBe("text/css; charset=utf-8");
    expect(mimeTypeOf("x.svg")).toBe("image/svg+xml");
    expect(mimeTypeOf("x.unknown")).toBe("application/octet-stream");
  });
});
