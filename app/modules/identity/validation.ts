// Form schemas shared by the forms and the actions. Error messages are message keys
// (app/i18n/identity.*.ts) so that they are shown in the user's language. Client-safe.
import { z } from "zod";
import { isValidEnterpriseNumber, normaliseEnterpriseNumber } from "./kbo.ts";
import { ORGANISATION_TYPES } from "./types.ts";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const email = z
  .string({ error: "validation.email.required" })
  .trim()
  .min(1, "validation.email.required")
  .max(254, "validation.email.invalid")
  .pipe(z.email({ error: "validation.email.invalid" }))
  .transform((value) => value.toLowerCase());

const name = z
  .string({ error: "validation.name.required" })
  .trim()
  .min(1, "validation.name.required")
  .max(120, "validation.name.tooLong");

const newPassword = z
  .string({ error: "validation.password.required" })
  .min(PASSWORD_MIN_LENGTH, "validation.password.tooShort")
  .max(PASSWORD_MAX_LENGTH, "validation.password.tooLong");

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

export const RegisterSchema = z
  .object({
    name,
    email,
    password: newPassword,
    passwordConfirm: z.string({ error: "validation.password.required" }),
    acceptPrivacy: checkbox.refine((value) => value, "validation.privacy.required"),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "validation.password.mismatch",
  });
export type RegisterInput = z.infer<typeof RegisterSchema>;

export const LoginSchema = z.object({
  email,
  password: z.string({ error: "validation.password.required" }).min(1, "validation.password.required").max(PASSWORD_MAX_LENGTH),
  remember: checkbox.optional(),
});

export const ResetRequestSchema = z.object({ email });

export const ResetPasswordSchema = z
  .object({ password: newPassword, passwordConfirm: z.string({ error: "validation.password.required" }) })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "validation.password.mismatch",
  });

export const ChangeEmailSchema = z.object({ email, password: z.string().min(1, "validation.password.required") });

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.password.required"),
    password: newPassword,
    passwordConfirm: z.string({ error: "validation.password.required" }),
  })
  .refine((value) => value.password === value.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "validation.password.mismatch",
  });

export const DeleteAccountSchema = z.object({
  confirm: z
    .string()
    .refine((value) => ["VERWIJDEREN", "DELETE"].includes(value.trim().toUpperCase()), "validation.delete.confirm"),
});

const enterpriseNumber = z
  .string({ error: "validation.kbo.required" })
  .trim()
  .min(1, "validation.kbo.required")
  .refine((value) => /^(BE)?[\s.\d]+$/i.test(value) && normaliseEnterpriseNumber(value).length === 10, "validation.kbo.format")
  .refine(isValidEnterpriseNumber, "validation.kbo.checksum")
  .transform(normaliseEnterpriseNumber);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.text.tooLong")
    .optional()
    .transform((value) => value || undefined);

export const SupplierRegistrationSchema = z.object({
  companyName: z.string().trim().min(1, "validation.company.required").max(200, "validation.text.tooLong"),
  enterpriseNumber,
  street: z.string().trim().min(1, "validation.address.required").max(200, "validation.text.tooLong"),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, "validation.postalCode"),
  city: z.string().trim().min(1, "validation.address.required").max(100, "validation.text.tooLong"),
  contactName: name,
  contactEmail: email,
  contactPhone: optionalText(40),
  peppolId: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => !value || /^\d{4}:[A-Za-z0-9.-]{1,50}$/.test(value), "validation.peppol"),
});

export const LocalBodySchema = z.object({
  type: z.enum(ORGANISATION_TYPES.filter((t) => t !== "gemeente" && t !== "leverancier") as [string, ...string[]], {
    error: "validation.orgType",
  }),
  name: z.string().trim().min(2, "validation.orgName.required").max(200, "validation.text.tooLong"),
  enterpriseNumber: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => !value || isValidEnterpriseNumber(value), "validation.kbo.checksum")
    .transform((value) => (value ? normaliseEnterpriseNumber(value) : undefined)),
  province: optionalText(60),
  city: optionalText(100),
});

export const JoinRequestSchema = z.object({
  organisationId: z.uuid({ error: "validation.organisation.required" }),
  message: optionalText(500),
});

export const InviteSchema = z.object({ email, roles: z.array(z.string()).min(1, "validation.roles.required") });

export const RolesSchema = z.object({ roles: z.array(z.string()).min(1, "validation.roles.required") });

/** Field errors of a failed parse, as message keys by field name (first error per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    out[key] ??= issue.message;
  }
  return out;
}
