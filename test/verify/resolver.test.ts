// The run's resolver on its own: one lookup per name, the probe of the first names, and when the network is
// decided unavailable. The stub answers when the test says so; no real DNS is asked.
import { describe, expect, it } from 'vitest';
import {
  type Address,
  createRunResolver,
  NetworkUnavailableError,
  PROBED_NAMES,
} from '../../src/verify/resolver.js';

/** A lookup whose answers the test gives, one name at a time; every call is recorded. */
function heldLookup() {
  const calls: string[] = [];
  const pending = new Map<string, { resolve: (a: Address[]) => void; reject: (e: Error) => void }>();
  const lookup = (hostname: string) => {
    calls.push(hostname);
    return new Promise<Address[]>((resolve, reject) => pending.set(hostname, { resolve, reject }));
  };
  const answer = (hostname: string, address?: string) => {
    const held = pending.get(hostname)!;
    if (address) held.resolve([{ address, family: 4 }]);
    else held.reject(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
  };
  return { lookup, calls, answer };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
const names = (count: number, prefix = 'n') => Array.from({ length: count }, (_, i) => `${prefix}${i}.test`);

describe('createRunResolver', () => {
  it('looks a name up once, and remembers a failure for the run', async () => {
    const { lookup, calls, answer } = heldLookup();
    const resolver = createRunResolver({ lookup, timeout: 1000 });
    const asked = [1, 2, 3].map(() => resolver.resolve('gone.test', false).catch((error: Error) => error));
    await tick();
    answer('gone.test');
    const failures = await Promise.all([
      ...asked,
      resolver.resolve('gone.test', false).catch((e: Error) => e),
    ]);
    expect(failures.map((error) => (error as { code?: string }).code)).toEqual(Array(4).fill('ENOTFOUND'));
    expect(calls).toEqual(['gone.test']);
    expect(resolver.failed('gone.test')).toBe(true);
  });

  it(`probes the first ${PROBED_NAMES} names; when they fail and the probe says no network, the rest are never looked up`, async () => {
    const { lookup, calls, answer } = heldLookup();
    const why: string[] = [];
    const resolver = createRunResolver({
      lookup,
      timeout: 1000,
      probe: async () => false,
      onUnavailable: (reason) => why.push(reason),
    });
    const all = names(12).map((name) => resolver.resolve(name, false).catch((error: Error) => error));
    await tick();
    expect(calls).toEqual(names(PROBED_NAMES));
    for (const name of calls) answer(name);
    const errors = await Promise.all(all);
    expect(errors.slice(PROBED_NAMES).every((error) => error instanceof NetworkUnavailableError)).toBe(true);
    expect(calls).toHaveLength(PROBED_NAMES);
    expect(why).toEqual(['no host name resolves']);
    expect(await resolver.settle()).toBe('no host name resolves');
  });

  it('lets the waiting names go as soon as one probe resolves: dead names among live ones stay dead', async () => {
    const { lookup, calls, answer } = heldLookup();
    const resolver = createRunResolver({ lookup, timeout: 1000, publicAddress: () => undefined });
    const all = names(8).map((name) => resolver.resolve(name, false).catch((error: Error) => error));
    await tick();
    answer('n0.test');
    answer('n1.test', '192.0.2.1');
    await tick();
    expect(calls).toEqual(names(8));
    for (const name of names(6).slice(2)) answer(name);
    answer('n6.test', '192.0.2.1');
    answer('n7.test');
    const outcomes = await Promise.all(all);
    expect(outcomes[7]).toMatchObject({ code: 'ENOTFOUND' });
    expect(await resolver.settle()).toBeUndefined();
  });

  it('decides at once when a registry name does not resolve, and says it once', async () => {
    const { lookup, answer } = heldLookup();
    const why: string[] = [];
    const resolver = createRunResolver({
      lookup,
      timeout: 1000,
      onUnavailable: (reason) => why.push(reason),
    });
    const arxiv = resolver.resolve('export.arxiv.test', true).catch(() => undefined);
    await tick();
    answer('export.arxiv.test');
    await arxiv;
    expect(why).toEqual(['export.arxiv.test does not resolve']);
    await expect(resolver.resolve('site.test', false)).rejects.toBeInstanceOf(NetworkUnavailableError);
    await resolver.settle();
    expect(why).toHaveLength(1);
  });

  it('still looks registry names up after the decision: a reachable internal API keeps answering', async () => {
    const { lookup, calls, answer } = heldLookup();
    const resolver = createRunResolver({ lookup, timeout: 1000 });
    const links = names(PROBED_NAMES).map((name) => resolver.resolve(name, false).catch(() => undefined));
    await tick();
    for (const name of names(PROBED_NAMES)) answer(name);
    await Promise.all(links);
    const ghes = resolver.resolve('ghes.internal.test', true);
    await tick();
    answer('ghes.internal.test', '10.0.0.7');
    await expect(ghes).resolves.toEqual([{ address: '10.0.0.7', family: 4 }]);
    expect(calls.at(-1)).toBe('ghes.internal.test');
  });

  it('does not count a registry name resolving to a private address as a working network', async () => {
    const { lookup, calls, answer } = heldLookup();
    const resolver = createRunResolver({ lookup, timeout: 1000, probe: async () => false });
    const ghes = resolver.resolve('ghes.internal.test', true);
    await tick();
    answer('ghes.internal.test', '10.0.0.7');
    await ghes;
    const links = names(9).map((name) => resolver.resolve(name, false).catch((error: Error) => error));
    await tick();
    for (const name of names(PROBED_NAMES)) answer(name);
    const errors = await Promise.all(links);
    expect(errors.slice(PROBED_NAMES).every((error) => error instanceof NetworkUnavailableError)).toBe(true);
    expect(calls).toHaveLength(1 + PROBED_NAMES);
    expect(resolver.unavailable()).toBe('no host name resolves');
  });

  it("never decides from the list's own dead names: the first five fail, the probe finds the network, the rest are looked up", async () => {
    const { lookup, calls, answer } = heldLookup();
    const resolver = createRunResolver({ lookup, timeout: 1000, probeNames: ['export.arxiv.test'] });
    const links = names(8).map((name) => resolver.resolve(name, false).catch((error: Error) => error));
    await tick();
    for (const name of names(PROBED_NAMES)) answer(name);
    await tick();
    // The probe looks up a registry's name, which the list does not depend on.
    expect(calls.at(-1)).toBe('export.arxiv.test');
    expect(resolver.unavailable()).toBeUndefined();
    answer('export.arxiv.test', '192.0.2.1');
    await tick();
    for (const name of names(8).slice(PROBED_NAMES)) answer(name, '192.0.2.2');
    const outcomes = await Promise.all(links);
    expect(calls).toHaveLength(8 + 1);
    expect(
      outcomes.slice(0, PROBED_NAMES).every((error) => (error as { code?: string }).code === 'ENOTFOUND'),
    ).toBe(true);
    expect(outcomes.some((error) => error instanceof NetworkUnavailableError)).toBe(false);
    expect(await resolver.settle()).toBeUndefined();
  });

  it('the probe is asked once, and a probe that cannot tell lets every name be looked up on its own', async () => {
    const { lookup, calls, answer } = heldLookup();
    let asked = 0;
    const resolver = createRunResolver({
      lookup,
      timeout: 1000,
      probe: async () => {
        asked += 1;
        return undefined;
      },
    });
    const links = names(7).map((name) => resolver.resolve(name, false).catch((error: Error) => error));
    await tick();
    for (const name of names(PROBED_NAMES)) answer(name);
    await tick();
    for (const name of names(7).slice(PROBED_NAMES)) answer(name);
    const outcomes = await Promise.all(links);
    expect(calls).toEqual(names(7));
    expect(outcomes.every((error) => (error as { code?: string }).code === 'ENOTFOUND')).toBe(true);
    expect(await resolver.settle()).toBeUndefined();
    expect(asked).toBe(1);
  });

  it('keeps its word: a probe that resolves after the decision brings no lookups back', async () => {
    const { lookup, calls, answer } = heldLookup();
    const resolver = createRunResolver({ lookup, timeout: 1000 });
    const arxiv = resolver.resolve('export.arxiv.test', true).catch(() => undefined);
    const probe = resolver.resolve('slow.test', false);
    await tick();
    answer('export.arxiv.test');
    await arxiv;
    answer('slow.test', '192.0.2.1');
    await probe;
    await expect(resolver.resolve('later.test', false)).rejects.toBeInstanceOf(NetworkUnavailableError);
    expect(calls).toEqual(['export.arxiv.test', 'slow.test']);
  });

  it('at the end of a run where names failed and none resolved, the probe decides', async () => {
    for (const [up, expected] of [
      [false, 'no host name resolves'],
      [true, undefined],
    ] as const) {
      const { lookup, answer } = heldLookup();
      const resolver = createRunResolver({ lookup, timeout: 1000, probe: async () => up });
      const only = resolver.resolve('gone.test', false).catch(() => undefined);
      await tick();
      answer('gone.test');
      await only;
      expect(await resolver.settle()).toBe(expected);
    }
  });

  it('gives up on a lookup that does not answer within the timeout', async () => {
    const resolver = createRunResolver({ lookup: () => new Promise(() => {}), timeout: 20 });
    await expect(resolver.resolve('hung.test', false)).rejects.toMatchObject({ code: 'EAI_AGAIN' });
  });
});
