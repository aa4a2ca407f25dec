import { isIPv4, isIPv6 } from 'node:net';

/** Which addresses a link may make us connect to: links in a pull request are attacker-controlled. */

interface V4Range {
  base: number;
  bits: number;
  reason: string;
}

function v4(text: string): number {
  return text.split('.').reduce((value, part) => value * 256 + Number(part), 0);
}

function range(cidr: string, reason: string): V4Range {
  const [base, bits] = cidr.split('/');
  return { base: v4(base), bits: Number(bits), reason };
}

const BLOCKED_V4: V4Range[] = [
  range('0.0.0.0/8', 'unspecified'),
  range('10.0.0.0/8', 'private'),
  range('100.64.0.0/10', 'shared address space (CGNAT)'),
  range('127.0.0.0/8', 'loopback'),
  range('169.254.0.0/16', 'link-local'),
  range('172.16.0.0/12', 'private'),
  range('192.0.0.0/24', 'IETF protocol assignments'),
  range('192.168.0.0/16', 'private'),
  range('198.18.0.0/15', 'benchmarking'),
  range('224.0.0.0/4', 'multicast'),
  range('240.0.0.0/4', 'reserved'),
];

function v4Reason(value: number): string | undefined {
  for (const { base, bits, reason } of BLOCKED_V4) {
    const size = 2 ** (32 - bits);
    if (Math.floor(value / size) === Math.floor(base / size)) return reason;
  }
  return undefined;
}

/** The eight 16-bit groups of an IPv6 address (zone id dropped, embedded dotted quad expanded). */
function v6Groups(text: string): number[] {
  let address = text.split('%')[0].toLowerCase();
  const dotted = address.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const value = v4(dotted[1]);
    address = `${address.slice(0, -dotted[1].length)}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`;
  }
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const parse = (part: string) => (part ? part.split(':').map((group) => Number.parseInt(group, 16)) : []);
  const front = parse(head);
  if (tail === undefined) return front;
  const back = parse(tail);
  return [...front, ...new Array(8 - front.length - back.length).fill(0), ...back];
}

function v4Of(high: number, low: number): number {
  return high * 65536 + low;
}

function v6Reason(groups: number[]): string | undefined {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups;
  const zeroTo = (end: number) => groups.slice(0, end).every((group) => group === 0);
  if (zeroTo(8)) return 'unspecified';
  if (zeroTo(7) && g7 === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d), SIIT-translated (::ffff:0:a.b.c.d) and deprecated IPv4-compatible (::a.b.c.d).
  if (zeroTo(5) && g5 === 0xffff) return mapped(v4Of(g6, g7));
  if (zeroTo(4) && g4 === 0xffff && g5 === 0) return mapped(v4Of(g6, g7));
  if (zeroTo(6)) return mapped(v4Of(g6, g7)) ?? 'IPv4-compatible';
  // NAT64 well-known prefix carries the IPv4 target in the low 32 bits.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return mapped(v4Of(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return 'local-use NAT64';
  // 6to4 carries the IPv4 relay in bits 16–47.
  if (g0 === 0x2002) return mapped(v4Of(g1, g2));
  if ((g0 & 0xfe00) === 0xfc00) return 'unique local';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'site-local';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  return undefined;
}

function mapped(value: number): string | undefined {
  const reason = v4Reason(value);
  return reason && `${reason}, IPv4 embedded in IPv6`;
}

/** Why connecting to this IP address is refused, or undefined when it is a public address. */
export function blockedReason(ip: string): string | undefined {
  if (isIPv4(ip)) return v4Reason(v4(ip));
  if (isIPv6(ip.split('%')[0])) return v6Reason(v6Groups(ip));
  return 'not an IP address';
}
