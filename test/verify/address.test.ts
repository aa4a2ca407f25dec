// The address classifier as a pure function: no packet is sent to any of these addresses.
import { describe, expect, it } from 'vitest';
import { blockedReason } from '../../src/verify/address.js';

describe('blockedReason', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['100.64.0.1', 'shared address space (CGNAT)'],
    ['100.127.255.254', 'shared address space (CGNAT)'],
    ['127.0.0.1', 'loopback'],
    ['127.45.6.7', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.0.0.8', 'IETF protocol assignments'],
    ['192.168.1.1', 'private'],
    ['198.18.0.1', 'benchmarking'],
    ['224.0.0.251', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ])('refuses IPv4 %s (%s)', (ip, reason) => {
    expect(blockedReason(ip)).toBe(reason);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '169.253.0.1',
    '192.169.0.1',
    '223.255.255.255',
  ])('allows public IPv4 %s', (ip) => {
    expect(blockedReason(ip)).toBeUndefined();
  });

  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fc00::1', 'unique local'],
    ['fd12:3456:789a::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback, IPv4 embedded in IPv6'],
    ['::ffff:7f00:1', 'loopback, IPv4 embedded in IPv6'],
    ['::ffff:a9fe:a9fe', 'link-local, IPv4 embedded in IPv6'],
    ['::ffff:10.1.2.3', 'private, IPv4 embedded in IPv6'],
    ['0:0:0:0:0:ffff:c0a8:0101', 'private, IPv4 embedded in IPv6'],
    ['::ffff:0:192.168.0.1', 'private, IPv4 embedded in IPv6'],
    ['::127.0.0.1', 'loopback, IPv4 embedded in IPv6'],
    ['64:ff9b::10.0.0.1', 'private, IPv4 embedded in IPv6'],
    ['64:ff9b::a9fe:a9fe', 'link-local, IPv4 embedded in IPv6'],
    ['2002:7f00:1::', 'loopback, IPv4 embedded in IPv6'],
    ['2002:c0a8:101::1', 'private, IPv4 embedded in IPv6'],
  ])('refuses IPv6 %s (%s)', (ip, reason) => {
    expect(blockedReason(ip)).toBe(reason);
  });

  it.each([
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '2002:808:808::1',
    'fbff::1',
    'fe7f::1',
  ])('allows public IPv6 %s', (ip) => {
    expect(blockedReason(ip)).toBeUndefined();
  });

  it('refuses what is not an IP address at all', () => {
    expect(blockedReason('localhost')).toBe('not an IP address');
  });
});
