// Test support: validates UBL 2.1 XML against the OASIS schemas in tests/data/ubl-2.1 with xmllint
// (libxml2-utils). Only the Order and OrderResponse schemas and what they import are kept there.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SCHEMAS = {
  Order: fileURLToPath(new URL("../data/ubl-2.1/maindoc/UBL-Order-2.1.xsd", import.meta.url)),
  OrderResponse: fileURLToPath(new URL("../data/ubl-2.1/maindoc/UBL-OrderResponse-2.1.xsd", import.meta.url)),
} as const;

export type UblKind = keyof typeof SCHEMAS;

/** Runs `xmllint --noout --schema <xsd> -` on the XML; `errors` holds xmllint's messages. */
export function validateUblXml(xml: string, kind: UblKind): { valid: boolean; errors: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMAS[kind], "-"], {
    input: xml,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { valid: result.status === 0, errors: `${result.stderr ?? ""}`.trim() };
}
