// SCORM 1.2 packages: a zip is checked completely (structure, paths, manifest, files) before a
// byte of it is stored; then its files go to DATA_DIR/scorm/<packageId>/ and its facts to the
// database, both or neither.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";
import { desc, eq } from "drizzle-orm";
import { XMLParser } from "fast-xml-parser";
import yauzl from "yauzl";
import type { Db, DbOrTx } from "../../db/client.server.ts";
import { recordAudit } from "../platform/index.server.ts";
import type { Failure } from "../identity/index.server.ts";
import { type ScormItem, scormPackages } from "./scorm.schema.ts";

/** Limits of an uploaded package. */
export const SCORM_LIMITS = {
  zipBytes: 100 * 1024 * 1024,
  unpackedBytes: 300 * 1024 * 1024,
  files: 2000,
  manifestBytes: 1024 * 1024,
} as const;
export type ScormLimits = { [K in keyof typeof SCORM_LIMITS]: number };

export type ScormFailure = Failure & { detail?: string };
export type ManifestFacts = {
  identifier: string;
  title: string;
  scoIdentifier: string;
  launchPath: string;
  launchParameters: string;
  launchData: string;
  masteryScore: number | null;
  items: ScormItem[];
  /** Files the manifest declares (resources' href and file elements), normalised. */
  declaredFiles: Set<string>;
};

const fails = (error: string, detail?: string): ScormFailure => ({ ok: false, error, detail });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids from URLs are checked before they reach a query (a malformed one is "not found"). */
export const isUuid = (value: unknown): value is string => typeof value === "string" && UUID.test(value);

/** The folder of a package's files. */
export function packageFolder(dataDir: string, packageId: string): string {
  return path.join(dataDir, "scorm", packageId);
}

/**
 * A path inside the package, normalised ("a/./b/../c.html" → "a/c.html"); null when it is not a
 * plain relative path inside the folder (absolute, a drive letter, "..", backslashes, NUL, a URL).
 */
export function safeRelativePath(raw: string): string | null {
  if (!raw || raw.includes("\\") || raw.includes("\0") || raw.startsWith("/") || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(raw)) {
    return null;
  }
  const out: string[] = [];
  for (const part of raw.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") return null;
    out.push(part);
  }
  return out.length ? out.join("/") : null;
}

/** An href from the manifest without its query or fragment, URL-decoded, joined to its xml:base. */
function hrefPath(base: string, href: string): string | null {
  const bare = href.split(/[?#]/, 1)[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    return null;
  }
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(decoded)) return null;
  return safeRelativePath(`${base}${decoded}`);
}

