// Many queries under one signal (an analysis runs dozens under its own): one 'abort' listener, every
// waiter released when it fires, and no listener left once they are all done.
import { describe, expect, it, vi } from 'vitest';
import { untilAborted, whenAborted } from '../../lib/dns/abortable';
import { limitConcurrency } from '../../lib/dns/limit-concurrency';
import type { DnsResult, RecordType, Resolver } from '../../lib/dns/types';

/** Answers every query when open() is called. */
function heldResolver(): Resolver & { open(): void } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    label: 'held',
    open: () => release(),
    async query(name: string, type: RecordType): Promise<DnsResult> {
      await gate;
      return { kind: 'answer', name, type, rcode: 'NOERROR', answers: [], cnameChain: [], ad: false, ms: 1, resolver: 'held' };
    },
  };
}

function countListeners(signal: AbortSignal) {
  const added = vi.spyOn(signal, 'addEventListener');
  const removed = vi.spyOn(signal, 'removeEventListener');
  return { added: () => added.mock.calls.length, removed: () => removed.mock.calls.length };
}

describe('watching one signal from many queries', () => {
  it('adds one listener for 40 queries in flight, and removes it when they are done', async () => {
    const controller = new AbortController();
    const listeners = countListeners(controller.signal);
    const inner = heldResolver();
    const resolver = limitConcurrency(inner, 32);
    const pending = Array.from({ length: 40 }, (_, i) => resolver.query(`n${i}.example`, 'A', { signal: controller.signal }));
    await Promise.resolve();
    expect(listeners.added()).toBe(1);
    inner.open();
    const results = await Promise.all(pending);
    expect(results.every((result) => result.kind === 'answer')).toBe(true);
    expect(listeners.removed()).toBe(1);
  });

  it('releases every waiter with an aborted failure when the signal fires', async () => {
    const controller = new AbortController();
    const resolver = limitConcurrency(heldResolver(), 4);
    const pending = Array.from({ length: 12 }, (_, i) => resolver.query(`n${i}.example`, 'TXT', { signal: controller.signal }));
    controller.abort();
    const results = await Promise.all(pending);
    expect(results.map((result) => (result.kind === 'failure' ? result.reason : result.kind))).toEqual(Array(12).fill('aborted'));
  });

  it('a watcher that stopped is not called; the others are', () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const stopA = whenAborted(controller.signal, () => calls.push('a'));
    whenAborted(controller.signal, () => calls.push('b'));
    stopA();
    controller.abort();
    expect(calls).toEqual(['b']);
  });

  it('calls at once for a signal already aborted, and untilAborted answers aborted without waiting', async () => {
    const controller = new AbortController();
    controller.abort();
    const calls: number[] = [];
    whenAborted(controller.signal, () => calls.push(1));
    expect(calls).toEqual([1]);
    const never = new Promise<DnsResult>(() => undefined);
    const result = await untilAborted(never, { signal: controller.signal }, () => ({ kind: 'failure', name: 'x.example', type: 'A', reason: 'aborted', message: 'the query was cancelled', ms: 0, resolver: 'r' }));
    expect(result.kind === 'failure' && result.reason).toBe('aborted');
  });

  it('watches again after every watcher left: a later query on the same signal is still released', async () => {
    const controller = new AbortController();
    whenAborted(controller.signal, () => undefined)();
    const released = new Promise<string>((resolve) => whenAborted(controller.signal, () => resolve('released')));
    controller.abort();
    expect(await released).toBe('released');
  });
});
