import { z } from "zod";

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
    VIGIE_SIGNING_KEY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .includes("PRIVATE KEY", {
          message: "must be an Ed25519 private key in PEM (openssl genpkey -algorithm ed25519)",
        })
        .optional(),
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
