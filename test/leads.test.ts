/** Implementation requests in the content module: who receives one, the rating, the offer order, a client's form. */
import { beforeAll, describe, expect, it } from 'vitest';
import { eligiblePartners, leadBarrier, offerOrder, partnerRating, readRequest, unlockedAt } from '../content/index.ts';
import type { Partner, ReportedOutcome, Rules } from '../content/index.ts';
import { makePartner, rulesWith, shippedRules } from './helpers.ts';

let rules: Rules;
beforeAll(async () => {
  rules = await shippedRules();
});

const AS_OF = '2026-11-24';
const done = { courses: { tutorial: '2026-01-20' }, nfr: [{ kind: 'cloud' as const, claimed: '2026-01-15', extensions: 0 }] };

/** A partner of `status` in Germany with `services`, approved on 2026-01-10. */
function partner(slug: string, status: string, extra: Partial<Partner['program']> = {}, services = ['licensing', 'training'], country = 'DE'): Partner {
  return makePartner({ slug, name: slug, status, country, services }, { ...done, ...extra });
}

describe('who receives a request', () => {
  it.each([
    { case: 'Silver in the country with the service', p: () => partner('a', 'silver'), target: { country: 'DE', kind: 'training' }, barrier: null },
    { case: 'Gold', p: () => partner('a', 'gold'), target: { country: 'DE', kind: 'purchase' }, barrier: null },
    { case: 'Bronze after the tutorial', p: () => partner('a', 'bronze'), target: { country: 'DE', kind: 'training' }, barrier: null },
    { case: 'Bronze before the tutorial (within its first period)', p: () => partner('a', 'bronze', { courses: {} }), target: { country: 'DE', kind: 'training' }, barrier: 'no-access', asOf: '2026-02-01' },
    { case: 'Bronze whose first period lapsed', p: () => partner('a', 'bronze', { nfr: [] }), target: { country: 'DE', kind: 'training' }, barrier: 'no-access' },
    { case: 'another country', p: () => partner('a', 'silver'), target: { country: 'AT', kind: 'training' }, barrier: 'location' },
    { case: 'an extra location', p: () => partner('a', 'silver', { locations: ['AT', 'CH'] }), target: { country: 'CH', kind: 'training' }, barrier: null },
    { case: 'a service it does not list', p: () => partner('a', 'silver'), target: { country: 'DE', kind: 'telephony' }, barrier: 'service' },
    { case: 'a kind the rules do not have', p: () => partner('a', 'silver'), target: { country: 'DE', kind: 'constructor' }, barrier: 'service' },
    { case: 'asked for by the client, from elsewhere and for another service', p: () => partner('a', 'silver'), target: { country: 'FR', kind: 'telephony', addressedTo: 'a' }, barrier: null },
    { case: 'asked for by the client, without access', p: () => partner('a', 'bronze', { nfr: [] }), target: { country: 'DE', kind: 'training', addressedTo: 'a' }, barrier: 'no-access' },
    { case: 'another partner asked for', p: () => partner('a', 'silver'), target: { country: 'FR', kind: 'training', addressedTo: 'b' }, barrier: 'location' },
  ])('$case: $barrier', ({ p, target, barrier, asOf }) => {
    expect(leadBarrier(p(), rules, target, asOf ?? AS_OF)).toBe(barrier);
  });

  it('follows the benefits of the rules data, not status names', async () => {
    const noBronze = await rulesWith((r) => {
      r.leads.requests.benefits = ['leads'];
    });
    expect(leadBarrier(partner('a', 'bronze'), noBronze, { country: 'DE', kind: 'training' }, AS_OF)).toBe('no-access');
    expect(leadBarrier(partner('a', 'silver'), noBronze, { country: 'DE', kind: 'training' }, AS_OF)).toBeNull();
  });

  it('lists the eligible partners only', () => {
    const partners = [partner('in', 'silver'), partner('elsewhere', 'silver', {}, ['training'], 'FR'), partner('no-training', 'gold', {}, ['licensing']), partner('extra', 'gold', { locations: ['DE'] }, ['training'], 'AT')];
    expect(eligiblePartners(partners, rules, { country: 'DE', kind: 'training' }, AS_OF).map((p) => p.slug)).toEqual(['in', 'extra']);
    expect(eligiblePartners(partners, rules, { country: 'DE', kind: 'training', addressedTo: 'elsewhere' }, AS_OF).map((p) => p.slug)).toEqual(['in', 'elsewhere', 'extra']);
  });
});

