/**
 * The request form in a real browser (Debian's chromium), without and with JavaScript: a client
 * sees every message on bad input, fixes it, and reaches the confirmation on the private page; a
 * robot that fills in the hidden field is refused; the form and its messages pass axe.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { openSqliteStore } from '../../bot/store/sqlite.ts';
import { postForm, privatePath, requestBody, VALID } from './request-form.ts';

const base = inject('baseUrl');
/** A person takes at least this long (the server's REQUEST_MIN_FILL_SECONDS default is 3), with a margin. */
const PERSON_MS = 3300;
let browser: Browser;
let axeSource: string;

beforeAll(async () => {
  browser = await launchBrowser();
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, javaScriptEnabled: boolean): Promise<{ page: Page; openedAt: number }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + path);
  return { page, openedAt: Date.now() };
}

/** Fills in the whole form with a valid request. */
async function fillValid(page: Page, values: Partial<typeof VALID> = {}): Promise<void> {
  const v = { ...VALID, ...values };
  await page.getByLabel('Your name').fill(v.name);
  await page.getByLabel('Company').fill(v.company);
  await page.getByLabel('E-mail').fill(v.email);
  await page.getByLabel('Phone (optional)').fill(v.phone);
  await page.getByLabel('Country').selectOption(v.country);
  await page.getByLabel('City').fill(v.city);
  await page.getByLabel('What you need').selectOption(v.kind);
  await page.getByLabel('Preferred language').selectOption(v.language);
  await page.getByLabel('Describe your project').fill(v.description);
  await page.getByLabel(/I have read the privacy notice/).check();
}

/** Presses Send and waits for the page the server answered the post with. */
async function send(page: Page): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/request/'),
    page.getByRole('button', { name: 'Send my request' }).click(),
  ]);
  await page.waitForLoadState('load');
}

/** Waits until a person could have filled in the form opened at `openedAt`. */
const asAPerson = (openedAt: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, openedAt + PERSON_MS - Date.now())));

// A browser on a busy machine: each test waits for a person's pace, so give them room.
describe.each([false, true])('the request form, JavaScript %s', { timeout: 40_000 }, (javaScript) => {
  it('shows every message on bad input, keeps what was typed, then confirms the fixed request', async () => {
    const { page, openedAt } = await open('/partners/', javaScript);
    await page.getByRole('link', { name: 'Request an implementation' }).click();
    await page.waitForURL(/\/request\/$/);
    await page.getByLabel('City').fill('Wrocław');
    await page.getByLabel('E-mail').fill('marta@');
    await send(page);
    const messages = Object.fromEntries(await Promise.all(['name', 'company', 'email', 'country', 'kind', 'language', 'description', 'consent']
      .map(async (id) => [id, await page.locator(`#${id}-error`).innerText()] as const)));
    expect(messages).toEqual({
      name: 'Enter your name.', company: "Enter your company's name.", email: 'Enter an e-mail address like name@company.com.',
      country: 'Choose your country.', kind: 'Choose what you need.', language: 'Choose a language.', description: 'Describe what you need.',
      consent: 'Tick the box to agree to the privacy notice: without it we cannot pass your request on.',
    });
    expect(await page.getByLabel('City').inputValue()).toBe('Wrocław');
    expect(await page.getByLabel('E-mail').getAttribute('aria-invalid')).toBe('true');
    if (javaScript) expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-summary'))).toBe(true);

    await fillValid(page, { city: 'Wrocław' });
    await asAPerson(openedAt);
    await page.getByRole('button', { name: 'Send my request' }).click();
    await page.waitForURL(/\/request\/[\w-]{43}\/\?sent=1$/);
    expect(await page.getByRole('status').innerText()).toBe('Thank you: your request is in.');
    expect(await page.locator('h1').innerText()).toMatch(/^Your request R-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await page.locator('[data-private-link]').innerText()).toContain(new URL(page.url()).pathname);
    expect(await page.content()).not.toContain(VALID.email);
    await page.context().close();
  });

  it('refuses a robot that fills in the hidden field', async () => {
    const { page, openedAt } = await open('/request/', javaScript);
    await fillValid(page, { email: `robot.${javaScript}@spam.example` });
    // Out of sight and out of the tab order for a person; a robot fills in every field.
    expect((await page.locator('#website').boundingBox())?.x).toBeLessThan(0);
    expect(await page.locator('#website').getAttribute('tabindex')).toBe('-1');
    await page.locator('#website').fill('https://spam.example', { force: true });
    await asAPerson(openedAt);
    await send(page);
    expect(page.url()).toBe(`${base}/request/`);
    expect(await page.locator('#form-error').innerText()).toContain('This request was not sent: it looked automated.');
    await page.context().close();
  });
});

describe('the private page in a browser without JavaScript', () => {
  it('withdraws the request, and records the partner the client chose among those who reserved it', async () => {
    const chosen = privatePath(await postForm(base, '/request/', requestBody({ city: 'Katowice' })));
    const withdrawn = privatePath(await postForm(base, '/request/', requestBody({ city: 'Lublin' })));
    // A partner reserves the first, as the bot would, in the server's own store.
    const store = openSqliteStore(inject('dataDir'));
    const view = await store.leads.view(chosen.split('/')[2] ?? '', new Date());
    const request = await store.leads.byReference(view?.reference ?? '');
    await store.leads.reserve({ requestId: request?.id ?? 0, partner: 'wislany-soft', partnerName: 'Wislany Soft sp. z o.o.', userId: 1, at: new Date(), maxPartners: 5, maxInProgress: 5 });
    await store.close();

    const { page } = await open(chosen, false);
    const state = await page.locator('section').innerText();
    expect(state).toContain('1 partner has taken it (at most 5 can), and will contact you:');
    expect(state).toContain('Wislany Soft sp. z o.o. · partner page');
    expect(state).not.toContain('It is on its way');
    await page.getByLabel('Wislany Soft sp. z o.o.').check();
    await page.getByRole('button', { name: 'This is my choice' }).click();
    await page.waitForURL(/\?done=chosen$/);
    expect(await page.getByRole('status').innerText()).toBe('Thank you for telling us.');
    expect(await page.locator('section').innerText()).toContain('You chose Wislany Soft sp. z o.o.');

    await page.goto(base + withdrawn);
    await page.getByRole('button', { name: 'Withdraw my request' }).click();
    await page.waitForURL(/\?done=withdrawn$/);
    expect(await page.getByRole('status').innerText()).toBe('Your request is withdrawn.');
    await page.getByRole('button', { name: 'Erase my contact details now' }).click();
    await page.waitForURL(/\?done=erased$/);
    expect(await page.locator('section').innerText()).toMatch(/Your contact details were erased on/);
    await page.context().close();
  });
});

describe('accessibility (axe)', () => {
  it('the form with its messages has no violations', async () => {
    const { page } = await open('/request/?partner=isartal-systems', true);
    await send(page);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
