/**
 * Free-text questions: about the program, the fact from the rules (or the yes/no it decides)
 * first, then the docs link; about one's own partner, the figure or date from the rules engine;
 * "I don't know" rather than a guess. The corpus (test/corpus.test.ts) measures the many; these
 * pin the shapes a user sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluatePartner, formatDate, formatMoney, formatPercent } from '../../content/index.ts';
import type { Content, Standing } from '../../content/index.ts';
import type { Harness } from './harness.ts';
import { ISARTAL_USER, LAKESHORE_USER, SITE, startHarness, STRANGER, TODAY } from './harness.ts';

let h: Harness;
let content: Content;
let lakeshore: Standing;
beforeAll(async () => {
  h = await startHarness();
  content = h.deps.content.current().content;
  const partner = content.partners.find((p) => p.slug === 'lakeshore-workflow');
  if (!partner) throw new Error('the sample partner lakeshore-workflow is missing');
  lakeshore = evaluatePartner(partner, content.rules, TODAY);
});
afterAll(() => h.close());

const ask = (question: string, userId = STRANGER) => h.chat({ userId }).send(question);
const firstLine = (reply: string) => reply.split('\n')[0];

describe('questions about the program', () => {
  it.each([
    { q: 'How long is the NFR subscription valid?', first: 'The NFR cloud subscription runs for 6 months from when you claim it.', link: 'nfr/#cloud-subscription' },
    { q: 'Can I pay an on-premise renewal with kickstart bonus?', first: 'No.', says: 'They cannot pay for: on-premise edition upgrades, on-premise maintenance renewals', link: 'bonuses/#what-bonuses-can-pay-for' },
    { q: 'What discount does Gold get?', first: 'Gold partners get a 50% discount in the store.', link: 'buying-and-reselling/#buying-in-the-store' },
    { q: 'When is the Bronze deadline?', first: 'Within 90 days of approval, a Bronze partner must do both:', link: 'statuses/#bronze' },
    { q: 'How long do I have to activate a product for a client?', first: "Every product you buy must be activated and registered in your client's name within 7 days of the purchase.", link: 'buying-and-reselling/#activation' },
    { q: 'How much is the kickstart bonus?', first: 'The Kickstart bonus is worth $/€1,000.', link: 'bonuses/#kickstart-bonus' },
    { q: 'Can Bronze partners extend the NFR cloud subscription?', first: 'No.', says: 'Silver and Gold partners can extend the NFR cloud subscription, by 6 months each time; Bronze partners cannot.', link: 'nfr/#cloud-subscription' },
    { q: 'Can Silver partners extend the NFR cloud subscription?', first: 'Yes.', says: 'Silver and Gold partners can extend the NFR cloud subscription', link: 'nfr/#cloud-subscription' },
    { q: 'What is the annual sales target for Silver?', first: 'To keep Silver: $/€5,000 in sales each review year (the 12 months after the status was granted or last confirmed).', link: 'statuses/#sales-targets' },
    { q: 'How many partners can reserve the same implementation request?', first: 'Up to 5 partners can reserve the same request.', link: 'leads/#the-implementation-requests-app' },
    { q: 'Is VAT included in store prices?', first: 'No.', says: 'Store prices never include VAT or sales tax.', link: 'buying-and-reselling/#buying-in-the-store' },
    { q: 'How long does company verification take?', first: 'Company verification takes up to 7 business days.', link: 'joining/#applying' },
    // A heading the question names ("Preliminary review") is the thing asked about, not the annual review; a range is one figure.
    { q: 'how long does the preliminary review take', first: '1 to 7 business days', says: 'The vendor looks over your application within 1 to 7 business days.', link: 'joining/#applying' },
    // A sentence that grants and limits at once answers a question about the limit with its no, and any other without one.
    { q: 'Can I sell below the lowest end-user price?', first: 'No.', says: 'never charge less than the lowest end-user price', link: 'buying-and-reselling/#reselling-to-clients' },
    { q: 'can i change the price i charge clients', first: 'You decide what to charge your client, with one limit: never charge less than the lowest end-user price the vendor\'s website lists for that product. Above that, your pricing is up to you, and you can add sales tax, use tax or VAT on top. Keep the paperwork between you and your client in proper order for every sale.', link: 'buying-and-reselling/#reselling-to-clients' },
    { q: 'how long is the nfr key valid', first: 'An NFR on-premise key is valid for 12 months; Silver and Gold partners can extend it for another 12 months.', link: 'nfr/#on-premise-key' },
    { q: 'Do bronze partners get leads by email?', first: 'No.', says: 'Leads by e-mail go to Silver and Gold partners', link: 'leads/#how-leads-are-shared' },
    { q: 'Do Bronze partners appear in the partner directory?', first: 'No.', says: 'Bronze partners are not.', link: 'joining/#listing-in-the-partner-directory' },
  ])('$q', async ({ q, first, says, link }) => {
    const reply = await ask(q);
    expect(firstLine(reply)).toBe(first);
    if (says) expect(reply).toContain(says);
    expect(reply).toContain(`<${SITE}/program/${link}>`);
  });

  it('answers every part of a question with several', async () => {
    const reply = await ask('How much is the kickstart bonus? And how long is it valid?');
    expect(reply).toContain('The Kickstart bonus is worth $/€1,000.');
    expect(reply).toContain('The Kickstart bonus is valid for 90 days from your acceptance into the program');
  });

  it('gives the consequence of "what happens if"', async () => {
    expect(await ask('What happens if a Silver partner misses the yearly target?')).toContain('A Silver partner who misses the $/€5,000 target at the annual review moves down to Bronze.');
    expect(await ask("What happens if I'm Gold and only sell 12,000 this year?")).toContain("With $/€12,000 you miss Gold's $/€15,000 target: at the review you move down to Silver.");
  });

  it('answers what a Gold partner gets with the benefits, and how to become a partner with the steps', async () => {
    const gold = await ask('What does a Gold partner get?');
    expect(firstLine(gold)).toBe('Gold partners get:');
    for (const b of content.rules.statuses.find((s) => s.id === 'gold')?.benefits ?? []) expect(gold).toContain(b.text);
    const join = await ask('How do I become a partner?');
    expect(firstLine(join)).toBe('1. Send the application form on the partner website. The vendor reviews it within 1 to 7 business days.');
    expect(join).not.toContain('certificate');
  });

  it('shows a list in full with the matching item marked, and the steps of a how-to', async () => {
    const reply = await ask('how do I add employees to the dashboard?');
    expect(reply).toContain('First, the employee registers a user account in the store.');
    expect(reply).toContain('Finally, the vendor approves the profile change');
    expect(reply).toContain(`📖 Joining the program › Your Partner Dashboard <${SITE}/program/joining/#your-partner-dashboard>`);
  });

  it('answers a misspelt question', async () => {
    expect(firstLine(await ask('how long is the nfr subscripton vaild?'))).toBe('The NFR cloud subscription runs for 6 months from when you claim it.');
  });
});

describe('questions the rules and docs do not answer', () => {
  it.each([
    'What is the weather in Paris tomorrow?',
    'best pizza recipe',
    'Who won the world cup in 2022?',
    'How do I reset my password?',
    'Who is the CEO of the vendor?',
    'What is the support phone number?',
    'What time does support open?',
    'What is the vendor address?',
  ])('%s: says it does not know and links the docs', async (q) => {
    const reply = await ask(q);
    expect(reply).toContain("🤷 I don't know that one, and I'd rather not guess.");
    expect(reply).toContain(`the program docs <${SITE}/program/>`);
  });
});

describe('questions about one\'s own partner', () => {
  it('answers a linked team member with the figure or date from the rules engine, and the /status or /deadlines button', async () => {
    const chat = h.chat({ userId: LAKESHORE_USER });
    const review = await chat.send('when is my review?');
    expect(firstLine(review)).toContain(`Your annual review is on ${formatDate(lakeshore.keep?.by ?? '')}`);
    expect(review).toContain('[1] 📅 My deadlines');
    expect(firstLine(await chat.send('what\'s my discount?'))).toBe(`Your discount is ${formatPercent(lakeshore.discount)}, as a Silver partner.`);
    const sales = lakeshore.keep?.requirements.find((r) => r.requirement.kind === 'sales')?.progress;
    const gap = formatMoney(content.rules, (sales?.target ?? 0) - (sales?.current ?? 0));
    expect(await chat.send('how much more do I need to sell?')).toContain(`: ${gap} more in sales.`);
    const gold = await chat.send('what do I still need for Gold?');
    expect(firstLine(gold)).toMatch(/^To move up to Gold \(\d of \d met\) you still need to:$/);
    expect(gold).toContain('[1] 📈 My status');
    // One amount over the same days counts toward keeping the status and toward the next: said once.
    const sold = await chat.send('how much have I sold?');
    const figure = lakeshore.sales[0];
    expect(sold).toContain(`${formatMoney(content.rules, figure?.counted ?? 0)} from ${formatDate(figure?.window.from ?? '')} to ${formatDate(figure?.window.to ?? '')}`);
    expect(sold.split(formatMoney(content.rules, figure?.counted ?? 0)).length).toBe(2);
    expect(sold).toContain('toward keeping Silver');
    expect(sold).toContain('toward reaching Gold');
  });

  it('answers "where do we stand?" with what /status shows, and someone not linked with how to link', async () => {
    const chat = h.chat({ userId: LAKESHORE_USER });
    const status = await chat.send('/status');
    expect(status).toContain('Lakeshore Workflow');
    expect(await chat.send('where do we stand?')).toBe(status);
    const stranger = await ask('where do we stand?');
    expect(stranger).toContain('once your Telegram account is linked');
    expect(stranger).not.toContain('In general');
  });

  it('answers a Bronze partner asking about Gold with Silver first, then what Gold will still ask', async () => {
    const partner = content.partners.find((p) => p.slug === 'donaukanal-edv');
    if (!partner || partner.status !== 'bronze') throw new Error('the sample partner donaukanal-edv is missing or no longer Bronze');
    const standing = evaluatePartner(partner, content.rules, TODAY);
    const silver = standing.next?.requirements ?? [];
    const chat = h.chat({ userId: Number(partner.program.telegram[0]) });
    const gold = (await chat.send('what do I still need for Gold?')).split('\n');
    expect(gold[0]).toBe('Gold comes after Silver: partners move up one status at a time.');
    expect(gold[1]).toBe(`To move up to Silver (${silver.filter((r) => r.met).length} of ${silver.length} met) you still need to:`);
    const then = gold.findIndex((line) => line.startsWith('Then, as a Silver partner, for Gold'));
    expect(gold.slice(2, then)).toHaveLength(silver.filter((r) => !r.met).length);
    // Sales as a Silver partner count once it is Silver: all of Gold's 10,000 is still ahead.
    expect(gold.slice(then + 1)).toContain(`• sell ${formatMoney(content.rules, 10_000)} more to reach ${formatMoney(content.rules, 10_000)} in sales as a Silver partner over the last 12 months`);
    expect(gold.slice(then + 1)).toContain('• submit a case study of a recent project');
    expect(firstLine(await chat.send('can we become Gold?'))).toBe('Not yet. Gold comes after Silver: partners move up one status at a time.');
    // Asked about the next status itself, the answer is the same as before: Silver alone.
    expect(await chat.send('what do I still need for Silver?')).not.toContain('Gold');
  });

  it('tells someone not linked how to link, with the general rule', async () => {
    const reply = await ask('when is my review?');
    expect(reply).toContain(`add your Telegram user id ${STRANGER} to your company's partner file`);
    expect(reply).toContain('Silver and Gold are reviewed every 12 months');
  });

  it('never says anything private in a group, even to a linked member', async () => {
    const group = h.chat({ userId: ISARTAL_USER, group: true });
    const reply = await group.send(`@${h.bot.botInfo.username} when is my review?`);
    expect(reply).toContain('only in a private chat');
    expect(reply).not.toMatch(/\d{4}/);
  });

  it('gives a linked user the same public answers', async () => {
    expect(firstLine(await ask('What discount does Gold get?', LAKESHORE_USER))).toBe('Gold partners get a 50% discount in the store.');
  });
});

describe('other free text', () => {
  it('lists the sections about a one-word topic', async () => {
    const reply = await ask('NFR');
    expect(firstLine(reply)).toBe('Here\'s where the docs talk about “NFR”:');
    expect(reply).toContain(`• NFR copies › What NFR copies are for <${SITE}/program/nfr/#what-nfr-copies-are-for>`);
  });

  it('answers a greeting, a bare number and a very long message with a hint', async () => {
    expect(await ask('hello!')).toContain('Ask me anything about the program in your own words');
    expect(await ask('42')).toContain('Ask me anything about the program in your own words');
    expect(await ask(`What about ${'this and that, '.repeat(60)}?`)).toContain('Please ask one short question at a time.');
  });

  it('escapes what the user wrote when quoting it', async () => {
    const reply = await ask('NFR <&>');
    expect(reply).toContain('“NFR <&>”');
    const call = h.api.calls.filter((c) => c.method === 'sendMessage').at(-1);
    expect(String(call?.params.text)).toContain('“NFR &lt;&amp;&gt;”');
  });
});
