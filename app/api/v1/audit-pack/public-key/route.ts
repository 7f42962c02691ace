import { publicKeyResponse } from "@/lib/exports/pack/public-key-response";
import { withApiKey } from "@/lib/route";

export const dynamic = "force-dynamic";

/** The PEM public key that verifies this server's audit packs (API key with `exports:read`). */
export async function GET(request: Request) {
  return withApiKey(request, "exports:read", () => publicKeyResponse());
}