describe('the rating', () => {
  const outcomes = (won: number, lost: number, on = '2026-10-01'): ReportedOutcome[] => [
    ...Array.from({ length: won }, () => ({ outcome: 'won' as const, on })),
    ...Array.from({ length: lost }, () => ({ outcome: 'lost' as const, on })),
  ];

  // Shipped: neutral 50% weighing 2 outcomes; 3 at once from 0%, 5 from 40%, 10 from 70%.
  it.each([
    { won: 0, lost: 0, percent: 50, unlocked: 5 },
    { won: 1, lost: 0, percent: 67, unlocked: 5 },
    { won: 0, lost: 1, percent: 33, unlocked: 3 },
    { won: 2, lost: 0, percent: 75, unlocked: 10 },
    { won: 1, lost: 2, percent: 40, unlocked: 5 },
    { won: 0, lost: 4, percent: 17, unlocked: 3 },
    { won: 10, lost: 0, percent: 92, unlocked: 10 },
    { won: 30, lost: 10, percent: 74, unlocked: 10 },
  ])('$won won, $lost lost: $percent%, $unlocked at once', ({ won, lost, percent, unlocked }) => {
    const rating = partnerRating(outcomes(won, lost), rules, AS_OF);
    expect({ percent: rating.percent, unlocked: rating.unlocked, won: rating.won, lost: rating.lost }).toEqual({ percent, unlocked, won, lost });
  });

  it.each([
    { percent: 0, unlocked: 3, next: 40 }, { percent: 39, unlocked: 3, next: 40 }, { percent: 40, unlocked: 5, next: 70 },
    { percent: 69, unlocked: 5, next: 70 }, { percent: 70, unlocked: 10, next: null }, { percent: 100, unlocked: 10, next: null },
  ])('a rating of $percent% unlocks $unlocked', ({ percent, unlocked, next }) => {
    const at = unlockedAt(rules, percent);
    expect({ unlocked: at.unlocked, next: at.nextStep?.minPercent ?? null }).toEqual({ unlocked, next });
  });

  it.each([
    { on: '2025-11-24', counted: false, why: 'the day before the window' },
    { on: '2025-11-25', counted: true, why: 'the first day of the window' },
    { on: '2026-11-24', counted: true, why: 'the day itself' },
    { on: '2026-11-25', counted: false, why: 'after the day' },
  ])('an outcome on $on ($why) counted: $counted', ({ on, counted }) => {
    expect(partnerRating([{ outcome: 'won', on }], rules, AS_OF).won).toBe(counted ? 1 : 0);
  });

  it('counts the window across a leap day', () => {
    const rating = partnerRating([{ outcome: 'lost', on: '2024-03-01' }, { outcome: 'won', on: '2024-02-29' }], rules, '2025-02-28');
    expect(rating.window).toEqual({ from: '2024-02-29', to: '2025-02-28' });
    expect({ won: rating.won, lost: rating.lost }).toEqual({ won: 1, lost: 1 });
  });
});

describe('the order partners are offered a request', () => {
  const candidate = (slug: string, rating: number, status = 'silver', addressed = false) => ({ partner: partner(slug, status), rating, status, addressed });

  it('puts the partner the client asked first, then by rating, then by status, then by name', () => {
    const order = offerOrder([
      candidate('b-silver-50', 50), candidate('a-silver-50', 50), candidate('gold-50', 50, 'gold'), candidate('silver-80', 80),
      candidate('asked-30', 30, 'bronze', true),
    ], rules);
    expect(order.map((c) => c.partner.slug)).toEqual(['asked-30', 'silver-80', 'gold-50', 'a-silver-50', 'b-silver-50']);
  });

  it('follows offerOrder in the rules data', async () => {
    const statusFirst = await rulesWith((r) => {
      r.leads.rating.offerOrder = ['status', 'rating'];
    });
    const order = offerOrder([candidate('silver-80', 80), candidate('gold-50', 50, 'gold'), candidate('asked', 10, 'bronze', true)], statusFirst);
    expect(order.map((c) => c.partner.slug)).toEqual(['gold-50', 'silver-80', 'asked']);
  });
});

describe("a client's request form", () => {
  const valid = {
    name: 'Ana Souza', company: 'Souza Transportes', email: 'ana@souza.example', phone: '', country: 'BR', city: 'Campinas',
    kind: 'workflow-automation', language: 'pt', description: 'We need approvals for purchase orders in our CRM, about 40 users.',
  };
  const read = (values: Record<string, string>) => readRequest({ ...valid, ...values }, rules, { languages: ['en', 'pt', 'de'], partners: new Set(['paulista-integra']) });
  const problems = (values: Record<string, string>) => Object.fromEntries(read(values).problems);

  it('reads a valid request, with a national phone number in international format', () => {
    expect(read({ phone: '(19) 3555-0123', addressedTo: 'paulista-integra' }).request).toEqual({
      ...valid, phone: '+55 19 3555 0123', addressedTo: 'paulista-integra',
    });
  });

  it('names every problem by field, all at once', () => {
    expect(problems({
      name: '', company: 'x'.repeat(121), email: 'ana@', phone: '12', country: 'Brazil', city: 'Campinas\nSP', kind: 'constructor', language: 'xx', description: 'Help',
    })).toEqual({
      name: { code: 'required' }, company: { code: 'too-long', max: 120, length: 121 }, email: { code: 'email' }, phone: { code: 'phone' },
      country: { code: 'unknown' }, city: { code: 'one-line' }, kind: { code: 'unknown' }, language: { code: 'unknown' }, description: { code: 'too-short', min: 20 },
    });
  });

  it.each([
    'Call me at +55 19 3555 0123 about the approvals, please.',
    'Write to ana@souza.example about the approvals, please.',
    'Our number is 019 35550123, we need approvals set up.',
  ])('refuses contact details in the description: %s', (description) => {
    expect(problems({ description })).toEqual({ description: { code: 'contact-in-description' } });
  });

  it('keeps a description with figures that are not a phone number', () => {
    expect(read({ description: 'About 40 users in 3 offices, since 2019; budget 12,000.' }).request).toBeDefined();
  });

  it('ignores a request addressed to a partner that is not listed', () => {
    expect(read({ addressedTo: 'palermo-soft' }).request?.addressedTo).toBeUndefined();
  });
});