type XmlNode = Record<string, unknown>;
const ARRAYS = new Set(["organization", "item", "resource", "file", "dependency"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

const attr = (node: XmlNode | undefined, name: string): string => {
  const value = node?.[`@_${name}`];
  return typeof value === "string" ? value.trim() : "";
};
const text = (value: unknown): string => {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object" && "#text" in value) return String((value as XmlNode)["#text"]).trim();
  return "";
};
const list = (value: unknown): XmlNode[] => (Array.isArray(value) ? (value as XmlNode[]) : []);

/** Reads imsmanifest.xml: SCORM 1.2 only, a default organisation with a SCO to launch. */
export function parseManifest(xml: string): { ok: true; value: ManifestFacts } | ScormFailure {
  let doc: XmlNode;
  try {
    // Refuse a DOCTYPE outright: entity tricks have no place in a manifest.
    if (/<!DOCTYPE/i.test(xml)) return fails("learningCertificates.scorm.error.manifest", "DOCTYPE");
    doc = parser.parse(xml, true) as XmlNode;
  } catch (err) {
    return fails("learningCertificates.scorm.error.manifest", err instanceof Error ? err.message.slice(0, 200) : undefined);
  }
  const manifest = doc.manifest as XmlNode | undefined;
  if (!manifest || typeof manifest !== "object") return fails("learningCertificates.scorm.error.manifest", "no <manifest>");
  const metadata = manifest.metadata as XmlNode | undefined;
  const version = text(metadata?.schemaversion);
  if (version && version !== "1.2") return fails("learningCertificates.scorm.error.version", version);

  const resourcesNode = manifest.resources as XmlNode | undefined;
  const resourcesBase = attr(resourcesNode, "base");
  const resources = new Map<string, { href: string | null; scormType: string; node: XmlNode; base: string }>();
  const declaredFiles = new Set<string>();
  for (const resource of list(resourcesNode?.resource)) {
    const id = attr(resource, "identifier");
    // SCORM 1.2 spells it adlcp:scormtype; 2004 has scormType.
    if (attr(resource, "scormType")) return fails("learningCertificates.scorm.error.version", "adlcp:scormType (SCORM 2004)");
    const base = `${resourcesBase}${attr(resource, "base")}`;
    const href = attr(resource, "href");
    let hrefNormal: string | null = null;
    if (href) {
      hrefNormal = hrefPath(base, href);
      if (!hrefNormal) return fails("learningCertificates.scorm.error.unsafePath", href);
      declaredFiles.add(hrefNormal);
    }
    for (const file of list(resource.file)) {
      const fileHref = attr(file, "href");
      const normal = hrefPath(base, fileHref);
      if (!normal) return fails("learningCertificates.scorm.error.unsafePath", fileHref || "(empty)");
      declaredFiles.add(normal);
    }
    if (id) resources.set(id, { href: hrefNormal, scormType: attr(resource, "scormtype").toLowerCase(), node: resource, base });
  }

  const organisations = manifest.organizations as XmlNode | undefined;
  const all = list(organisations?.organization);
  const defaultId = attr(organisations, "default");
  const organisation = all.find((o) => attr(o, "identifier") === defaultId) ?? all[0];
  if (!organisation) return fails("learningCertificates.scorm.error.noOrganisation");

  const toItem = (node: XmlNode, depth: number): ScormItem => {
    if (depth > 20) throw new Error("items nested too deeply");
    const ref = attr(node, "identifierref");
    const resource = ref ? resources.get(ref) : undefined;
    const mastery = Number.parseFloat(text(node.masteryscore));
    return {
      identifier: attr(node, "identifier"),
      title: text(node.title) || attr(node, "identifier"),
      resource: ref || undefined,
      href: resource?.href ?? undefined,
      scormType: resource ? (resource.scormType === "sco" ? "sco" : "asset") : undefined,
      masteryScore: Number.isFinite(mastery) ? mastery : undefined,
      launchData: text(node.datafromlms) || undefined,
      children: list(node.item).map((child) => toItem(child, depth + 1)),
    };
  };
  let items: ScormItem[];
  try {
    items = list(organisation.item).map((node) => toItem(node, 0));
  } catch (err) {
    return fails("learningCertificates.scorm.error.manifest", err instanceof Error ? err.message : undefined);
  }
  for (const item of flatten(items)) {
    if (item.resource && !resources.has(item.resource))
      return fails("learningCertificates.scorm.error.missingResource", item.resource);
  }
  const launchable = flatten(items).filter((item) => item.href);
  const sco = launchable.find((item) => item.scormType === "sco") ?? launchable[0];
  if (!sco?.href) return fails("learningCertificates.scorm.error.noSco");
  const itemNode = findItemNode(list(organisation.item), sco.identifier);
  const parameters = attr(itemNode, "parameters");
  const masteryScore = sco.masteryScore !== undefined ? Math.max(0, Math.min(100, Math.round(sco.masteryScore))) : null;
  return {
    ok: true,
    value: {
      identifier: attr(manifest, "identifier") || "manifest",
      title: (text(organisation.title) || sco.title || attr(manifest, "identifier")).slice(0, 200),
      scoIdentifier: sco.identifier,
      launchPath: sco.href,
      launchParameters: parameters.slice(0, 1000),
      launchData: (sco.launchData ?? "").slice(0, 4096),
      masteryScore,
      items,
      declaredFiles,
    },
  };
}

function flatten(items: ScormItem[]): ScormItem[] {
  return items.flatMap((item) => [item, ...flatten(item.children)]);
}

function findItemNode(nodes: XmlNode[], identifier: string): XmlNode | undefined {
  for (const node of nodes) {
    if (attr(node, "identifier") === identifier) return node;
    const inner = findItemNode(list(node.item), identifier);
    if (inner) return inner;
  }
  return undefined;
}

/** Files allowed besides the declared ones: the manifest and the schema files it refers to. */
const SCHEMA_FILE = /^[^/]+\.(xsd|dtd)$/i;

type ZipEntry = { name: string; size: number; entry: yauzl.Entry };

function openZip(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    );
  });
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Buffer> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      stream.destroy();
      throw new Error("entry larger than allowed");
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** What a zip's check found: its manifest facts and the files to store. */
export type CheckedPackage = { manifest: ManifestFacts; entries: ZipEntry[]; zip: yauzl.ZipFile; unpackedBytes: number };

