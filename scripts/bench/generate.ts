/**
 * Synthetic content for benchmarks: N realistic partner files (public profile, program data with
 * sales, courses, NFR claims, bonuses, Telegram ids) beside a copy of the real rules and docs.
 * Written to a folder of its own, never into content/. Deterministic for a given N and seed.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { addDays, projectRoot } from '../../content/index.ts';
import type { PlainDate } from '../../content/index.ts';

const COUNTRIES: [string, string, string, string[]][] = [
  ['DE', 'Berlin', '+49 30 5550', ['de', 'en']], ['DE', 'Munich', '+49 89 5550', ['de', 'en']], ['FR', 'Paris', '+33 1 55 50', ['fr', 'en']],
  ['ES', 'Madrid', '+34 91 555', ['es', 'en']], ['IT', 'Milan', '+39 02 5550', ['it', 'en']], ['GB', 'London', '+44 20 5550', ['en']],
  ['US', 'Austin', '+1 512 555', ['en', 'es']], ['US', 'Chicago', '+1 312 555', ['en']], ['BR', 'São Paulo', '+55 11 5550', ['pt', 'en']],
  ['MX', 'Guadalajara', '+52 33 5550', ['es']], ['PL', 'Warsaw', '+48 22 555', ['pl', 'en']], ['NL', 'Utrecht', '+31 30 555', ['nl', 'en']],
  ['IN', 'Pune', '+91 20 5550', ['en', 'hi']], ['JP', 'Osaka', '+81 6 5550', ['ja']], ['TR', 'Izmir', '+90 232 555', ['tr', 'en']],
  ['VN', 'Hanoi', '+84 24 5550', ['vi', 'en']], ['ID', 'Surabaya', '+62 31 555', ['id', 'en']], ['PT', 'Lisbon', '+351 21 555', ['pt', 'en']],
];
const SERVICES = ['licensing', 'consulting', 'hosting', 'customization', 'localization', 'training', 'automation', 'telephony', 'integration', 'apps'];
const WORDS = ['North', 'Blue', 'Cedar', 'River', 'Summit', 'Harbor', 'Maple', 'Delta', 'Orbit', 'Vista', 'Granite', 'Lumen', 'Pixel', 'Quarry', 'Solace', 'Tundra'];
const KINDS = ['Consulting', 'Systems', 'Digital', 'Software', 'Cloud', 'Works', 'Solutions', 'Labs'];

/** A small deterministic random generator (mulberry32). */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Copies what every content set needs besides its partners into `dir`: the shipped rules, docs,
 * message catalogs and glossaries.
 */
export async function copyContentBase(dir: string): Promise<void> {
  for (const folder of ['program', 'docs', 'locales', 'glossary']) {
    const from = path.join(projectRoot, 'content', folder);
    if (existsSync(from)) await cp(from, path.join(dir, folder), { recursive: true });
  }
}

/** Writes N partners and the real rules and docs into `dir/content`; returns the content folder. */
export async function generateContent(dir: string, count: number, asOf: PlainDate = '2026-11-24', seed = 42): Promise<string> {
  const content = path.join(dir, 'content');
  await rm(content, { recursive: true, force: true });
  await mkdir(path.join(content, 'partners'), { recursive: true });
  await copyContentBase(content);
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const files: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const [country, city, phone, languages] = pick(COUNTRIES);
    const status = rnd() < 0.3 ? 'bronze' : rnd() < 0.65 ? 'silver' : 'gold';
    const name = `${pick(WORDS)} ${pick(WORDS)} ${pick(KINDS)} ${i + 1}`;
    const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    const approved = addDays(asOf, -Math.floor(60 + rnd() * 2000));
    const promoted = addDays(approved, Math.floor(120 + rnd() * 300));
    const statusSince = status === 'bronze' ? approved : promoted < asOf ? promoted : addDays(asOf, -1);
    const sales = Array.from({ length: status === 'gold' ? 14 : status === 'silver' ? 7 : 2 }, () => ({
      date: addDays(asOf, -Math.floor(rnd() * 700)),
      amount: Math.round(200 + rnd() * 3000),
      currency: rnd() < 0.5 ? 'EUR' : 'USD',
      client: `Client ${Math.floor(rnd() * 1e6)} Ltd`,
      activated: rnd() > 0.02,
    })).filter((s) => s.date >= approved).sort((a, b) => a.date.localeCompare(b.date));
    const frontmatter = {
      name, status, country, city,
      address: `${Math.floor(rnd() * 200) + 1} Example Street, ${city}`,
      website: `https://${slug}.example.com`,
      email: `hello@${slug}.example.com`,
      phone: `${phone} ${String(1000 + (i % 9000))}`,
      languages,
      services: SERVICES.filter(() => rnd() < 0.35).slice(0, 5).concat(SERVICES.length ? ['licensing'] : []).filter((s, j, all) => all.indexOf(s) === j),
      program: {
        applied: addDays(approved, -3),
        approved,
        statusSince,
        courses: { tutorial: addDays(approved, 10), ...(status !== 'bronze' && { sales: addDays(approved, 60) }), ...(status === 'gold' && { marketing: addDays(statusSince, 30) }) },
        nfr: [{ kind: 'cloud', claimed: addDays(approved, 5), extensions: Math.floor(rnd() * 4) }],
        endorsements: { website: addDays(approved, 20), social: addDays(approved, 25) },
        firstLineSupport: status !== 'bronze',
        ...(status === 'gold' && { caseStudy: addDays(statusSince, 20), marketingPlan: addDays(statusSince, 21), productPresentation: addDays(statusSince, 22) }),
        sales,
        bonuses: rnd() < 0.1 ? [{ kind: 'award', amount: 1000 + Math.floor(rnd() * 4) * 1000, credited: addDays(asOf, -Math.floor(rnd() * 59)) }] : [],
        telegram: [String(700000000 + i * 3), String(700000001 + i * 3)],
      },
    };
    const description = `${name} is a fictional ${pick(KINDS).toLowerCase()} partner in ${city} with ${5 + Math.floor(rnd() * 80)} people. It helps ${pick(['retailers', 'clinics', 'law firms', 'manufacturers', 'schools', 'hotels'])} and ${pick(['logistics firms', 'agencies', 'breweries', 'banks', 'architects'])} plan, set up and run the suite.\n\nProjects usually start with a workshop and end with training for every team.`;
    files.push([`${slug}.md`, `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${description}\n`]);
  }
  // Bounded concurrency, as the loader reads.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map(([file, text]) => writeFile(path.join(content, 'partners', file), text)));
  }
  return content;
}
