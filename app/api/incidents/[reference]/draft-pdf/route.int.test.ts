import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { POST } from "./route";

/**
 * The draft-PDF route reads at most 256 KB (issue 13, point 5): a larger body is refused with 413
 * before it is read when its length is announced, and as soon as the bytes read pass the limit
 * when it is not; nothing is rendered and nothing written.
 */
let signedIn: string | null = null;
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: async () => (signedIn ? { user: { id: signedIn } } : null),
}));

const database = useTestDatabase();
const ORIGIN = "http://vigie.test";
const REFERENCE = "INC-2026-0001";

beforeAll(async () => {
  signedIn = (await unsafeCreateUser(database.current.handle.db, { role: "dpo" })).id;
});

function post(body: BodyInit, headers: Record<string, string> = {}) {
  const request = new Request(`${ORIGIN}/api/incidents/${REFERENCE}/draft-pdf`, {
    method: "POST",
    headers: { origin: ORIGIN, "content-type": "application/json", ...headers },
    body,
    duplex: "half",
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ reference: REFERENCE }) });
}

/** A body that never ends, 64 KB of spaces per chunk, counting the chunks read. */
function endless() {
  let count = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      count++;
      controller.enqueue(new Uint8Array(64 * 1024).fill(32));
    },
  });
  return { stream, pulled: () => count };
}

describe("POST /api/incidents/[reference]/draft-pdf: body size", () => {
  it("renders a draft within the limit (the route works)", async () => {
    const response = await post(JSON.stringify({ title: "Notification CNIL", text: "Texte du brouillon" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
  });

  it("answers 413 from Content-Length alone, before reading the body", async () => {
    const before = await auditCount(database.current.handle.db);
    const { stream, pulled } = endless();
    const response = await post(stream, { "content-length": String(300 * 1024) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: "PAYLOAD_TOO_LARGE", message: expect.stringContaining("262144") });
    expect(pulled()).toBeLessThanOrEqual(1);
    expect(await auditCount(database.current.handle.db)).toBe(before);
  });

  it("answers 413 to a body that announces no length, as soon as the bytes read pass 256 KB", async () => {
    const before = await auditCount(database.current.handle.db);
    const { stream, pulled } = endless();
    const response = await post(stream);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { code: string }).code).toBe("PAYLOAD_TOO_LARGE");
    // 256 KB limit, 64 KB chunks: it stops at the 5th chunk, not at the end of an endless stream.
    expect(pulled()).toBeLessThan(8);
    expect(await auditCount(database.current.handle.db)).toBe(before);
  });

  it("answers 413 to a valid JSON draft whose text makes the body too large", async () => {
    const response = await post(JSON.stringify({ title: "Trop long", text: "é".repeat(150 * 1024) }));
    expect(response.status).toBe(413);
  });
});
