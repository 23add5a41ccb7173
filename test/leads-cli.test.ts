/** `npm run leads`: requests by country and kind, and the CSV export, from the store in DATA_DIR; never a contact detail. */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../bot/store/sqlite.ts';
import { projectRoot } from './helpers.ts';

const exec = promisify(execFile);
let dataDir: string;

async function leads(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [path.join(projectRoot, 'scripts/leads.ts'), ...args], {
      cwd: projectRoot, env: { PATH: process.env.PATH, DATA_DIR: dataDir, ...env }, timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'leads-cli-'));
  const store = openSqliteStore(dataDir);
  const at = new Date('2026-11-24T10:00:00Z');
  const submit = (city: string, country: string, kind: string) => store.leads.submit({
    name: 'Hanne Lykke', company: 'Lykke Revision ApS', email: 'hanne@lykke.example', phone: '+45 32 55 01 23', country, city, kind, language: 'da',
    description: 'Month-end close checklists for twelve accountants, with approvals.',
  }, { at, clientKey: city, rateLimit: { max: 5, windowMs: 60_000 }, reservationDays: 30 });
  const first = await submit('=Odense', 'DK', 'workflow-automation');
  await submit('Aarhus', 'DK', 'training');
  await submit('Malmö', 'SE', 'training');
  const request = await store.leads.byReference(first.ok ? first.reference : '');
  await store.leads.markOffered(request?.id ?? 0, [{ partner: 'skargard-systems', rank: 0 }], at);
  await store.leads.reserve({ requestId: request?.id ?? 0, partner: 'skargard-systems', partnerName: 'Skärgård', userId: 1, at, maxPartners: 5, maxInProgress: 5 });
  await store.leads.setOutcome(request?.id ?? 0, 'skargard-systems', 'won', 1, at);
  await store.close();
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('npm run leads', () => {
  it('prints requests by country and kind, with reservation and win rates', async () => {
    const { code, stdout } = await leads([]);
    expect(code).toBe(0);
    expect(stdout).toContain('Requests: 3 (2 waiting to be offered, 0 withdrawn)');
    expect(stdout).toContain('• Denmark (DK): 2 · 50% reserved · win rate 100%');
    expect(stdout).toContain('• Training, online or on site: 2 · 0% reserved · win rate —');
  });

  it('exports every request as CSV, without contact details, safe to open in a spreadsheet', async () => {
    const { code, stdout } = await leads(['--csv']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\r\n');
    expect(lines[0]).toBe('reference,created,kind,country,city,language,addressed_to,offered_at,offered_to,reservations,partners,won,lost,closed_at,close_reason,chosen,erased_at');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^R-[2-9A-Z]{4}-[2-9A-Z]{4},2026-11-24T10:00:00.000Z,workflow-automation,DK,'=Odense,da,,2026-11-24T10:00:00.000Z,1,1,skargard-systems:won,1,0,,,,$/);
    for (const value of ['Hanne', 'Lykke', 'hanne@lykke.example', '+45', 'Month-end']) expect(stdout).not.toContain(value);
  });

  it('says so when there is no store, and explains a bad option', async () => {
    const none = await leads([], { DATA_DIR: path.join(dataDir, 'nowhere') });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No store in');
    const bad = await leads(['--xml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run leads -- [--stats | --csv]');
  });
});
