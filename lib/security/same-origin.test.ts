import { describe, expect, it } from "vitest";
import { checkSameOrigin } from "./same-origin";

const URL_ = "http://vigie.test/api/register/import";
const h = (headers: Record<string, string>) => new Headers(headers);

describe("checkSameOrigin", () => {
  it("lets safe methods through whatever their headers", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"])
      expect(
        checkSameOrigin(method, h({ origin: "http://evil.example", "sec-fetch-site": "cross-site" }), URL_),
      ).toEqual({
        ok: true,
      });
  });

  it("accepts a POST from this site (Host, X-Forwarded-Host or the configured address)", () => {
    expect(checkSameOrigin("POST", h({ origin: "http://vigie.test", "sec-fetch-site": "same-origin" }), URL_).ok).toBe(
      true,
    );
    expect(checkSameOrigin("POST", h({ origin: "https://vigie.example.fr", host: "vigie.example.fr" }), URL_).ok).toBe(
      true,
    );
    expect(
      checkSameOrigin(
        "POST",
        h({ origin: "https://vigie.example.fr", host: "127.0.0.1:3000", "x-forwarded-host": "vigie.example.fr" }),
        URL_,
      ).ok,
    ).toBe(true);
    expect(
      checkSameOrigin("PATCH", h({ origin: "https://dpo.example.fr", host: "10.0.0.5:3000" }), URL_, [
        "https://dpo.example.fr",
      ]).ok,
    ).toBe(true);
  });

  it.each([
    [{ origin: "http://evil.example", "sec-fetch-site": "cross-site" }, "Sec-Fetch-Site: cross-site"],
    [{ origin: "http://vigie.test", "sec-fetch-site": "same-site" }, "Sec-Fetch-Site: same-site"],
    [{ origin: "http://vigie.test", "sec-fetch-site": "none" }, "Sec-Fetch-Site: none"],
    [{ origin: "http://evil.example" }, "Origin evil.example is not this site"],
    [{ origin: "http://vigie.test.evil.example" }, "Origin vigie.test.evil.example is not this site"],
    [{ origin: "http://vigie.test:8080" }, "Origin vigie.test:8080 is not this site"],
    [{ origin: "null" }, "no Origin header"],
    [{}, "no Origin header"],
    [{ origin: "file:///etc/passwd" }, "malformed Origin header"],
    [{ origin: "not a url" }, "malformed Origin header"],
  ])("refuses a POST with %o (%s)", (headers, reason) => {
    expect(checkSameOrigin("POST", h(headers), URL_)).toEqual({ ok: false, reason });
  });
});
