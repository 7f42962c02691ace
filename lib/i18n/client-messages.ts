/**
 * Which messages reach the browser (issue 16). Server components translate with the whole catalogue
 * (getTranslations); client components only see what a provider above them sends, and every message sent
 * travels twice per page (HTML and RSC payload). So the root layout sends the shell's namespaces, and each
 * area of the console sends its own with the shell's through `<ClientMessages area="…">` in its `layout.tsx`
 * (components/i18n/client-messages.tsx). Entries are dotted paths into the catalogue; a nested area's
 * provider replaces its parent's, so it lists all its pages need. A path missing from the catalogue fails the unit test
 * (lib/i18n/client-messages.test.ts), which also checks every client component's namespaces are sent.
 *
 * A new area: add `"<area>": [namespaces its client components use]` here, and a layout.tsx in its folder
 * rendering `<ClientMessages area="<area>">{children}</ClientMessages>`. Include `<domain>.errors` when
 * its forms show server-side errors (components/forms/use-message.ts translates those keys).
 */
export const SHELL_NAMESPACES = [
  "app",
  "nav",
  "roles",
  "roleNames",
  "shell",
  "languages",
  "auth",
  "common",
  "errors",
] as const;

export const AREA_NAMESPACES = {
  // app/(console)/page.tsx
  overview: [
    "overview",
    "audit",
    "incidents.overview",
    "incidents.scopeToConfirm",
    "incidents.countdown",
    "incidents.obligations",
    "consent.overview",
    "consent.loadError",
  ],
  // app/(console)/register/page.tsx (the list only: an entry's page does not carry the list's messages).
  register: [
    "register.title",
    "register.list",
    "register.roles",
    "register.statuses",
    "register.dpiaStatuses",
    "register.dpiaColumn",
  ],
  // app/(console)/register/[reference]/layout.tsx: one entry (its actions, and the blockers a refused
  // activation names: completeness, DPIA and retention keys); its edit page is register/form. Its history's
  // diff table is rendered on the server (components/register/diff-table.tsx).
  "register/entry": [
    "register.detail",
    "register.form.cancel",
    "register.errors",
    "register.completeness",
    "register.dpia",
    "register.retention",
  ],
  // app/(console)/register/new/layout.tsx and register/[reference]/edit/layout.tsx: the entry form.
  "register/form": ["register"],
  // app/(console)/register/import/layout.tsx
  "register/import": ["register.import", "register.errors"],
  // app/(console)/incidents/layout.tsx: the list and the breach register.
  incidents: [
    "incidents.list",
    "incidents.columns",
    "incidents.incidentStatus",
    "incidents.obligations",
    "incidents.regimes",
    "incidents.countdown",
    "incidents.severity.band",
    "incidents.severity.notAssessed",
  ],
  // app/(console)/incidents/[reference]/layout.tsx: one incident (its clocks, timeline and forms); its edit
  // page is incidents/form.
  "incidents/entry": [
    "incidents.authorities",
    "incidents.awareness",
    "incidents.clockColumns",
    "incidents.clocks",
    "incidents.countdown",
    "incidents.decision",
    "incidents.detail",
    "incidents.errors",
    "incidents.incidentStatus",
    "incidents.nis2Impact",
    "incidents.notify",
    "incidents.obligations",
    "incidents.override",
    "incidents.severity",
    "incidents.startEvents",
    "incidents.status",
    "incidents.statusForm",
    "incidents.timeline",
    "securityProgramme.linkForm",
    "securityProgramme.findingForm.choose",
    "securityProgramme.acceptForm",
    "securityProgramme.retestForm",
    "securityProgramme.remediationForm",
    "securityProgramme.fixedForm",
    "securityProgramme.errors",
  ],
  // app/(console)/incidents/new/layout.tsx, [reference]/edit/layout.tsx, settings/layout.tsx
  "incidents/form": ["incidents", "register.picker"],
  // app/(console)/consent/layout.tsx: the dashboard.
  consent: [
    "consent.loadError",
    "consent.channels",
    "consent.granularity",
    "consent.filters",
    "consent.current",
    "consent.series",
    "consent.flows",
    "consent.spikes",
    "consent.versions",
    "consent.csv",
    "campaigns.dashboard",
  ],
  // app/(console)/consent/purposes/layout.tsx
  "consent/purposes": ["consent.purposes", "consent.channels", "consent.errors", "register.picker"],
  // app/(console)/consent/lookup/layout.tsx
  "consent/lookup": ["consent.lookup", "consent.channels", "consent.errors"],
  // app/(console)/consent/import/layout.tsx
  "consent/import": ["consent.import", "consent.errors"],
  // app/(console)/consent/campaigns/layout.tsx
  "consent/campaigns": ["campaigns", "consent.campaignChannels", "consent.channels", "consent.errors"],
  // app/(console)/releases/layout.tsx (list, upload, review)
  releases: ["releases"],
  // app/(console)/security/layout.tsx (overview, systems, audits, findings)
  security: ["securityProgramme"],
  // app/(console)/audit-log/layout.tsx
  "audit-log": ["audit.verify", "audit.table"],
  // app/(console)/exports/layout.tsx
  exports: ["exportCentre", "auditPack"],
  // app/(console)/users/layout.tsx (users and API keys)
  users: ["users", "apiKeys"],
} as const satisfies Record<string, readonly string[]>;

export type ClientMessagesArea = keyof typeof AREA_NAMESPACES;
