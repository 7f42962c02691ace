import { BlockList, isIP } from "node:net";

/**
 * The header the server stamps on every request with the TCP peer's address
 * (`installPeerAddressHeader`, from instrumentation.ts), overwriting whatever a
 * client sent under that name. Next.js only sets `X-Forwarded-For` when the
 * client did not, so the peer is not otherwise known to the application.
 */
export const PEER_HEADER = "x-vigie-peer-address";

const flag = globalThis as unknown as { __vigiePeerHeader?: boolean };

function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

/**
 * `VIGIE_TRUSTED_PROXIES`: the reverse proxies in front of Vigie, as addresses or
 * CIDR ranges separated by commas (`10.0.0.5, 192.168.0.0/16, ::1`). Empty (the
 * default): no proxy, `X-Forwarded-For` is ignored.
 */
export function trustedProxies(value = process.env.VIGIE_TRUSTED_PROXIES ?? ""): BlockList {
  const list = new BlockList();
  for (const item of value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [address = "", bits] = item.split("/");
    const family = isIP(normalise(address));
    if (!family) throw new Error(`VIGIE_TRUSTED_PROXIES: "${item}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(normalise(address), type);
    else list.addSubnet(normalise(address), Number(bits), type);
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy — then
 * `X-Forwarded-For` is read from the right, hop by hop, while each hop is a trusted
 * proxy; the first untrusted hop is the client. A client cannot choose its address
 * by sending the header itself. Null when the peer is unknown (not a Node server).
 */
export function clientAddress(
  headers: Headers,
  proxies: BlockList = trustedProxies(),
  peerHeaderInstalled = flag.__vigiePeerHeader === true,
): string | null {
  const peer = peerHeaderInstalled ? headers.get(PEER_HEADER) : null;
  if (!peer) return null;
  let current = normalise(peer);
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  while (isTrusted(proxies, current) && forwarded.length > 0) current = forwarded.pop()!;
  return current;
}

/** Stamp every request with its TCP peer's address, once per process (Node.js servers only). */
export async function installPeerAddressHeader(): Promise<void> {
  if (flag.__vigiePeerHeader) return;
  const http = await import("node:http");
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithPeer(this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as import("node:http").IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  flag.__vigiePeerHeader = true;
}
