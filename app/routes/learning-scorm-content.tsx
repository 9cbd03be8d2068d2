// GET /scorm-inhoud/{packageId}/{path}: a file of a SCORM package, for the player's iframe. Same
// origin (the SCO must reach window.API in its parent), only for those who may open the package,
// only files the package lists (no path can leave its folder), with the SCO's own CSP.
import fs from "node:fs";
import { Readable } from "node:stream";
import type { Route } from "./+types/learning-scorm-content";
import { getActor } from "../auth.server.ts";
import { canOpenScormPackage, getScormPackage, packageFile } from "../modules/learning/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

/**
 * The SCO's policy: its own scripts and inline code (authoring tools generate them), nothing
 * from elsewhere, framed only by the portal (server/app.ts leaves the portal's policy off here).
 */
const SCO_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

const text = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'",
    },
  });

export async function loader({ request, params }: Route.LoaderArgs) {
  const runtime = getRuntime();
  const { db } = runtime.database;
  const pkg = await getScormPackage(db, params.packageId);
  if (!pkg) return text(404, "Niet gevonden / Not found");
  const actor = await getActor(request);
  const viewer = actor ? { id: actor.personId, name: actor.name, isPortalAdmin: actor.isPortalAdmin } : null;
  if (!(await canOpenScormPackage(db, viewer, pkg.id))) {
    return text(actor ? 403 : 401, "Geen toegang / No access");
  }
  const file = packageFile(pkg, runtime.config.dataDir, params["*"] ?? "");
  if (!file) return text(404, "Niet gevonden / Not found");
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file.path);
  } catch {
    return text(404, "Niet gevonden / Not found");
  }
  const headers = {
    "Content-Type": file.contentType,
    "Content-Length": String(stat.size),
    "Content-Security-Policy": SCO_POLICY,
    "X-Frame-Options": "SAMEORIGIN",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    // Personal: only for this browser, briefly.
    "Cache-Control": "private, max-age=300",
    "Last-Modified": stat.mtime.toUTCString(),
  };
  if (request.method === "HEAD") return new Response(null, { headers });
  const stream = Readable.toWeb(fs.createReadStream(file.path)) as ReadableStream<Uint8Array>;
  return new Response(stream, { headers });
}
