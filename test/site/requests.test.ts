/**
 * The request form and the private page over HTTP: every field's message next to it with what was
 * typed kept, a request stored before the confirmation, robots refused (honeypot, too fast, a
 * forged or stale start time, a cross-site post, too large a post, too many from one address),
 * the private page (state, withdraw, erase, choose) never cached and never shown without its token.
 */
import { DatabaseSync } from 'node:sqlite';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { STORE_FILE } from '../../bot/store/sqlite.ts';
import { postForm, privatePath, requestBody, started, VALID } from './request-form.ts';
import type { RunningSite } from './serve.ts';
import { startSite } from './serve.ts';

const base = inject('baseUrl');
const servers: RunningSite[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** The request rows the test server's store holds for `email` (read beside the running server). */
function storedFor(email: string): { reference: string; city: string }[] {
  const db = new DatabaseSync(path.join(inject('dataDir'), STORE_FILE), { readOnly: true });
  try {
    return db.prepare(`SELECT r.reference, r.city FROM lead_requests r JOIN lead_contacts c ON c.request_id = r.id WHERE c.email = ?`).all(email) as { reference: string; city: string }[];
  } finally {
    db.close();
  }
}

/** The text of the element with `id`, without markup. */
const textOf = (html: string, id: string) => (new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? '').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('the request form', () => {
  it('is a page of its own, never cached, with every field, and says who is asked first', async () => {
    const response = await fetch(`${base}/request/?partner=isartal-systems`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    for (const id of ['name', 'company', 'email', 'phone', 'country', 'city', 'kind', 'language', 'description', 'consent']) expect({ id, found: html.includes(`id="${id}"`) }).toEqual({ id, found: true });
    expect(html).toContain('Isartal Systems GmbH receives your request first.');
    expect(html).toContain('name="addressedTo" value="isartal-systems"');
    expect(html).toContain('href="/program/leads/#privacy-notice-for-clients"');
    // Each kind of request from the rules, and no Bronze partner addressed.
    expect(html).toContain('>Telephony or VoIP set-up</option>');
    expect(await (await fetch(`${base}/request/?partner=palermo-soft`)).text()).toContain('The partner in the link is not in the directory');
  });

  it('puts every problem next to its field, keeps what was typed, and stores nothing', async () => {
    const response = await postForm(base, '/request/', requestBody({
      name: '', company: 'x'.repeat(121), email: 'marta@', phone: '12', country: '', city: 'Kraków', kind: '', language: 'xx', consent: '',
      description: 'Call me on +48 12 555 01 77 to talk about the integration.',
    }));
    expect(response.status).toBe(422);
    const html = await response.text();
    expect({
      name: textOf(html, 'name-error'), company: textOf(html, 'company-error'), email: textOf(html, 'email-error'), phone: textOf(html, 'phone-error'),
      country: textOf(html, 'country-error'), kind: textOf(html, 'kind-error'), language: textOf(html, 'language-error'),
      description: textOf(html, 'description-error'), consent: textOf(html, 'consent-error'),
    }).toMatchInlineSnapshot(`
      {
        "company": "Keep it to 120 characters or fewer; this has 121.",
        "consent": "Tick the box to agree to the privacy notice: without it we cannot pass your request on.",
        "country": "Choose your country.",
        "description": "Leave your e-mail address and phone number out of the description: partners read it before they take your request, and get your contact details only once they do.",
        "email": "Enter an e-mail address like name@company.com.",
        "kind": "Choose what you need.",
        "language": "Choose a language from the list.",
        "name": "Enter your name.",
        "phone": "Enter a phone number partners can call, like +49 30 5550 1234, or leave it empty.",
      }
    `);
    expect(html).toContain('value="Kraków"');
    expect(html).toContain('Call me on +48 12 555 01 77 to talk about the integration.</textarea>');
    expect(html).toContain('9 fields need a look');
    expect(html).not.toContain('id="city-error"');
  });

  it('names a quick person\'s mistakes, not their speed: the timing only matters for a post that would be taken', async () => {
    const html = await (await postForm(base, '/request/', requestBody({ name: '' }, started(100)))).text();
    expect(textOf(html, 'name-error')).toBe('Enter your name.');
    expect(html).not.toContain('quicker than a person types');
  });

  it('stores a valid request and only then answers with its private page', async () => {
    const email = `stored.${Date.now()}@logistyka.example`;
    const response = await postForm(base, '/request/', requestBody({ email, city: 'Gdańsk' }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/request\/[\w-]{43}\/\?sent=1$/);
    const [stored] = storedFor(email);
    expect(stored?.city).toBe('Gdańsk');
    const page = await fetch(`${base}${response.headers.get('location')}`);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('x-robots-tag')).toContain('noindex');
    const html = await page.text();
    expect(html).toContain('Thank you: your request is in.');
    expect(html).toContain(`Your request ${stored?.reference}`);
    expect(html).toContain(`${privatePath(response)}</code>`);
    expect(html).not.toContain(email);
    expect(html).not.toContain(VALID.name);
  });

  it.each([
    { case: 'the honeypot filled in', body: () => requestBody({ website: 'https://spam.example' }), status: 400, says: 'it looked automated' },
    { case: 'sent faster than a person types', body: () => requestBody({}, started(100)), status: 400, says: 'quicker than a person types' },
    { case: 'a forged start time', body: () => requestBody({}, started(10_000, 'another-secret-0123456789abcdef0123')), status: 400, says: 'too old, or it came from somewhere else' },
    { case: 'a start time from yesterday', body: () => requestBody({}, started(25 * 3_600_000)), status: 400, says: 'too old, or it came from somewhere else' },
  ])('refuses a robot: $case', async ({ body, status, says }) => {
    const email = `robot.${Math.random()}@spam.example`;
    const response = await postForm(base, '/request/', new URLSearchParams({ ...Object.fromEntries(body()), email }));
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(says);
    expect(storedFor(email)).toEqual([]);
  });

  it('refuses a post from another site, and one too large', async () => {
    expect((await postForm(base, '/request/', requestBody(), { Origin: 'https://elsewhere.example' })).status).toBe(403);
    expect((await postForm(base, '/request/', requestBody({ description: 'd'.repeat(20_000) }))).status).toBe(413);
  });

  it('takes at most REQUEST_RATE_LIMIT requests an hour from one address', async () => {
    const site = await startSite({ REQUEST_RATE_LIMIT: '2', FORM_SECRET: inject('formSecret') });
    servers.push(site);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await postForm(site.url, '/request/', requestBody({ email: `limit${i}@logistyka.example` }))).status);
    expect(statuses).toEqual([303, 303, 429]);
    const refused = await postForm(site.url, '/request/', requestBody());
    expect(await refused.text()).toContain('You have sent 2 requests within the last hour');
  });

  it('counts each client behind a trusted load balancer apart, and believes no one else\'s X-Forwarded-For', async () => {
    const behind = await startSite({ REQUEST_RATE_LIMIT: '1', FORM_SECRET: inject('formSecret'), TRUSTED_PROXIES: '127.0.0.1' });
    const open = await startSite({ REQUEST_RATE_LIMIT: '1', FORM_SECRET: inject('formSecret') });
    servers.push(behind, open);
    const send = async (url: string, i: number, forwarded: string) => (await postForm(url, '/request/', requestBody({ email: `hop${i}@logistyka.example` }), { 'X-Forwarded-For': forwarded })).status;
    // Behind the balancer (this test's loopback address): the address it appended is the client.
    expect(await send(behind.url, 1, '203.0.113.5')).toBe(303);
    expect(await send(behind.url, 2, '203.0.113.5')).toBe(429);
    expect(await send(behind.url, 3, '203.0.113.6')).toBe(303);
    // What a client wrote itself stands left of the balancer's hop and changes nothing.
    expect(await send(behind.url, 4, '198.51.100.1, 203.0.113.6')).toBe(429);
    // Without trusted proxies the header is not read at all: one connection's address, one count.
    expect(await send(open.url, 5, '203.0.113.7')).toBe(303);
    expect(await send(open.url, 6, '203.0.113.8')).toBe(429);
  });
});

