import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Database reachability for load balancers and monitoring: 200 or 503, nothing else. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json(
    { status: ok ? "ok" : "unavailable" },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
