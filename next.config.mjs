import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Security headers for every response. The Content-Security-Policy of pages
 * carries a per-request nonce and is set by proxy.ts; static files get a strict one here.
 */
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The page benchmark (bench/pages.ts) builds into a directory of its own so it never clashes with the e2e build.
  ...(process.env.VIGIE_DIST_DIR ? { distDir: process.env.VIGIE_DIST_DIR } : {}),
  // Vigie reads the database on every request (no cacheComponents / PPR): decided once, see README.
  cacheComponents: false,
  poweredByHeader: false,
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "pdfkit", "exceljs"],
  typedRoutes: false,
  // "Verify a pack" uploads a signed ZIP to a server action (lib/exports/pack/verify-schema.ts, MAX_PACK_BYTES).
  // authInterrupts: `forbidden()` answers 403 with app/(console)/forbidden.tsx when a role may not open a page.
  experimental: { serverActions: { bodySizeLimit: "64mb" }, proxyClientMaxBodySize: "64mb", authInterrupts: true },
  // Type-checking is its own step of `npm test` (tsc --noEmit); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      {
        source: "/_next/static/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
