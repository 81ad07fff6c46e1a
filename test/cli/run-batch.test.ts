// The batch loop and its progress line: bounded work in flight, a bounded window of finished results,
// strict input order on output, and a rate and time left computed from a clock.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchProgress, formatDuration } from '../../lib/cli/batch-progress';
import { runBatch } from '../../lib/cli/run-batch';

describe('runBatch', () => {
  it('hands results over in input order, whatever order they finish in, with at most `concurrency` running', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 5 }), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), async (delays, concurrency) => {
        let running = 0;
        let most = 0;
        let held = 0;
        let mostHeld = 0;
        const emitted: number[] = [];
        await runBatch(delays, {
          concurrency,
          work: async (delay, index) => {
            running++;
            most = Math.max(most, running);
            for (let tick = 0; tick < delay; tick++) await new Promise((done) => setTimeout(done, 0));
            running--;
            held++;
            mostHeld = Math.max(mostHeld, held);
            return index;
          },
          emit: (_item, result, index) => {
            held--;
            expect(result).toBe(index);
            emitted.push(index);
          },
        });
        expect(emitted).toEqual(delays.map((_, index) => index));
        expect(most).toBeLessThanOrEqual(concurrency);
        // Finished but not yet handed over: bounded by the window (4 x concurrency), not by the batch size.
        expect(mostHeld).toBeLessThanOrEqual(concurrency * 4);
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('a slow first item does not let finished results pile up beyond the window', async () => {
    let release: () => void = () => undefined;
    const slow = new Promise<void>((done) => (release = done));
    let started = 0;
    const batch = runBatch(Array.from({ length: 100 }, (_, i) => i), {
      concurrency: 2,
      work: async (i) => {
        started++;
        if (i === 0) await slow;
        return i;
      },
      emit: () => undefined,
    });
    await new Promise((done) => setTimeout(done, 10));
    expect(started).toBe(8);
    release();
    await batch;
    expect(started).toBe(100);
  });

  it('a failing item rejects the batch (callers turn failures into results inside work)', async () => {
    await expect(runBatch([1, 2, 3], { concurrency: 2, work: async (i) => { if (i === 2) throw new Error('boom'); return i; }, emit: () => undefined })).rejects.toThrow('boom');
  });

  it('an empty batch ends at once', async () => {
    await expect(runBatch([], { concurrency: 4, work: async () => 1, emit: () => undefined })).resolves.toBeUndefined();
  });
});

describe('batchProgress', () => {
  it('plain lines every 5 % with the rate so far and the time left at that rate', () => {
    let now = 0;
    let text = '';
    const progress = batchProgress(40, { write: (t) => void (text += t), live: false, clock: () => now });
    for (let i = 0; i < 40; i++) {
      now += 250; // 4 messages per second
      progress.step();
    }
    progress.done();
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe('analysed 2 of 40 (4.0 msg/s, about 10s left)');
    expect(lines[19]).toBe('analysed 40 of 40 (4.0 msg/s, 10s in all)');
  });

  it('on a terminal, one line redrawn in place, at most every 100 ms, ending with a newline', () => {
    let now = 0;
    const writes: string[] = [];
    const progress = batchProgress(1000, { write: (t) => void writes.push(t), live: true, clock: () => now });
    for (let i = 0; i < 1000; i++) {
      now += 10;
      progress.step();
    }
    progress.done();
    expect(writes.length).toBeLessThanOrEqual(102);
    expect(writes.every((w, i) => (i === writes.length - 1 ? w === '\n' : w.startsWith('\r[')))).toBe(true);
    expect(writes[writes.length - 2]).toContain('1000/1000 (100 msg/s, 10s in all)');
  });

  it('formats durations for people', () => {
    expect([0.4, 42, 125, 7260].map(formatDuration)).toEqual(['0s', '42s', '2m05s', '2h01m']);
  });
});
