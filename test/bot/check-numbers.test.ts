/** /check reads figures typed either way, and asks when one could mean two things. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.ts';
import { startHarness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('/check figures', () => {
  it('reads €2.600 the European way, as 2,600', async () => {
    const chat = h.chat({ userId: 700091 });
    await chat.send('/check');
    await chat.press('Bronze');
    expect(await chat.send('€2.600')).toContain('To how many different clients');
    await chat.send('2 clients');
    let last = '';
    for (let i = 0; i < 6; i++) last = await chat.press('Yes');
    expect(last).toContain('🎉 You qualify for Silver: every requirement is met.');
  });

  it('asks which reading of 2.600 was meant, then takes the answer', async () => {
    const chat = h.chat({ userId: 700092 });
    await chat.send('/check');
    await chat.press('Bronze');
    expect(await chat.send('2.600')).toContain('“2.600” can be read two ways: did you mean 2600 or 2.6? Please send the one you meant.');
    expect(await chat.send('2,600.00')).toContain('To how many different clients');
    // A count has no fraction: 1,500 clients is fifteen hundred, without a question.
    expect(await chat.send('1,500')).toContain('Do you promote the products on your website?');
  });
});
