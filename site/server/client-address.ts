/**
 * The address a request came from, for the request form's per-address limit. Behind a load
 * balancer every connection comes from the balancer, so the client's address is read from
 * `X-Forwarded-For`, but only as far as the proxies named in `TRUSTED_PROXIES` vouch for it: the
 * list is read from the right (the hop nearest to this server), past every trusted proxy, and the
 * first address no trusted proxy owns is the client. A client that writes the header itself
 * cannot choose its address: what it wrote stands left of what the balancer appended.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** `::ffff:127.0.0.1` as `127.0.0.1`: one spelling for an IPv4 address however it arrived. */
export function plainAddress(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped?.[1] ?? trimmed).toLowerCase();
}

/**
 * The client's address of `req`: its connection's, or, when that is a trusted proxy, the nearest
 * address in `X-Forwarded-For` that is not one; undefined when there is no address at all.
 */
export function clientAddressOf(req: Pick<IncomingMessage, 'headers' | 'socket'>, trusted: ReadonlySet<string>): string | undefined {
  const peer = req.socket.remoteAddress ? plainAddress(req.socket.remoteAddress) : undefined;
  if (!peer || !trusted.has(peer)) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map(plainAddress).filter(Boolean);
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    // Garbage in the header ends the chain: the last good hop is as far as anyone vouches.
    if (!isIP(hop)) break;
    client = hop;
    if (!trusted.has(hop)) break;
  }
  return client;
}
