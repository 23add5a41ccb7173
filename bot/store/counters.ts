/**
 * Feature counters added up in memory and written together: one write per counter each second
 * rather than one per update (two writes an update held long polling under 1,000 updates a second).
 * The bound on a crash: a kill -9 loses at most the last second's counts; a close, or reading the
 * figures (`stats`), writes them first. A write that fails keeps its counts for the next one.
 */

/** Writes counts: each counter name with what to add to it. */
export type WriteCounts = (counts: ReadonlyMap<string, number>) => Promise<void> | void;

/** Counters kept in memory between writes. */
export interface CounterBuffer {
  /** Adds one to `name`. */
  add(name: string): void;
  /** Writes what has been added since the last write (nothing when nothing was). */
  flush(): Promise<void>;
  /** Writes what is left and stops the timer. */
  close(): Promise<void>;
}

/** Buffers counters and writes them through `write` every `everyMs` milliseconds (1 s by default). */
export function counterBuffer(write: WriteCounts, everyMs = 1000): CounterBuffer {
  let pending = new Map<string, number>();
  let writing: Promise<void> = Promise.resolve();
  const flush = (): Promise<void> => {
    // One write at a time, in order: counts added meanwhile wait for the next.
    writing = writing.catch(() => undefined).then(async () => {
      if (pending.size === 0) return;
      const counts = pending;
      pending = new Map();
      try {
        await write(counts);
      } catch (error) {
        for (const [name, n] of counts) pending.set(name, (pending.get(name) ?? 0) + n);
        throw error;
      }
    });
    return writing;
  };
  // A timed write that fails is retried by the next: its error has nowhere better to go.
  const timer = setInterval(() => void flush().catch(() => undefined), everyMs);
  timer.unref();
  return {
    add(name) {
      pending.set(name, (pending.get(name) ?? 0) + 1);
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