/** Opens and checks a package zip; nothing is written. The caller closes `zip` when done. */
export async function checkScormZip(
  buffer: Buffer,
  limits: ScormLimits = SCORM_LIMITS,
): Promise<{ ok: true; value: CheckedPackage } | ScormFailure> {
  if (buffer.length === 0) return fails("learningCertificates.scorm.error.empty");
  if (buffer.length > limits.zipBytes) return fails("learningCertificates.scorm.error.tooLarge");
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(buffer);
  } catch (err) {
    return fails("learningCertificates.scorm.error.corrupt", err instanceof Error ? err.message : undefined);
  }
  let result: { ok: true; value: CheckedPackage } | ScormFailure;
  try {
    result = await inspectZip(zip, limits);
  } catch (err) {
    zip.close();
    throw err;
  }
  // A refused zip is closed here; an accepted one stays open for extraction.
  if (!result.ok) zip.close();
  return result;
}

async function inspectZip(zip: yauzl.ZipFile, limits: ScormLimits): Promise<{ ok: true; value: CheckedPackage } | ScormFailure> {
  if (zip.entryCount > limits.files) return fails("learningCertificates.scorm.error.tooManyFiles", String(zip.entryCount));
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let unpacked = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const raw = entry.fileName;
      if (raw.endsWith("/")) {
        if (!safeRelativePath(raw.slice(0, -1))) return fails("learningCertificates.scorm.error.unsafePath", raw);
        continue;
      }
      const name = safeRelativePath(raw);
      if (!name || name !== raw.replace(/^\.\//, "")) return fails("learningCertificates.scorm.error.unsafePath", raw);
      // Symbolic links (unix mode in the upper 16 bits) are never followed nor stored.
      if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000) {
        return fails("learningCertificates.scorm.error.unsafePath", raw);
      }
      if (entry.isEncrypted()) return fails("learningCertificates.scorm.error.corrupt", "encrypted entry");
      const key = name.toLowerCase();
      if (seen.has(key)) return fails("learningCertificates.scorm.error.corrupt", `duplicate entry ${name}`);
      seen.add(key);
      unpacked += entry.uncompressedSize;
      if (unpacked > limits.unpackedBytes) return fails("learningCertificates.scorm.error.tooLarge");
      entries.push({ name, size: entry.uncompressedSize, entry });
    }
  } catch (err) {
    const message = err instanceof Error ? err.message : "";
    if (/relative path|absolute path|invalid characters/.test(message)) {
      return fails("learningCertificates.scorm.error.unsafePath", message.replace(/^.*?: /, ""));
    }
    return fails("learningCertificates.scorm.error.corrupt", message);
  }
  const manifestEntry = entries.find((e) => e.name === "imsmanifest.xml");
  if (!manifestEntry) return fails("learningCertificates.scorm.error.noManifest");
  let xml: string;
  try {
    xml = (await readEntry(zip, manifestEntry.entry, limits.manifestBytes)).toString("utf8");
  } catch (err) {
    return fails("learningCertificates.scorm.error.corrupt", err instanceof Error ? err.message : undefined);
  }
  const parsed = parseManifest(xml.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return parsed;
  const manifest = parsed.value;
  const names = new Set(entries.map((e) => e.name));
  const outside = entries
    .map((e) => e.name)
    .filter((name) => name !== "imsmanifest.xml" && !SCHEMA_FILE.test(name) && !manifest.declaredFiles.has(name));
  if (outside.length) return fails("learningCertificates.scorm.error.undeclared", outside.slice(0, 5).join(", "));
  if (!names.has(manifest.launchPath)) return fails("learningCertificates.scorm.error.missingLaunch", manifest.launchPath);
  return { ok: true, value: { manifest, entries, zip, unpackedBytes: unpacked } };
}

async function extractTo(checked: CheckedPackage, folder: string): Promise<void> {
  for (const item of checked.entries) {
    const target = path.join(folder, ...item.name.split("/"));
    // Belt and braces: the joined path must still be inside the folder.
    if (!target.startsWith(folder + path.sep)) throw new Error(`path escapes the package folder: ${item.name}`);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const stream = await checked.zip.openReadStreamPromise(item.entry);
    let written = 0;
    const guard = new Transform({
      transform(chunk: Buffer, _enc, done) {
        written += chunk.length;
        if (written > item.size) done(new Error(`entry larger than declared: ${item.name}`));
        else done(null, chunk);
      },
    });
    await pipeline(stream, guard, fs.createWriteStream(target, { flags: "wx", mode: 0o640 }));
  }
}

export type ImportContext = { db: Db; dataDir: string; actorId: string | null; ip?: string };

