import { data } from "react-router";
import type { z } from "zod";
import { fieldErrors } from "./modules/identity/shared.ts";

/** Reads a form body; a body that is not a form is treated as an empty form. */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    return new FormData();
  }
}

/** The form as a plain object for Zod: repeated keys become arrays (checkbox groups). */
export function formObject(form: FormData, arrays: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key === "_csrf") continue;
    out[key] = arrays.includes(key) ? form.getAll(key).filter((v) => typeof v === "string") : form.get(key);
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}

/** A 400 answer that re-renders the form with its errors and what was typed (passwords excepted). */
export function invalid(errors: Record<string, string>, form: FormData, extra: Record<string, unknown> = {}, status = 400) {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === "string" && key !== "_csrf" && !/password/i.test(key)) values[key] = value;
  }
  return data({ errors, values, ...extra }, { status });
}

/** Parses with a shared schema; on failure, the 400 answer to return from the action. */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData, arrays: string[] = []) {
  const result = schema.safeParse(formObject(form, arrays));
  if (result.success) return { ok: true as const, value: result.data as z.infer<S> };
  return { ok: false as const, response: invalid(fieldErrors(result.error), form) };
}
