import type { ProcessingRole } from "./types";

/** The sections of a register entry, in the order of the form and the detail view. */
export const ENTRY_SECTIONS = [
  "general",
  "identity",
  "controllersServed",
  "purposes",
  "data",
  "recipients",
  "transfers",
  "retention",
  "security",
  "governance",
  "dpia",
] as const;
export type EntrySection = (typeof ENTRY_SECTIONS)[number];

/** What a processor's record holds, GDPR Art. 30(2)(a)–(d): no purposes, data, recipients, retention or DPIA of its own. */
const PROCESSOR_SECTIONS: readonly EntrySection[] = [
  "general",
  "identity",
  "controllersServed",
  "security",
  "governance",
];

/** The sections an entry of this role shows (Art. 30(1) for controllers, Art. 30(2) for processors). */
export function sectionsForRole(role: ProcessingRole): EntrySection[] {
  if (role === "processor") return [...PROCESSOR_SECTIONS];
  return ENTRY_SECTIONS.filter((section) => section !== "controllersServed");
}