/**
 * Checks and stores an uploaded package. Refused: an empty, corrupt or too large zip, no
 * imsmanifest.xml at the root, paths escaping the folder, files the manifest does not declare,
 * too many files, SCORM 2004, no SCO to launch. Nothing is kept of a refused package.
 */
export async function importScormPackage(
  context: ImportContext,
  zipBuffer: Buffer,
  limits: ScormLimits = SCORM_LIMITS,
): Promise<{ ok: true; value: { id: string; title: string } } | ScormFailure> {
  const checked = await checkScormZip(zipBuffer, limits);
  if (!checked.ok) return checked;
  const { manifest, zip } = checked.value;
  const id = randomUUID();
  const root = path.join(context.dataDir, "scorm");
  const staging = path.join(root, `.upload-${id}`);
  const final = packageFolder(context.dataDir, id);
  try {
    await fs.promises.mkdir(staging, { recursive: true });
    await extractTo(checked.value, staging);
  } catch (err) {
    zip.close();
    await fs.promises.rm(staging, { recursive: true, force: true });
    return fails("learningCertificates.scorm.error.corrupt", err instanceof Error ? err.message : undefined);
  }
  zip.close();
  try {
    await context.db.transaction(async (tx) => {
      await tx.insert(scormPackages).values({
        id,
        title: manifest.title,
        manifestIdentifier: manifest.identifier.slice(0, 200),
        scoIdentifier: manifest.scoIdentifier.slice(0, 200),
        launchPath: manifest.launchPath,
        launchParameters: manifest.launchParameters,
        launchData: manifest.launchData,
        masteryScore: manifest.masteryScore,
        items: manifest.items,
        files: checked.value.entries.map((e) => e.name).sort(),
        sizeBytes: checked.value.unpackedBytes,
        uploadedBy: context.actorId,
      });
      await recordAudit(tx, {
        actorId: context.actorId,
        ip: context.ip,
        action: "learning.scorm.upload",
        targetType: "scorm_package",
        targetId: id,
        details: { title: manifest.title, files: checked.value.entries.length, bytes: checked.value.unpackedBytes },
      });
      // Last step inside the transaction: if the folder cannot be put in place, nothing is recorded.
      await fs.promises.rename(staging, final);
    });
  } catch (err) {
    await fs.promises.rm(staging, { recursive: true, force: true });
    await fs.promises.rm(final, { recursive: true, force: true });
    throw err;
  }
  return { ok: true, value: { id, title: manifest.title } };
}

export type ScormPackage = typeof scormPackages.$inferSelect;

export async function getScormPackage(db: DbOrTx, id: string): Promise<ScormPackage | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(scormPackages).where(eq(scormPackages.id, id));
  return row ?? null;
}

export async function listScormPackages(db: DbOrTx) {
  return db
    .select({
      id: scormPackages.id,
      title: scormPackages.title,
      launchPath: scormPackages.launchPath,
      fileCount: scormPackages.files,
      sizeBytes: scormPackages.sizeBytes,
      createdAt: scormPackages.createdAt,
    })
    .from(scormPackages)
    .orderBy(desc(scormPackages.createdAt))
    .then((rows) => rows.map((row) => ({ ...row, fileCount: row.fileCount.length })));
}

const MIME: Record<string, string> = {
  html: "text/html; charset=utf-8",
  htm: "text/html; charset=utf-8",
  xhtml: "application/xhtml+xml; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json; charset=utf-8",
  xml: "application/xml; charset=utf-8",
  xsd: "application/xml; charset=utf-8",
  dtd: "application/xml-dtd; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  vtt: "text/vtt; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  ico: "image/x-icon",
  mp3: "audio/mpeg",
  wav: "audio/wav",
  ogg: "audio/ogg",
  mp4: "video/mp4",
  webm: "video/webm",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
  pdf: "application/pdf",
  swf: "application/octet-stream",
};

export function mimeTypeOf(file: string): string {
  const ext = file.slice(file.lastIndexOf(".") + 1).toLowerCase();
  return MIME[ext] ?? "application/octet-stream";
}

/**
 * A file of a package to serve: only paths the package lists (so nothing outside its folder can
 * ever be named), with its MIME type. Null when there is no such file.
 */
export function packageFile(pkg: Pick<ScormPackage, "id" | "files">, dataDir: string, requested: string) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requested);
  } catch {
    return null;
  }
  const name = safeRelativePath(decoded);
  if (!name || !pkg.files.includes(name)) return null;
  const folder = packageFolder(dataDir, pkg.id);
  const file = path.join(folder, ...name.split("/"));
  if (!file.startsWith(folder + path.sep)) return null;
  return { path: file, name, contentType: mimeTypeOf(name) };
}
