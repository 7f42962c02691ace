import { signingKeyStatus } from "./key-source";
import { PUBLIC_KEY_FILE } from "./manifest";

/**
 * This server's public key as a PEM download (the same file every pack carries), or
 * 503 with the reason when the server has no signing key. Also what the machine route
 * `GET /api/v1/audit-pack/public-key` will return.
 */
export async function publicKeyResponse(): Promise<Response> {
  const status = await signingKeyStatus();
  if (!status.available) return Response.json({ error: status.reason }, { status: 503 });
  return new Response(status.publicKeyPem, {
    headers: {
      "content-type": "application/x-pem-file; charset=utf-8",
      "content-disposition": `attachment; filename="${PUBLIC_KEY_FILE}"`,
      "cache-control": "no-store",
      "x-key-fingerprint-sha256": status.fingerprint.replaceAll(" ", ""),
    },
  });
}
