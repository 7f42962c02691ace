import { sql } from "drizzle-orm";
import { boolean, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["dpo", "security", "auditor"]);
export const localeEnum = pgEnum("locale", ["fr", "en"]);

/** People who sign in to the console. E-mails are stored lower-cased. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    /** Mandatory for auditors: sign-in is refused after this instant. */
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    locale: localeEnum("locale").notNull().default("fr"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
    /**
     * Sessions carry the value they were signed in with; raising it (sign-out, password reset,
     * deactivation, role change) ends every existing session of the user at its next request.
     */
    sessionVersion: integer("session_version").notNull().default(1),
  },
  (t) => [uniqueIndex("users_email_unique").on(sql`lower(${t.email})`)],
);

/**
 * Failed sign-ins per e-mail address, whether or not an account exists for it,
 * so that the lockout behaves the same for everyone and reveals nothing.
 */
export const loginAttempts = pgTable("login_attempts", {
  email: text("email").primaryKey(),
  failedCount: integer("failed_count").notNull().default(0),
  lastFailedAt: timestamp("last_failed_at", { withTimezone: true }),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

/**
 * Sign-in attempts per client address in a one-minute window, whatever the
 * e-mail address: bounds the password checks (argon2) and audit entries one
 * address can cause (lib/auth/throttle.ts).
 */
export const signInThrottle = pgTable("sign_in_throttle", {
  address: text("address").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  attempts: integer("attempts").notNull(),
});

/** Keys for machines (CMP, SIEM...). Only a SHA-256 of the secret is kept. */
export const apiKeys = pgTable("api_keys", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  /** First characters of the key, shown to people so they can tell keys apart. */
  prefix: text("prefix").notNull(),
  secretHash: text("secret_hash").notNull().unique(),
  scopes: text("scopes").array().notNull(),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});
