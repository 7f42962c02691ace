import { z } from "zod";
import { trustedProxies } from "@/lib/security/client-address";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

/** Configuration by environment, checked at start-up with messages that say what to fix. */
export const envSchema = z
  .object({
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
        .optional(),
    ),
    VIGIE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().min(1).default(".data")),
    PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).optional()),
    AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 33)").optional(),
    ),
    VIGIE_TRUSTED_PROXIES: z.preprocess(emptyAsUndefined, z.string().optional()).superRefine((value, ctx) => {
      try {
        trustedProxies(value ?? "");
      } catch {
        ctx.addIssue({
          code: "custom",
          message: "must be IP addresses or CIDR ranges separated by commas (e.g. 10.0.0.5, 192.168.0.0/16)",
        });
      }
    }),
    VIGIE_SIGN_IN_RATE: z.preprocess(
      emptyAsUndefined,
      z.coerce.number().int().min(1, "must be a whole number of attempts per minute, at least 1").optional(),
    ),
    VIGIE_SESSION_IDLE_MINUTES: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number()
        .int()
        .min(1, "must be a whole number of minutes, at least 1")
        .max(480, "must not exceed the 8-hour session (480 minutes)")
        .optional(),
    ),
    VIGIE_SIGNING_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .includes("PRIVATE KEY", {
          message: "must be an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519)",
        })
        .optional(),
    ),
    VIGIE_EXPORT_RETENTION_DAYS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number()
        .int("must be a whole number of days")
        .min(1, "must be a whole number of days, at least 1")
        .max(36_500, "must not exceed 36500 days (100 years)")
        .default(30),
    ),
    NODE_ENV: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && !env.AUTH_SECRET && env.NODE_ENV === "production") {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required when DATABASE_URL is set (sessions must survive restarts and be shared by instances)",
      });
    }
  });

export type VigieEnv = z.infer<typeof envSchema>;

export class ConfigurationError extends Error {}

export function readEnv(source: Record<string, string | undefined> = process.env): VigieEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigurationError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
