/** The demo accounts printed at start-up and listed in the README. */
export const DEMO_PASSWORD = "demo-vigie-2026";

export const demoAccounts = [
  { email: "dpo@demo.vigie.fr", name: "Claire Martin", role: "dpo", expiry: null },
  { email: "securite@demo.vigie.fr", name: "Karim Benali", role: "security", expiry: null },
  { email: "auditeur@demo.vigie.fr", name: "Sophie Laurent", role: "auditor", expiry: "in_one_year" },
  { email: "auditeur.expire@demo.vigie.fr", name: "Marc Dubois", role: "auditor", expiry: "expired" },
] as const;

export function demoAccountsText(): string {
  const lines = demoAccounts.map(
    (a) =>
      `  ${a.role.padEnd(9)} ${a.email.padEnd(32)} ${a.expiry === "expired" ? "(expired: shows the refusal)" : ""}`,
  );
  return [`Demo accounts (password for all: ${DEMO_PASSWORD}):`, ...lines].join("\n");
}
