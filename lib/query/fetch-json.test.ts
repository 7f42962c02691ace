import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchJson, HttpError, retryUnlessRefused } from "./fetch-json";

afterEach(() => vi.unstubAllGlobals());

describe("fetchJson", () => {
  it("GETs JSON without the HTTP cache and returns the body", async () => {
    const fetchMock = vi.fn(async () => Response.json([{ reference: "INC-1" }]));
    vi.stubGlobal("fetch", fetchMock);
    const signal = new AbortController().signal;
    await expect(fetchJson<{ reference: string }[]>("/api/incidents", signal)).resolves.toEqual([
      { reference: "INC-1" },
    ]);
    expect(fetchMock).toHaveBeenCalledWith("/api/incidents", {
      signal,
      cache: "no-store",
      headers: { accept: "application/json" },
    });
  });

  it.each([401, 403, 404, 500, 503])("throws an HttpError carrying status %i", async (status) => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Response.json({ error: "no" }, { status })),
    );
    const error = await fetchJson("/api/audit/recent").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(status);
  });
});

describe("retryUnlessRefused", () => {
  it("retries server and network errors twice, never a refusal", () => {
    expect(retryUnlessRefused(0, new HttpError(500))).toBe(true);
    expect(retryUnlessRefused(1, new TypeError("Failed to fetch"))).toBe(true);
    expect(retryUnlessRefused(2, new HttpError(503))).toBe(false);
    expect(retryUnlessRefused(0, new HttpError(403))).toBe(false);
    expect(retryUnlessRefused(0, new HttpError(404))).toBe(false);
  });
});
