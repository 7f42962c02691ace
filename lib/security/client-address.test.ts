import { describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER, trustedProxies } from "./client-address";

const request = (peer: string | null, forwarded?: string) => {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_HEADER, peer);
  if (forwarded) headers.set("x-forwarded-for", forwarded);
  return headers;
};

describe("the client address", () => {
  it("is the TCP peer when no proxy is trusted: a client-sent X-Forwarded-For is ignored", () => {
    expect(clientAddress(request("203.0.113.9", "6.6.6.6"), trustedProxies(""), true)).toBe("203.0.113.9");
    expect(clientAddress(request("::ffff:203.0.113.9"), trustedProxies(""), true)).toBe("203.0.113.9");
  });

  it("walks X-Forwarded-For from the right through trusted hops only", () => {
    const proxies = trustedProxies("10.0.0.0/8, ::1");
    expect(clientAddress(request("10.0.0.5", "6.6.6.6, 198.51.100.4"), proxies, true)).toBe("198.51.100.4");
    expect(clientAddress(request("::1", "6.6.6.6, 198.51.100.4, 10.1.2.3"), proxies, true)).toBe("198.51.100.4");
    expect(clientAddress(request("10.0.0.5", "10.0.0.7"), proxies, true)).toBe("10.0.0.7");
    expect(clientAddress(request("198.51.100.4", "10.0.0.7"), proxies, true)).toBe("198.51.100.4");
  });

  it("is unknown when the server did not stamp the peer (a forged peer header is not believed)", () => {
    expect(clientAddress(request("203.0.113.9"), trustedProxies(""), false)).toBeNull();
  });

  it("refuses a configuration that is not addresses or ranges", () => {
    expect(() => trustedProxies("proxy.example")).toThrow(/VIGIE_TRUSTED_PROXIES/);
  });
});
