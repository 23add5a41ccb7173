/** Feature counters kept in memory between writes: nothing counted is lost when a write fails. */
import { describe, expect, it } from 'vitest';
import { counterBuffer } from '../../bot/store/counters.ts';

describe('counterBuffer', () => {
  it('adds counts up and writes each name once, with what it adds', async () => {
    const writes: Record<string, number>[] = [];
    const buffer = counterBuffer((counts) => {
      writes.push(Object.fromEntries(counts));
    }, 60_000);
    buffer.add('status');
    buffer.add('status');
    buffer.add('tiers');
    await buffer.flush();
    await buffer.flush();
    buffer.add('status');
    await buffer.close();
    expect(writes).toEqual([{ status: 2, tiers: 1 }, { status: 1 }]);
  });

  it('keeps the counts of a write that failed for the next one', async () => {
    const writes: Record<string, number>[] = [];
    let fail = true;
    const buffer = counterBuffer((counts) => {
      if (fail) throw new Error('database unreachable');
      writes.push(Object.fromEntries(counts));
    }, 60_000);
    buffer.add('status');
    await expect(buffer.flush()).rejects.toThrow('database unreachable');
    buffer.add('status');
    fail = false;
    await buffer.close();
    expect(writes).toEqual([{ status: 2 }]);
  });
});
