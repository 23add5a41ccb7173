/**
 * Content for the several-instances test: the real rules, docs, catalogs and glossaries, and `count` Silver partners in
 * Sweden offering training (a template from the sample content), each with `team` members on
 * Telegram and its annual review three days from `today` with no sales towards it, so every member
 * has a reminder due at once (the latest one before the review, caught up at start).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { addDays } from '../../content/index.ts';
import type { PlainDate } from '../../content/index.ts';
import { copyContentBase, projectRoot } from '../helpers.ts';

/** Telegram ids of the partners' team members start here: partner i's are FIRST_MEMBER + i × team + j. */
export const FIRST_MEMBER = 810_000_000;

/** Writes the content into `dir/content`; returns the folder and each partner's slug and team. */
export async function clusterContent(dir: string, count: number, team: number, today: PlainDate): Promise<{ contentDir: string; partners: { slug: string; name: string; members: number[] }[] }> {
  const content = path.join(dir, 'content');
  await copyContentBase(content);
  await mkdir(path.join(content, 'partners'), { recursive: true });
  const template = await readFile(path.join(projectRoot, 'content', 'partners', 'skargard-systems.md'), 'utf8');
  // Reviewed a year before the review day; no sale since, so the review's target is not met.
  const lastReview = addDays(addDays(today, 3), -365);
  const sales = `  sales:\n    - { date: ${addDays(lastReview, -30)}, amount: 2600, currency: EUR, client: Uppsala Bokhandel AB, activated: true }\n    - { date: ${addDays(lastReview, -20)}, amount: 900, currency: EUR, client: Lund Cykel AB, activated: true }\n`;
  const partners = [];
  for (let i = 0; i < count; i++) {
    const n = String(i).padStart(4, '0');
    const members = Array.from({ length: team }, (_, j) => FIRST_MEMBER + i * team + j);
    const name = `Cluster Partner ${n} AB`;
    const text = template.replace(/^name: .*$/m, `name: ${name}`).replace(/^website: .*$/m, `website: https://cluster-${n}.example.org`)
      .replace(/^email: .*$/m, `email: info@cluster-${n}.example.org`).replace(/^services: .*$/m, 'services: [licensing, training]')
      .replace(/^ {2}lastReview: .*$/m, `  lastReview: ${lastReview}`)
      .replace(/^ {2}sales:\n(?: {4}.*\n)+/m, sales)
      .replace(/^ {2}telegram: .*$/m, `  telegram: [${members.map((m) => `"${m}"`).join(', ')}]`);
    const slug = `cluster-partner-${n}`;
    await writeFile(path.join(content, 'partners', `${slug}.md`), text);
    partners.push({ slug, name, members });
  }
  return { contentDir: content, partners };
}
