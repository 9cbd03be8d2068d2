// Belgian enterprise numbers (KBO/BCE). Client-safe.

/** Strips spaces, dots and a "BE" prefix: "BE 0123.456.749" → "0123456749". */
export function normaliseEnterpriseNumber(input: string): string {
  const digits = input.replace(/^\s*BE/i, "").replace(/[\s.\-/]/g, "");
  return /^\d{9}$/.test(digits) ? `0${digits}` : digits;
}

/**
 * A valid enterprise number has 10 digits, starts with 0 or 1, and its last two digits equal
 * 97 minus (the first eight digits modulo 97).
 */
export function isValidEnterpriseNumber(input: string): boolean {
  const n = normaliseEnterpriseNumber(input);
  if (!/^[01]\d{9}$/.test(n)) return false;
  const base = Number(n.slice(0, 8));
  const check = Number(n.slice(8));
  return 97 - (base % 97) === check;
}

/** "0123456749" → "0123.456.749". */
export function formatEnterpriseNumber(input: string): string {
  const n = normaliseEnterpriseNumber(input);
  return /^\d{10}$/.test(n) ? `${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}` : input;
}

/** The Belgian VAT number of an enterprise: "BE0123456749". */
export function vatNumberOf(enterpriseNumber: string): string {
  return `BE${normaliseEnterpriseNumber(enterpriseNumber)}`;
}

/** Peppol participant id under scheme 0208 (Belgian enterprise number). */
export function defaultPeppolId(enterpriseNumber: string): string {
  return `0208:${normaliseEnterpriseNumber(enterpriseNumber)}`;
}
