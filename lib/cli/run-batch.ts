// The batch loop of `mailtrust analyze DIR`: messages analysed several at once (their DNS round trips
// overlap), results handed over strictly in input order, and each result dropped once handed over, so
// memory holds a bounded window of reports however many messages the batch has.

export interface BatchOptions<S, T> {
  /** Items being worked on at once. */
  concurrency: number;
  /**
   * Finished results waiting for an earlier, slower item are bounded too (window = concurrency x this):
   * past it no new item starts until the slow one is handed over.
   */
  aheadFactor?: number;
  /** One item's work. A per-item failure policy (e.g. turning an error into a result) belongs in here. */
  work: (item: S, index: number) => Promise<T>;
  /** Called in input order, once per item. */
  emit: (item: S, result: T, index: number) => void;
}

export function runBatch<S, T>(items: readonly S[], options: BatchOptions<S, T>): Promise<void> {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const window = concurrency * Math.max(1, options.aheadFactor ?? 4);
  return new Promise<void>((resolve, reject) => {
    const finished = new Map<number, T>();
    let next = 0;
    let emitted = 0;
    let running = 0;
    let failed = false;
    const pump = () => {
      try {
        while (finished.has(emitted)) {
          const result = finished.get(emitted) as T;
          finished.delete(emitted);
          options.emit(items[emitted] as S, result, emitted);
          emitted++;
        }
        if (emitted === items.length) return resolve();
        while (running < concurrency && next < items.length && next - emitted < window) {
          const index = next++;
          running++;
          options.work(items[index] as S, index).then(
            (result) => {
              running--;
              finished.set(index, result);
              if (!failed) pump();
            },
            fail,
          );
        }
      } catch (error) {
        fail(error);
      }
    };
    const fail = (error: unknown) => {
      failed = true;
      reject(error);
    };
    pump();
  });
}
