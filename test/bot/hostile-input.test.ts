/**
 * What a hostile or careless user types and forges: keys every object has (`constructor`,
 * `toString`), words /find cannot use, echoes of huge inputs, and buttons of features they have no
 * part in. Each one gets a plain answer: never silence, never a split message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../../bot/dev/telegram-html.ts';
import { fillerWords, parseFindQuery } from '../../bot/features/find-query.ts';
import { wordsFor } from '../../bot/i18n/words.ts';
import type { Harness } from './harness.ts';
import { ADMIN, LAKESHORE_USER, startHarness, STRANGER } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const WELCOME = "👋 Hi! I'm the Partner Program assistant.";

/** The messages the bot sent from call number `mark` on. */
const sentSince = (mark: number) => h.api.calls.slice(mark).filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText');

describe('keys every object has', () => {
  for (const payload of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'bogus']) {
    it(`/start ${payload} gets the welcome`, async () => {
      expect(await h.chat({ userId: STRANGER }).send(`/start ${payload}`)).toContain(WELCOME);
    });
  }

  it('a forged menu button h:constructor gets the welcome, and a real one still works', async () => {
    const chat = h.chat({ userId: STRANGER });
    expect(await chat.pressData('h:constructor')).toContain(WELCOME);
    expect(await chat.pressData('h:tostring')).toContain(WELCOME);
    expect(await chat.pressData('h:tiers')).toContain('The 3 partner statuses');
  });

  it('a deep link still opens its command', async () => {
    expect(await h.chat({ userId: LAKESHORE_USER }).send('/start status')).toContain('Silver since 20 December 2025');
  });

  it('a reminder button naming constructor or __proto__ changes nothing', async () => {
    const chat = h.chat({ userId: LAKESHORE_USER });
    expect(await chat.pressData('rm:off:constructor')).toContain('This button has expired');
    expect(await chat.pressData('rm:on:__proto__')).toContain('This button has expired');
    expect((await h.deps.store.reminders.mutedKinds(LAKESHORE_USER)).size).toBe(0);
  });

  it('the Telegram HTML checker decodes only real entities, even in a link', () => {
    expect(parseTelegramHtml('<a href="https://x.example/?a=1&amp;b=2&constructor;">x</a>').links).toEqual([{ text: 'x', url: 'https://x.example/?a=1&b=2' }]);
  });
});

describe('/find reads every word, or says which it could not use', () => {
  it('reads a country code in any case, and names the country in the heading', async () => {
    const chat = h.chat({ userId: STRANGER });
    for (const query of ['de telephony', 'DE telephony', 'De Telephony', 'germany telephony', 'Germany VOIP', 'Deutschland telephony']) {
      expect(await chat.send(`/find ${query}`), query).toBe('No listed partner in Germany offers Telephony and VoIP yet.\n  [1] « Other service   [2] « Other country\n\n');
    }
    const found = await chat.send('/find us training');
    expect(found).toContain('Partners in United States of America · Training\n\n');
    expect(found).not.toContain('Toronto');
  });

  it('reads country names people write in their own language', async () => {
    const chat = h.chat({ userId: STRANGER });
    expect(await chat.send('/find España')).toContain('2 listed partners in Spain.');
    expect(await chat.send('/find nederland')).toContain('1 listed partner in Netherlands.');
  });

  it('takes a short code alone as a country, and a filler word among others as a filler', async () => {
    const chat = h.chat({ userId: STRANGER });
    expect(await chat.send('/find in')).toContain('2 listed partners in India.');
    expect(await chat.send('/find partners in Germany for hosting')).toContain('Partners in Germany · Installation and hosting');
    expect(await chat.send('/find a partner IN hosting')).toContain('Partners in India · Installation and hosting');
  });

  it('says which words it did not understand, and what /find takes', async () => {
    const reply = await h.chat({ userId: STRANGER }).send('/find xyzzy telephony');
    expect(reply.slice(0, reply.indexOf('★'))).toBe(`I didn't understand “xyzzy”, so I left it out.
/find takes a country (its name, or its two-letter code like DE) and a service (like telephony): /find germany telephony.

Partners · Telephony and VoIP

`);
  });

  it('says so when a second country or service is left out', async () => {
    const reply = await h.chat({ userId: STRANGER }).send('/find germany france hosting training');
    expect(reply).toContain('I search one country and one service at a time, so I left out “france, training”.');
    expect(reply).toContain('Partners in Germany · Installation and hosting');
  });

  it('says there is no listed partner in a country that has none, instead of only listing countries', async () => {
    expect(await h.chat({ userId: STRANGER }).send('/find chad')).toContain('No listed partner in Chad yet. Pick a country below:');
  });

  it('echoes a 4,090-character query in one short message', async () => {
    const mark = h.api.calls.length;
    const reply = await h.chat({ userId: STRANGER }).send(`/find ${'blah '.repeat(817)}`.trim());
    expect(sentSince(mark)).toHaveLength(1);
    expect(reply).toContain('I didn\'t understand “blah blah blah blah blah blah blah blah…”, so I left it out.');
    expect(reply.length).toBeLessThan(1200);
  });

  it('reads only the first words of a long query, quickly', () => {
    const started = performance.now();
    const { content } = h.deps.content.current();
    const query = parseFindQuery(`germany ${'zz '.repeat(2000)}`, content.rules, fillerWords(wordsFor(content, 'en')));
    expect(performance.now() - started).toBeLessThan(200);
    expect(query.country).toBe('DE');
    expect(query.unknown.join(' ').split(' ')).toHaveLength(2000);
  });
});

describe('echoes of what the user typed are cut short', () => {
  it('an unknown 4,000-character command is named in one short message', async () => {
    const mark = h.api.calls.length;
    const reply = await h.chat({ userId: STRANGER }).send(`/${'x'.repeat(4000)}`);
    expect(sentSince(mark)).toHaveLength(1);
    expect(reply).toBe(`I don't know “/${'x'.repeat(38)}…”. Send /help to see what I can do.\n\n`);
  });
});

describe('reminder buttons for someone linked to no partner', () => {
  for (const data of ['rm:off:*', 'rm:on:*', 'rm:off:annual-review', 'rm:on:annual-review']) {
    it(`${data} says there are no reminders to change, and how to get linked`, async () => {
      const reply = await h.chat({ userId: STRANGER }).pressData(data);
      const on = data.startsWith('rm:on');
      expect(reply).toContain(`(You have no reminders to turn ${on ? 'on' : 'off'}: I send reminders only to a partner's team members.)`);
      expect(reply).toContain(`Your Telegram account isn't linked to a partner.\n\nTo link it, ask your partner manager to add your Telegram user id ${STRANGER}`);
      expect(reply).not.toContain('All reminders are');
      expect((await h.deps.store.reminders.mutedKinds(STRANGER)).size).toBe(0);
    });
  }

  it('rm:list tells them how to get linked', async () => {
    expect(await h.chat({ userId: STRANGER }).pressData('rm:list')).toContain("Your Telegram account isn't linked to a partner.");
  });
});

describe('admin commands in a group', () => {
  it('tell an admin to use a private chat, instead of saying they are not an admin', async () => {
    const group = h.chat({ userId: ADMIN, group: true });
    for (const command of ['/reload@partner_hub_test_bot', '/stats@partner_hub_test_bot', '/reminders@partner_hub_test_bot status']) {
      expect(await group.send(command), command).toBe('Admin commands work only in a private chat with me, so their figures stay between us.\n\n');
    }
    expect(await h.chat({ userId: STRANGER, group: true }).send('/stats@partner_hub_test_bot')).toBe("That command is for the bot's admins.\n\n");
  });
});
