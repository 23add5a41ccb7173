/**
 * Implementation requests end to end against the Bot API imitation: a request a client sent is
 * offered to the right partners' teams (and not to a partner without access, outside the country
 * or without the service), in the rules' order, through the reminders' sender; six partners
 * reserving at once give five, and only those five see the contact details; Won and Lost move the
 * rating; the outcome question goes out once; /leads and /leads stats.
 */
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewRequest } from '../../content/index.ts';
import { createBot } from '../../bot/bot.ts';
import type { BotContext } from '../../bot/context.ts';
import { ConsoleChat } from '../../bot/dev/console-chat.ts';
import { FAKE_BOT } from '../../bot/dev/fake-bot-api.ts';
import type { ReminderRig } from './reminders-harness.ts';
import { contentCopy, startRig } from './reminders-harness.ts';
import { ADMIN, LAKESHORE_USER } from './harness.ts';

const CLIENT: NewRequest = {
  name: 'Dana Whitfield', company: 'Whitfield Freight Co', email: 'dana.whitfield@freight.example', phone: '+1 312 555 0147',
  country: 'US', city: 'Chicago', kind: 'workflow-automation', language: 'en',
  description: 'Approval workflows for purchase orders and invoices, about 60 users in two offices.',
};
/** Gets the request: Silver and Gold in the US with automation, and three abroad that add the US as a location. */
const RIGHT = ['bluebonnet-cloudworks', 'paulista-integra', 'araucaria-tecnologia', 'harbourline-digital', 'jalisco-nube', 'lakeshore-workflow'];
/** Does not: Bronze before the tutorial, no automation, automation but not in the US. */
const WRONG = ['hudson-ledger-consulting', 'front-range-telecom-partners', 'meseta-consultores'];
const START = '2026-11-24T15:00:00Z';

let rig: ReminderRig;
let bot: Bot<BotContext>;
let removeCopy: () => Promise<void>;
let nextUpdate = 1;
const teams = new Map<string, number[]>();

const chat = (userId: number) => new ConsoleChat(rig.api, { userId }, (update) => bot.handleUpdate({ ...update, update_id: nextUpdate++ } as Update));
const offersTo = (userId: number) => rig.received(userId).filter((m) => m.text.includes('New implementation request'));
/** Every message text the imitation delivered to `userId`, plain, and what its callback answers said. */
const everythingTo = (userId: number) => rig.api.calls.filter((c) => c.params.chat_id === userId || (c.method === 'answerCallbackQuery')).map((c) => JSON.stringify(c.params));

beforeAll(async () => {
  const copy = await contentCopy([...RIGHT, ...WRONG]);
  removeCopy = copy.remove;
  const addUs = (text: string) => text.replace(/\n---\n/, '\n  locations: [US]\n---\n');
  for (const slug of ['paulista-integra', 'araucaria-tecnologia', 'harbourline-digital', 'jalisco-nube', 'meseta-consultores'].filter((s) => s !== 'meseta-consultores')) await copy.edit(slug, addUs);
  await copy.edit('hudson-ledger-consulting', (text) => text.replace(/ {2}courses:\n {4}tutorial: \S+\n/, ''));
  // One message in flight at a time: with several, the imitation numbers messages in the order
  // they arrive, not the order they were sent, and the order test below would measure the network.
  rig = await startRig({ contentDir: copy.dir, at: START, reminders: { inFlight: 1 } });
  rig.deps.config.adminIds = [ADMIN];
  bot = createBot(rig.deps, { botInfo: FAKE_BOT });
  for (const p of rig.deps.content.current().content.partners) {
    const ids = p.program.telegram.map(Number);
    teams.set(p.slug, ids);
    // Telegram lets a bot write only to people who opened a chat with it.
    for (const id of ids) await rig.deps.store.seeUser(id, new Date(START));
  }
});
afterAll(async () => {
  await rig?.close();
  await removeCopy?.();
});

