/** The client's address behind load balancers: only trusted proxies' X-Forwarded-For is believed. */
import { describe, expect, it } from 'vitest';
import { clientAddressOf } from '../site/server/client-address.ts';

const request = (peer: string | undefined, forwarded?: string | string[]) => ({
  socket: { remoteAddress: peer } as never,
  headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
});
const balancers = new Set(['10.0.0.2', '10.0.0.3']);

describe('the client address', () => {
  it('is the connection\'s when no proxy is trusted, whatever the header says', () => {
    expect(clientAddressOf(request('198.51.100.4', '203.0.113.9'), new Set())).toBe('198.51.100.4');
    expect(clientAddressOf(request('198.51.100.4', '203.0.113.9'), balancers)).toBe('198.51.100.4');
  });

  it('is the nearest hop that is not a trusted proxy, behind one or two of them', () => {
    expect(clientAddressOf(request('10.0.0.2', '203.0.113.9'), balancers)).toBe('203.0.113.9');
    expect(clientAddressOf(request('10.0.0.2', '203.0.113.9, 10.0.0.3'), balancers)).toBe('203.0.113.9');
    expect(clientAddressOf(request('10.0.0.2', ['203.0.113.9', '10.0.0.3']), balancers)).toBe('203.0.113.9');
  });

  it('cannot be chosen by a client writing the header itself', () => {
    expect(clientAddressOf(request('10.0.0.2', '10.0.0.3, 1.2.3.4, 203.0.113.9'), balancers)).toBe('203.0.113.9');
    expect(clientAddressOf(request('10.0.0.2', 'not-an-address, 203.0.113.9'), balancers)).toBe('203.0.113.9');
    expect(clientAddressOf(request('10.0.0.2', 'junk'), balancers)).toBe('10.0.0.2');
    expect(clientAddressOf(request('10.0.0.2'), balancers)).toBe('10.0.0.2');
  });

  it('reads IPv4 addresses however the connection spells them', () => {
    expect(clientAddressOf(request('::ffff:10.0.0.2', '::ffff:203.0.113.9'), balancers)).toBe('203.0.113.9');
    expect(clientAddressOf(request('::1', '203.0.113.9'), new Set(['::1']))).toBe('203.0.113.9');
  });
});
