import type { Nis2ImpactInput } from "@/lib/incidents/nis2-impact";

/** NIS2 Art. 23(3) impact assessments of the demo's recurring cases (fictitious figures). */
export const VPN_EXFILTRATION_IMPACT: Nis2ImpactInput = {
  usersAffected: null,
  totalUsers: 21_000_000,
  durationMinutes: 0,
  completeOutage: false,
  geographicSpread: "national",
  memberStates: [],
  financialLossEur: null,
  annualTurnoverEur: 5_800_000_000,
  maliciousAccess: true,
  harmToPersons: false,
};

export const CORE_NETWORK_DDOS_IMPACT: Nis2ImpactInput = {
  usersAffected: 2_000_000,
  totalUsers: 21_000_000,
  durationMinutes: 240,
  completeOutage: false,
  geographicSpread: "national",
  memberStates: [],
  financialLossEur: 180_000,
  annualTurnoverEur: 5_800_000_000,
  maliciousAccess: false,
  harmToPersons: false,
};