/** One team member of each partner that receives the request: they press Reserve together. */
const pressers: number[] = [];
/** Those of them that got the contact details, and the one that did not. */
let withDetails: number[] = [];
let loser = 0;

describe('a new request', () => {
  let reference = '';

  beforeAll(async () => {
    const result = await rig.deps.store.leads.submit(CLIENT, { at: rig.clock.now(), clientKey: 'test', rateLimit: { max: 10, windowMs: 60_000 }, reservationDays: 30 });
    reference = result.ok ? result.reference : '';
    await rig.service.kick();
    pressers.push(...RIGHT.map((slug) => teams.get(slug)?.[0] ?? 0));
  });

  it('is offered to every team member of the partners that receive it, and to no one else', () => {
    for (const slug of RIGHT) for (const id of teams.get(slug) ?? []) expect({ slug, id, offers: offersTo(id).length }).toEqual({ slug, id, offers: 1 });
    for (const slug of WRONG) for (const id of teams.get(slug) ?? []) expect({ slug, id, offers: offersTo(id).length }).toEqual({ slug, id, offers: 0 });
  });

  it('says what is asked, where and in which language, never who asks', () => {
    const [offer] = offersTo(LAKESHORE_USER);
    expect(offer?.text.replace(reference, 'R-XXXX-XXXX')).toMatchInlineSnapshot(`
      "📥 New implementation request · R-XXXX-XXXX
      🧩 Workflow automation
      📍 Chicago, United States of America · 🗣 English

      Approval workflows for purchase orders and invoices, about 60 users in two offices.

      Reserve it to get the client's contact details. Up to 5 partners can. Open until 24 December 2026."
    `);
    expect(offer?.text).not.toContain('Whitfield');
  });

  it('is not offered to a partner without access, which /leads tells why', async () => {
    expect(await chat(teams.get('hudson-ledger-consulting')?.[0] ?? 0).send('/leads')).toContain('Hudson Ledger Consulting LLC has no access to implementation requests now (to get access: complete the Partner Program Tutorial)');
  });

  it('goes out in the rules\' order: Gold before Silver at equal ratings, then by name', () => {
    const firsts = RIGHT.map((slug) => ({ slug, at: Math.min(...(teams.get(slug) ?? []).map((id) => offersTo(id)[0]?.messageId ?? Infinity)) }));
    expect(firsts.sort((a, b) => a.at - b.at).map((f) => f.slug)).toEqual(RIGHT);
  });

  it('six partners reserving at once: five get the contact details, the sixth hears it is taken', async () => {
    const replies = await Promise.all(pressers.map((id) => chat(id).pressData(`ld:r:${reference}`, offersTo(id)[0]?.messageId)));
    withDetails = pressers.filter((_, i) => replies[i]?.includes('dana.whitfield@freight.example'));
    const taken = replies.filter((r) => r.includes('This request is taken: 5 partners reserved it already.'));
    expect({ details: withDetails.length, taken: taken.length }).toEqual({ details: 5, taken: 1 });
    expect((await rig.deps.store.leads.byReference(reference))?.reserved).toBe(5);
    const reply = replies[pressers.indexOf(withDetails[0] ?? 0)] ?? '';
    expect(reply).toContain('Dana Whitfield, Whitfield Freight Co');
    expect(reply).toContain('Never use them for mass e-mails, bulk SMS or any other unsolicited messages');
    // Nobody else got the details: not the sixth, not the partners it was never offered to.
    loser = pressers.find((id) => !withDetails.includes(id)) ?? 0;
    const outsiders = [loser, ...WRONG.flatMap((slug) => teams.get(slug) ?? [])];
    for (const id of outsiders) expect(rig.api.calls.filter((c) => c.params.chat_id === id).map((c) => String(c.params.text)).join('\n')).not.toContain('dana.whitfield');
  });

  it('shows the reserving partner its details again, and tells the other team members it is theirs', async () => {
    const [first, second] = teams.get('bluebonnet-cloudworks') ?? [];
    expect(await chat(second ?? 0).pressData(`ld:r:${reference}`)).toContain('Bluebonnet Cloudworks');
    expect(await chat(first ?? 0).pressData(`ld:r:${reference}`)).toContain('dana.whitfield@freight.example');
  });

  it('moves the rating with Won and Lost', async () => {
    const member = withDetails.find((id) => id !== teams.get('bluebonnet-cloudworks')?.[0]) ?? 0;
    const won = await chat(member).pressData(`ld:w:${reference}`);
    expect(won).toContain(`${reference} marked Won.`);
    expect(won).toContain('Your rating: 50% → 67%.');
    const lost = await chat(member).pressData(`ld:l:${reference}`);
    expect(lost).toContain('Your rating: 67% → 33%.');
    expect(await chat(member).pressData(`ld:l:${reference}`)).toContain('It is marked Lost already.');
    expect(await chat(member).send('/leads')).toContain('Your rating: 33% · 0 won, 1 lost in the last 12 months');
  });

  it('refuses an outcome from a partner that did not reserve it, and a forged reference', async () => {
    const outsider = teams.get('front-range-telecom-partners')?.[0] ?? 0;
    expect(await chat(outsider).pressData(`ld:w:${reference}`)).toContain('Your company has not reserved this request.');
    expect(await chat(outsider).pressData('ld:r:R-2222-2222')).toContain('This request no longer exists.');
    expect(await chat(555000111).pressData(`ld:r:${reference}`)).toContain("Your Telegram account isn't linked to a partner.");
  });
});

