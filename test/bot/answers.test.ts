/** Free-text questions: the figure or yes/no first, the passage, and a link to the docs section; or "I don't know". */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness.ts';
import { LAKESHORE_USER, SITE, startHarness, STRANGER } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const ask = (question: string, userId = STRANGER) => h.chat({ userId }).send(question);
const firstLine = (reply: string) => reply.split('\n')[0];

describe('questions the docs answer', () => {
  it.each([
    { q: 'How long is the NFR subscription valid?', first: '6 months', says: 'The subscription first runs for 6 months from when you claim it.', link: 'nfr/#cloud-subscription' },
    { q: 'Can I pay an on-premise renewal with kickstart bonus?', first: 'No.', says: '👉 Renewals of on-premise maintenance', link: 'bonuses/#what-bonuses-can-pay-for' },
    { q: 'What discount does Gold get?', first: '50%', says: 'Gold · Discount: 50%', link: 'buying-and-reselling/#buying-in-the-store' },
    { q: 'When is the Bronze deadline?', first: '90 days', says: 'You need both the tutorial and a claimed NFR cloud subscription within 90 days of approval.', link: 'statuses/#how-we-read-the-rules' },
    { q: 'How long do I have to activate a product for a client?', first: '7 days', says: 'activated and registered in your client\'s name within 7 days of the purchase date', link: 'buying-and-reselling/#activation' },
    { q: 'How much is the kickstart bonus?', first: '$/€1,000', says: 'can apply for a Kickstart bonus worth $/€1,000', link: 'bonuses/#kickstart-bonus' },
    { q: 'Can Bronze partners extend the NFR cloud subscription?', first: 'No.', says: "👉 Bronze partners can't extend it.", link: 'nfr/#cloud-subscription' },
    { q: 'Can Silver partners extend the NFR cloud subscription?', first: 'Yes.', says: '👉 Silver and Gold partners can extend it, by another 6 months each time.', link: 'nfr/#cloud-subscription' },
    { q: 'What is the annual sales target for Silver?', first: '$/€5,000', says: 'Silver · To keep it each year: $/€5,000', link: 'statuses/#sales-targets' },
    { q: 'How many partners can reserve the same implementation request?', first: '5', says: 'Up to 5 partners can reserve the same request', link: 'leads/#the-implementation-requests-app' },
    { q: 'Is VAT included in store prices?', first: 'No.', says: 'Store prices never include VAT or sales tax.', link: 'buying-and-reselling/#buying-in-the-store' },
    { q: 'How long does company verification take?', first: '7 business days', says: 'Verification takes up to 7 business days.', link: 'joining/#applying' },
    { q: 'how long is the nfr key valid', first: '12 months', says: 'A key is valid for 12 months.', link: 'nfr/#on-premise-key' },
    { q: 'Do bronze partners get leads by email?', first: 'No.', says: 'Bronze · E-mail and other channels: No', link: 'leads/#how-leads-are-shared' },
  ])('$q', async ({ q, first, says, link }) => {
    const reply = await ask(q);
    expect(firstLine(reply)).toBe(first);
    expect(reply).toContain(says);
    expect(reply).toContain(`<${SITE}/program/${link}>`);
  });

  it('shows a list in full with the matching item marked, and the steps of a how-to', async () => {
    const reply = await ask('how do I add employees to the dashboard?');
    expect(reply).toContain('• First, the employee registers a user account in the store.');
    expect(reply).toContain('👉 Finally, the vendor approves the profile change');
    expect(reply).toContain(`📖 Joining the program › Your Partner Dashboard <${SITE}/program/joining/#your-partner-dashboard>`);
  });

  it('answers a misspelt question', async () => {
    expect(firstLine(await ask('how long is the nfr subscripton valid?'))).toBe('6 months');
  });

  it('gives no yes or no when the passage says both', async () => {
    const reply = await ask('Do Bronze partners appear in the partner directory?');
    expect(firstLine(reply)).toMatch(/^Silver and Gold <.*> partners appear in the public partner directory; Bronze partners do not\./);
  });
});

describe('questions the docs do not answer', () => {
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

describe('other free text', () => {
  it('lists the sections about a one-word topic', async () => {
    expect(await ask('NFR')).toBe(`Here's where the docs talk about “NFR”:
• NFR copies › What NFR copies are for <${SITE}/program/nfr/#what-nfr-copies-are-for>
• NFR copies › Cloud subscription <${SITE}/program/nfr/#cloud-subscription>
• NFR copies › On-premise key <${SITE}/program/nfr/#on-premise-key>

`);
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

  it('gives a linked user the same public answers', async () => {
    expect(firstLine(await ask('What discount does Gold get?', LAKESHORE_USER))).toBe('50%');
  });
});
