import { publicKeyResponse } from "@/lib/exports/pack/public-key-response";
import { withActor } from "@/lib/route";

/** The public key that verifies this server's audit packs, as `vigie-public.pem`. */
export async function GET(request: Request) {
  return withActor(request, "exports:read", () => publicKeyResponse());
}
