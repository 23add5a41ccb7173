/** Transcripts of every command, as a user sees them (links shown as <address>). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.ts';
import { ADMIN, LAKESHORE_USER, SITE, startHarness, STRANGER } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

describe('/start and /help', () => {
  it('greets anyone with what the bot does and a menu', async () => {
    const chat = h.chat({ userId: STRANGER });
    expect(await chat.send('/start')).toMatchInlineSnapshot(`
      "👋 Hi! I'm the Partner Program assistant.

      I can show you the partner statuses, check which one your company qualifies for, find listed partners, and answer questions about the program rules. Just ask in your own words, like “How long is the NFR subscription valid?”
        [1] 📊 Statuses   [2] ✅ Check eligibility
        [3] 🔎 Find a partner   [4] ❓ Help

      "
    `);
  });

  it('tells a linked team member which partner they are linked to, with their own buttons', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER }).send('/start');
    expect(reply).toContain("You're linked to Lakeshore Workflow Inc.: /status shows where you stand");
    expect(reply).toContain('[5] 📈 My status   [6] 📅 My deadlines');
  });

  it('lists the commands and example questions; admins also see theirs', async () => {
    const help = await h.chat({ userId: STRANGER }).send('/help');
    expect(help).toContain('/check — which status you qualify for');
    expect(help).toContain('• What discount does Gold get?');
    expect(help).toContain(`My answers come from the program docs <${SITE}/program/>.`);
    expect(help).not.toContain('/reload');
    expect(await h.chat({ userId: ADMIN }).send('/help')).toContain('/reload — read the content again now');
  });

  it('runs a command from a menu button', async () => {
    const chat = h.chat({ userId: STRANGER });
    await chat.send('/start');
    expect(await chat.press('Statuses')).toContain('The 3 partner statuses');
  });
});

describe('/tiers', () => {
  it('shows the statuses side by side with figures from the rules', async () => {
    const reply = await h.chat({ userId: STRANGER }).send('/tiers');
    expect(reply).toContain('          Bronze Silver   Gold\nDiscount  0–20%  40%      50%');
    expect(reply).toContain('To reach  —      $/€2,500 $/€10,000');
    expect(reply).toContain('To keep it: Within 90 days of approval: Partner Program Tutorial completed; An NFR cloud subscription claimed');
    expect(reply).toContain('🥇 Gold — Featured first in the directory, with the largest discount.');
    expect(reply).toContain(`Full details: Statuses <${SITE}/program/statuses/>`);
  });
});

describe('/check', () => {
  it('says which status the answers qualify for', async () => {
    const chat = h.chat({ userId: 700003 });
    expect(await chat.send('/check')).toContain("What is your company's status in the program today?");
    expect(await chat.press('Bronze')).toContain('question 2 of 9');
    expect(await chat.send('$2,500')).toContain('To how many different clients');
    // In a chat a bare 2 would press button 2; the unit makes it an answer.
    expect(await chat.send('2 clients')).toContain('Do you promote the products on your website?');
    let last = '';
    for (let i = 0; i < 6; i++) last = await chat.press('Yes');
    expect(last).toContain('Your eligibility check as a Bronze partner');
    expect(last).toContain('🎉 You qualify for Silver: every requirement is met.');
    expect(last).toContain('Your discount: 20%');
  });

  it('lists what a Silver partner still needs for Gold and to keep Silver', async () => {
    const chat = h.chat({ userId: 700004 });
    await chat.send('/check');
    await chat.press('Silver');
    await chat.send('12000');
    await chat.send('4000');
    await chat.press('No');
    let last = '';
    for (let i = 0; i < 4; i++) last = await chat.press('Yes');
    expect(last).toContain('To move up to Gold · 4 of 6 met');
    expect(last).toContain('❌ $/€10,000 in sales as a Silver partner over the last 12 months\n      ████░░░░░░ 40% · $/€4,000 of $/€10,000\n      To do: sell $/€6,000 more');
    expect(last).toContain('❌ Partner Marketing Course completed');
    expect(last).toContain('To keep Silver at each annual review\n❌ $/€5,000 in sales in the review year');
  });

  it('tells someone not a partner yet how to become one, from the rules, without questions they cannot answer', async () => {
    const chat = h.chat({ userId: 700005 });
    await chat.send('/check');
    const reply = await chat.press('Not a partner yet');
    expect(reply).toMatchInlineSnapshot(`
      "(updated)
      Becoming a partner

      1. Send the application form on the partner website. The vendor reviews it within 1 to 7 business days and e-mails you how to finish.
      2. Enter your company's legal details and documents in the Partner Dashboard. Verification takes up to 7 business days.
      3. Once approved, you start as Bronze, the first status.

      To keep Bronze, within 90 days of approval:
      • Partner Program Tutorial completed
      • An NFR cloud subscription claimed

      What Bronze gives you
      • 20% discount in the store, once: Partner Program Tutorial completed
      • A free premium NFR cloud subscription for one account
      • Your apps placed in the Marketplace
      • Leads through the Implementation Requests app, once: Partner Program Tutorial completed

      How to apply: Joining the program › Applying <https://partners.example.com/program/joining/#applying>
      All about the statuses: Statuses › Bronze <https://partners.example.com/program/statuses/#bronze>
        [1] 🔁 Check again

      "
    `);
    // Silver is for Bronze partners: a prospect is never told they qualify for it.
    expect(reply).not.toMatch(/qualify|How much did you sell|Sales Course/);
    expect(await h.deps.store.getConversation(700005)).toBeUndefined();
  });

  it('answers a question typed mid-check, then asks the pending question again with its buttons', async () => {
    const chat = h.chat({ userId: 700009 });
    await chat.send('/check');
    await chat.press('Bronze');
    await chat.send('$2,500');
    const reply = await chat.send('how long is the NFR subscription valid?');
    expect(reply).toContain('The NFR cloud subscription runs for 6 months from when you claim it.');
    expect(reply.slice(reply.indexOf('Eligibility check'))).toBe(`Eligibility check · question 3 of 9

To how many different clients did you sell? Send a number, like 2.
  [1] None (0)
  [2] « Back   [3] ✖ Cancel

`);
    // The buttons asked again are the live ones: pressing "None (0)" answers the question.
    expect(await chat.press('None (0)')).toContain('Do you promote the products on your website?');
    // At a yes-no question too.
    const again = await chat.send('what discount does gold get?');
    expect(again).toContain('50%');
    expect(again).toMatch(/Do you promote the products on your website\?\n {2}\[1\] Yes {3}\[2\] No\n/);
    expect(await chat.press('Yes')).toContain('Do you promote the products on your social media?');
  });

  it('does not ask a question again once the check was left for a while', async () => {
    const chat = h.chat({ userId: 700010 });
    await chat.send('/check');
    await chat.press('Bronze');
    const stored = await h.deps.store.getConversation(700010) as { shownAt: string };
    await h.deps.store.setConversation(700010, { ...stored, shownAt: '2026-11-24T11:00:00.000Z' }, new Date());
    const reply = await chat.send('how long is the NFR subscription valid?');
    expect(reply).toContain('The NFR cloud subscription runs for 6 months');
    expect(reply).not.toContain('Eligibility check');
  });

  it('asks again for a figure it cannot read, goes back, and cancels', async () => {
    const chat = h.chat({ userId: 700006 });
    await chat.send('/check');
    await chat.press('Silver');
    // The example is the figure the question is about: Gold's entry target, for a Silver partner.
    expect(await chat.send('lots')).toContain('Please send a number, like 10000 (or 0)');
    expect(await chat.press('Back')).toContain("What is your company's status");
    await chat.press('Gold');
    expect(await chat.press('Cancel')).toContain('Check cancelled. Send /check to start again.');
  });

  it('answers a button of an earlier question or an ended check as expired', async () => {
    const chat = h.chat({ userId: 700007 });
    await chat.send('/check');
    await chat.press('Gold');
    await chat.press('Cancel');
    expect(await chat.send('1')).toContain('This button has expired: that check ended or restarted. Send /check to start a new one.');
  });

  it('moves to a private chat when started in a group', async () => {
    const reply = await h.chat({ userId: 700008, group: true }).send('/check');
    expect(reply).toContain("Let's do the check in a private chat");
    expect(reply).toContain('[1] 🔒 Open a private chat');
  });
});

describe('/find', () => {
  it('asks for a country, then a service, and links the partners found', async () => {
    const chat = h.chat({ userId: STRANGER });
    expect(await chat.send('/find')).toContain('Listed partners work in 21 countries. Which one?');
    expect(await chat.press('France (2)')).toContain('2 listed partners in France. Which service do you need?');
    const found = await chat.press('Any service');
    expect(found).toContain(`★ Atelier Quatorze SAS <${SITE}/partners/atelier-quatorze/> — Paris · Gold`);
    expect(found).toContain(`Canut Digital SARL <${SITE}/partners/canut-digital/> — Lyon · Silver`);
    expect(found.indexOf('Atelier')).toBeLessThan(found.indexOf('Canut'));
  });

  it('understands a country and a service typed after the command', async () => {
    const chat = h.chat({ userId: STRANGER });
    expect(await chat.send('/find partners in the United States for training')).toContain('Partners in United States of America · Training');
    expect(await chat.send('/find germany automation')).toContain('No listed partner in Germany offers Workflow automation yet.');
    expect(await chat.send('/find atlantis')).toContain('I didn\'t understand “atlantis”, so I left it out.\n/find takes a country (its name, or its two-letter code like DE) and a service (like telephony): /find germany telephony.\n\nPick a country below:');
  });

  it('takes a city of the directory, also by its name in the reader\'s language, and says when none there offers the service', async () => {
    const chat = h.chat({ userId: STRANGER });
    const madrid = await chat.send('/find madrid');
    expect(madrid).toContain('Partners in Madrid, Spain');
    expect(madrid).toContain(`★ Meseta Consultores S.L. <${SITE}/partners/meseta-consultores/> — Madrid · Gold`);
    const chicago = await chat.send('/find chicago telephony');
    expect(chicago).toContain('No listed partner in Chicago offers Telephony and VoIP yet; these elsewhere in United States of America do:');
    expect(chicago).toContain('— Denver · Silver');
    expect(await h.chat({ userId: 555000201, languageCode: 'de' }).send('/find München')).toContain('Partner – Munich, Deutschland');
  });

  it('answers a message asking for a partner as /find does, and leaves other questions naming a country alone', async () => {
    const chat = h.chat({ userId: STRANGER });
    const reply = await chat.send('I need help setting up the CRM for my company in Madrid, how do I find a partner?');
    expect(reply).toContain('Partners in Madrid, Spain');
    expect(reply).toContain('[1] « Other service');
    expect(await chat.send('is there a partner in Germany that does training?')).toContain('Partners in Germany · Training');
    expect(await h.chat({ userId: 555000202, languageCode: 'es' }).send('Busco un partner en Madrid')).toContain('Partners en Madrid, España');
    // As clients ask: whether there are partners somewhere, or for someone to do the work.
    expect(await chat.send('Do you have partners in Brazil?')).toContain('Partners in Brazil');
    expect(await chat.send('I need someone to set up the CRM in Lisbon')).toContain('Partners in Lisbon, Portugal');
    expect(await h.chat({ userId: 555000202, languageCode: 'es' }).send('¿Tienen partners en México?')).toContain('Partners en México');
    expect(await h.chat({ userId: 555000204, languageCode: 'pt-br' }).send('Preciso de alguém para implantar o CRM em Curitiba')).toContain('Curitiba, Brasil');
    // A country where none is listed says so, with no other service to try there.
    const austria = await chat.send('Do you have partners in Austria?');
    expect(austria).toContain('No listed partner in Austria yet.');
    expect(austria).not.toContain('Other service');
    // Asking for a partner without a place or service, in words the program's docs do not answer: /find's first question.
    const anywhere = await chat.send("I'm a client, how do I find an implementation partner?");
    expect(anywhere).toContain('Find a partner');
    expect(anywhere).toMatch(/\[\d+\] Germany \(\d+\)/);
    expect(await chat.send('Where can I find the partner certificate?')).not.toContain('Find a partner');
    // No partner asked for, or none to find: the program's answer.
    expect(await chat.send('How do I find clients in Germany?')).not.toContain('Partners in Germany');
    expect(await chat.send('Do Gold partners in Germany get leads by email?')).not.toContain('Partners in Germany');
  });

  it('takes a language the partners should speak, by its name in English, the reader\'s language or its own', async () => {
    const chat = h.chat({ userId: STRANGER });
    const brazil = await chat.send('/find brazil portuguese');
    expect(brazil).toContain('Partners in Brazil · speaking Portuguese');
    const listed = h.deps.content.current().content.partners.filter((p) => p.country === 'BR' && p.status !== 'bronze');
    for (const p of listed) expect(brazil.includes(p.name)).toBe(p.languages.includes('pt'));
    expect(await chat.send('/find germany french')).toContain('No listed partner in Germany speaks French yet.');
    expect(await chat.send('are there any partners who speak Spanish in the United States?')).toContain('Partners in United States of America · speaking Spanish');
    expect(await h.chat({ userId: 555000203, languageCode: 'de' }).send('/find Deutschland Englisch')).toContain('Partner – Deutschland · spricht Englisch');
  });

  it('never lists a Bronze partner', async () => {
    const reply = await h.chat({ userId: STRANGER }).send('/find licensing');
    const bronze = h.deps.content.current().content.partners.filter((p) => p.status === 'bronze');
    expect(bronze.length).toBeGreaterThan(0);
    for (const p of bronze) expect(reply).not.toContain(p.name);
  });
});

describe('/status and /deadlines for a linked team member', () => {
  it('shows status, discount, progress with a bar and what is missing by when', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER }).send('/status');
    expect(reply).toContain('Lakeshore Workflow Inc.\nSilver since 20 December 2025 · 40% discount');
    expect(reply).toContain('To keep Silver at the annual review on 20 December 2026 (in 26 days)\n❌ $/€5,000 in sales in the review year\n      ████████░░ 76% · $/€3,800 of $/€5,000\n      To do: sell $/€1,200 more by 20 December 2026');
    expect(reply).toContain('To move up to Gold · 1 of 6 met');
    expect(reply).toContain('• A profile in the public partner directory');
    expect(reply).toContain('Next deadline: Annual status review on 20 December 2026 (in 26 days).');
  });

  it('lists every upcoming date, soonest first, with days left', async () => {
    const reply = await h.chat({ userId: LAKESHORE_USER }).send('/deadlines');
    expect(reply).toMatchInlineSnapshot(`
      "Upcoming deadlines for Lakeshore Workflow Inc.

      📅 20 December 2026 · in 26 days
      Annual status review: Annual review of your Silver status
      To do: sell $/€1,200 more by 20 December 2026
      If missed: You move down to Bronze.
      More: Statuses › Annual review <https://partners.example.com/program/statuses/#annual-review>

      📅 9 February 2027 · in 77 days
      NFR on-premise key expiry: NFR Business 50 key claimed 9 February 2026
      To do: ask for an extension
      If missed: The key stops working unless you ask for an extension.
      More: NFR copies › On-premise key <https://partners.example.com/program/nfr/#on-premise-key>

      📅 16 April 2027 · in 143 days
      NFR cloud subscription expiry: NFR cloud subscription claimed 16 October 2024
      To do: ask for an extension
      If missed: The subscription ends unless you ask for an extension.
      More: NFR copies › Cloud subscription <https://partners.example.com/program/nfr/#cloud-subscription>
        [1] 📈 My status

      "
    `);
  });
});

describe('every partner in the sample content', () => {
  it('gets a /status and /deadlines Telegram accepts, naming the partner', async () => {
    const partners = h.deps.content.current().content.partners.filter((p) => p.program.telegram.length > 0);
    expect(partners.length).toBeGreaterThan(20);
    const mark = h.api.calls.length;
    for (const partner of partners) {
      const chat = h.chat({ userId: Number(partner.program.telegram[0]) });
      expect(await chat.send('/status')).toContain(partner.name);
      expect(await chat.send('/deadlines')).toContain(partner.name);
    }
    expect(h.api.calls.slice(mark).filter((c) => c.failedWith)).toEqual([]);
  });
});

describe('admin commands', () => {
  it('/stats counts users and features', async () => {
    const reply = await h.chat({ userId: ADMIN }).send('/stats');
    expect(reply).toMatch(/Users: \d+ \(\d+ active in the last 7 days, 0 blocked the bot\)/);
    expect(reply).toContain('Team members linked in partner files: 66');
    expect(reply).toMatch(/Handled: .*status \d+/);
    expect(reply).toContain('Content: 44 partners, 12 docs pages, rules 2024.1');
  });

  it('/reload reads the content again', async () => {
    expect(await h.chat({ userId: ADMIN }).send('/reload')).toContain('✅ Content reloaded: 44 partners, 12 docs pages, rules version 2024.1.');
  });

  it('is refused to everyone else', async () => {
    expect(await h.chat({ userId: STRANGER }).send('/reload')).toContain("That command is for the bot's admins.");
  });
});

describe('anything else', () => {
  it('answers an unknown command, a sticker and an edited message plainly', async () => {
    const chat = h.chat({ userId: STRANGER });
    expect(await chat.send('/frobnicate')).toContain("I don't know “/frobnicate”. Send /help to see what I can do.");
    const base = { date: 1, chat: { id: STRANGER, type: 'private' as const, first_name: 'S' }, from: { id: STRANGER, is_bot: false, first_name: 'S' } };
    expect(await chat.exchange({ message: { ...base, message_id: 5, sticker: { file_id: 'x', file_unique_id: 'y', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false } } })).toContain('I can only read text messages.');
    expect(await chat.exchange({ edited_message: { ...base, message_id: 6, edit_date: 2, text: 'edited' } })).toContain('I only read new messages.');
  });

  it('stays quiet in a group unless addressed, and ignores other bots\' commands', async () => {
    const group = h.chat({ userId: STRANGER, group: true });
    expect(await group.send('what discount does gold get?')).toBe('');
    expect(await group.send('/start@some_other_bot')).toBe('');
    expect(await group.send('@partner_hub_test_bot what discount does gold get?')).toContain('50%');
  });
});