describe('the private page', () => {
  /** A new request's private path. */
  async function newRequest(values: Record<string, string> = {}): Promise<string> {
    const response = await postForm(base, '/request/', requestBody(values));
    expect(response.status).toBe(303);
    return privatePath(response);
  }

  it('shows one request only to its own link: another token, a shortened one or a made-up one opens nothing', async () => {
    const a = await newRequest({ city: 'Łódź' });
    const b = await newRequest({ city: 'Poznań' });
    const pageA = await (await fetch(base + a)).text();
    expect(pageA).toContain('Łódź');
    expect(pageA).not.toContain('Poznań');
    const token = a.split('/')[2] ?? '';
    for (const wrong of [`/request/${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}/`, `/request/${token.slice(0, 20)}/`, '/request/constructor/']) {
      const response = await fetch(base + wrong);
      expect({ wrong, status: response.status }).toEqual({ wrong, status: 404 });
    }
    expect(b).not.toBe(a);
  });

  it('says the request is on its way, and withdraws it', async () => {
    const here = await newRequest();
    expect(await (await fetch(base + here)).text()).toContain('It is on its way to the partners.');
    const withdrawn = await postForm(base, here, new URLSearchParams({ action: 'withdraw' }));
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.headers.get('location')).toBe(`${here}?done=withdrawn`);
    const html = await (await fetch(base + (withdrawn.headers.get('location') ?? ''))).text();
    expect(html).toContain('Your request is withdrawn.');
    expect(html).toMatch(/You withdrew it on \d+ \w+ \d{4}: no more partners can take it\./);
    expect(html).not.toContain('Withdraw my request');
  });

  it('erases the contact details at once', async () => {
    const email = `erase.${Date.now()}@logistyka.example`;
    const here = await newRequest({ email });
    expect(storedFor(email)).toHaveLength(1);
    const erased = await postForm(base, here, new URLSearchParams({ action: 'erase' }));
    expect(erased.headers.get('location')).toBe(`${here}?done=erased`);
    expect(storedFor(email)).toEqual([]);
    expect(await (await fetch(base + here)).text()).toMatch(/Your contact details were erased on/);
  });

  it('refuses a choice of a partner that did not reserve it, and actions from another site', async () => {
    const here = await newRequest();
    expect((await postForm(base, here, new URLSearchParams({ action: 'choose', partner: 'isartal-systems' }))).status).toBe(422);
    expect((await postForm(base, here, new URLSearchParams({ action: 'withdraw' }), { Origin: 'https://elsewhere.example' })).status).toBe(403);
    expect(await (await fetch(base + here)).text()).toContain('Withdraw my request');
  });
});