describe('the outcome question', () => {
  it('goes out once, at the reminder hour the set number of days after the reservation, and not after the outcome is in', async () => {
    const result = await rig.deps.store.leads.submit({ ...CLIENT, city: 'Evanston' }, { at: rig.clock.now(), clientKey: 'test-2', rateLimit: { max: 10, windowMs: 60_000 }, reservationDays: 30 });
    const reference = result.ok ? result.reference : '';
    await rig.service.kick();
    const jalisco = teams.get('jalisco-nube')?.[0] ?? 0;
    const harbour = teams.get('harbourline-digital')?.[0] ?? 0;
    expect(await chat(jalisco).pressData(`ld:r:${reference}`)).toContain('Evanston');
    expect(await chat(harbour).pressData(`ld:r:${reference}`)).toContain('Evanston');
    const questions = (id: number) => rig.received(id).filter((m) => m.text.includes(`How did ${reference} go?`));
    // Jalisco reserved on 24 November in Mexico City: asked on 8 December at 09:00 there (15:00 UTC).
    rig.clock.set('2026-12-07T12:00:00Z');
    await rig.service.tick();
    expect(questions(jalisco)).toHaveLength(0);
    rig.clock.set('2026-12-08T15:01:00Z');
    await rig.service.plan();
    await rig.service.tick();
    expect(questions(jalisco)).toHaveLength(1);
    expect(questions(jalisco)[0]?.text).toContain('Jalisco');
    // Harbourline reserved on 25 November in Sydney: asked on 9 December at 09:00 there (22:00 UTC the day before).
    expect(questions(harbour)).toHaveLength(0);
    rig.clock.set('2026-12-08T22:01:00Z');
    await rig.service.plan();
    await rig.service.tick();
    expect(questions(jalisco)).toHaveLength(1);
    expect(questions(harbour)).toHaveLength(1);
    expect(await chat(harbour).pressData(`ld:w:${reference}`, questions(harbour)[0]?.messageId)).toContain('marked Won');
  });

  it('is turned off like any reminder, from its own button', async () => {
    rig.clock.set('2026-12-09T12:00:00Z');
    const result = await rig.deps.store.leads.submit({ ...CLIENT, city: 'Peoria' }, { at: rig.clock.now(), clientKey: 'test-4', rateLimit: { max: 10, windowMs: 60_000 }, reservationDays: 30 });
    const reference = result.ok ? result.reference : '';
    await rig.service.kick();
    const jalisco = teams.get('jalisco-nube')?.[0] ?? 0;
    expect(await chat(jalisco).pressData(`ld:r:${reference}`)).toContain('Peoria');
    expect(await chat(jalisco).pressData('rm:off:lead-outcome')).toContain('Reminders about Outcome of a reserved request are off.');
    rig.clock.set('2026-12-23T16:00:00Z');
    await rig.service.plan();
    await rig.service.tick();
    expect(rig.received(jalisco).filter((m) => m.text.includes(`How did ${reference} go?`))).toHaveLength(0);
    expect((await rig.deps.store.reminders.rows()).find((r) => r.kind === 'lead-outcome' && r.deadline === reference)).toMatchObject({ state: 'skipped', reason: 'turned off by the user' });
    await chat(jalisco).pressData('rm:on:lead-outcome');
  });
});

