// POST /api/v1/supplier/offers — a supplier writes offers (with their products) with its API
// token: `Authorization: Bearer <token>`, a JSON array of offers. Validated like an import file;
// all or nothing. Errors: `{ index, field, error, message }`.
import type { Route } from "./+types/api-supplier-offers";
import { translator } from "../i18n/index.ts";
import type { MessageKey } from "../i18n/index.ts";
import { getOrganisation } from "../modules/identity/index.server.ts";
import { applyRecords, IMPORT_FIELDS, supplierForToken } from "../modules/procurement/index.server.ts";
import { getRuntime } from "../runtime.server.ts";

const MAX_ITEMS = 5000;
const MAX_BODY_BYTES = 10 * 1024 * 1024;
const json = (body: unknown, status: number, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

export function loader() {
  return json({ error: "method_not_allowed", message: "Use POST with a JSON array of offers." }, 405, { Allow: "POST" });
}

function toText(value: unknown): string | undefined | null {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  if (request.method !== "POST") return loader();
  const db = getRuntime().database.db;
  const header = request.headers.get("Authorization") ?? "";
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const supplierId = await supplierForToken(db, token);
  const supplier = supplierId ? await getOrganisation(db, supplierId) : undefined;
  if (!supplier || supplier.type !== "leverancier" || supplier.status !== "active") {
    return json({ error: "unauthorized", message: "A valid supplier API token is required." }, 401, {
      "WWW-Authenticate": 'Bearer realm="vlavirgem"',
    });
  }
  if (!(request.headers.get("Content-Type") ?? "").includes("application/json")) {
    return json({ error: "unsupported_media_type", message: "Send application/json." }, 415);
  }
  if (Number(request.headers.get("Content-Length") ?? "0") > MAX_BODY_BYTES) {
    return json({ error: "too_large", message: `At most ${MAX_BODY_BYTES} bytes.` }, 413);
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ error: "invalid_json", message: "The body is not valid JSON." }, 400);
  }
  const items = Array.isArray(body) ? body : (body as { offers?: unknown } | null)?.offers;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_ITEMS) {
    return json({ error: "invalid_body", message: `Send a JSON array of 1 to ${MAX_ITEMS} offers.` }, 400);
  }
  const en = translator("en");
  const shapeErrors: { index: number; field: string; error: string; message: string }[] = [];
  const records = items.map((item, index) => {
    const record: Record<string, string | undefined> = {};
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      shapeErrors.push({ index, field: "", error: "supplier.error.item", message: en.t("supplier.error.item") });
      return record;
    }
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (key === "specs" && value && typeof value === "object" && !Array.isArray(value)) {
        for (const [specKey, specValue] of Object.entries(value as Record<string, unknown>)) {
          const text = toText(specValue);
          if (text === null)
            shapeErrors.push({
              index,
              field: `specs.${specKey}`,
              error: "supplier.error.specText",
              message: en.t("supplier.error.specText"),
            });
          else record[`spec.${specKey}`] = text;
        }
      } else if ((IMPORT_FIELDS as readonly string[]).includes(key)) {
        const text = toText(value);
        if (text === null)
          shapeErrors.push({ index, field: key, error: "supplier.error.type", message: en.t("supplier.error.type") });
        else record[key] = text;
      }
    }
    return record;
  });
  if (shapeErrors.length > 0) return json({ ok: false, errors: shapeErrors }, 422);
  const result = await applyRecords(db, supplier.id, records, { source: "API" });
  if (!result.ok) {
    return json(
      {
        ok: false,
        errors: result.errors.map((e) => ({
          index: e.line,
          field: e.column?.startsWith("spec.") ? `specs.${e.column.slice(5)}` : e.column,
          error: e.error,
          message: en.t(e.error as MessageKey),
          value: e.value,
        })),
      },
      422,
    );
  }
  return json({ ok: true, created: result.created, updated: result.updated, unchanged: result.unchanged }, 200);
}
