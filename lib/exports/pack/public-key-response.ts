import { errorResponse } from "@/lib/route-errors";
import { signingKeyStatus } from "./key-source";
import { PUBLIC_KEY_FILE } from "./manifest";

/**
 * This server's public key as a PEM download (the same file every pack carries), or
 * 503 (the API's error body) with the reason when the server has no signing key. Also what the
 * machine route `GET /api/v1/audit-pack/public-key` returns.
 */
export async function publicKeyResponse(): Promise<Response> {
  const status = await signingKeyStatus();
  if (!status.available) return errorResponse("UNAVAILABLE", status.reason);
  return new Response(status.publicKeyPem, {
    headers: {
      "content-type": "application/x-pem-file; charset=utf-8",
      "content-disposition": `attachment; filename="${PUBLIC_KEY_FILE}"`,
      "cache-control": "no-store",
      "x-key-fingerprint-sha256": status.fingerprint.replaceAll(" ", ""),
    },
  });
}