describe('/leads and /leads stats', () => {
  it('lists the open requests a partner can still reserve', async () => {
    const result = await rig.deps.store.leads.submit({ ...CLIENT, city: 'Springfield' }, { at: rig.clock.now(), clientKey: 'test-3', rateLimit: { max: 10, windowMs: 60_000 }, reservationDays: 30 });
    await rig.service.kick();
    const reference = result.ok ? result.reference : '';
    const reply = await chat(loser).send('/leads');
    expect(reply).toContain('Open requests you can reserve');
    expect(reply).toContain(`${reference} · Workflow automation · Springfield, United States of America`);
    expect(reply).toContain(`Reserve ${reference}`);
    expect(reply).not.toContain('freight.example');
  });

  it('gives admins the requests by country and kind, and no one else', async () => {
    const stats = await chat(ADMIN).send('/leads stats');
    // Four requests (Chicago, Evanston, Peoria, Springfield), three of them reserved; one Won and one Lost reported.
    expect(stats).toMatchInlineSnapshot(`
      "Implementation requests

      Requests: 4 (0 waiting to be offered, 0 withdrawn)
      Offered to at least one partner: 4 · reserved: 75% · partners per request: 2.0
      Win rate of reported outcomes: 50%

      By country
      • United States of America (US): 4 · 75% reserved · win rate 50%

      By kind
      • Workflow automation: 4 · 75% reserved · win rate 50%

      "
    `);
    expect(await chat(LAKESHORE_USER).send('/leads stats')).toContain("That command is for the bot's admins.");
    expect(everythingTo(ADMIN).join('\n')).not.toContain('dana.whitfield');
  });

  it('never writes a contact detail to the log', () => {
    expect(rig.logs.join('\n')).toContain('offered to 6 partners');
    for (const value of [CLIENT.name, CLIENT.email, CLIENT.phone ?? '', CLIENT.company]) expect(rig.logs.join('\n')).not.toContain(value);
  });
});

describe('with REMINDERS=off', () => {
  it('still offers new requests, and plans no reminder', async () => {
    const copy = await contentCopy(['lakeshore-workflow']);
    const off = await startRig({ contentDir: copy.dir, at: START, reminders: { enabled: false } });
    try {
      await off.deps.store.seeUser(LAKESHORE_USER, new Date(START));
      const result = await off.deps.store.leads.submit(CLIENT, { at: off.clock.now(), clientKey: 'off', rateLimit: { max: 10, windowMs: 60_000 }, reservationDays: 30 });
      await off.service.tick();
      const texts = off.received(LAKESHORE_USER).map((m) => m.text);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain(`New implementation request · ${result.ok ? result.reference : ''}`);
      expect((await off.deps.store.reminders.rows()).map((r) => r.kind)).toEqual(['lead-offer']);
    } finally {
      await off.close();
      await copy.remove();
    }
  });
});
