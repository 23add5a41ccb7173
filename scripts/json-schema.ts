/**
 * `npm run schema`: writes the JSON Schemas of the content files to `content/schema/`, for editor
 * completion and validation. Run it after changing a schema in content/src/schemas/ or the
 * vocabulary in content/program/ (statuses, services, courses, currencies); a test fails while
 * the committed files are out of date.
 *
 *   npm run schema               write content/schema/*.schema.json
 *   npm run schema -- --check    only say whether they are up to date (exit 1 if not)
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent, contentDir, contentJsonSchemas, formatIssue, schemaFileText } from '../content/index.ts';
import { parseCli, runCli, UsageError } from './lib/cli.ts';

const USAGE = 'Usage: npm run schema -- [--check] [--dir <content folder>]';

runCli(async () => {
  const { values } = parseCli(process.argv.slice(2), {
    check: { type: 'boolean', default: false },
    dir: { type: 'string' },
  }, USAGE);
  const dir = values.dir ? path.resolve(values.dir) : contentDir();
  const { content, issues } = await checkContent({ dir });
  const ruleProblems = issues.filter((i) => path.basename(path.dirname(i.file)) === 'program');
  if (!content || ruleProblems.length > 0) {
    throw new UsageError(`The rules in ${path.join(dir, 'program')} have problems; fix them first (npm run check):\n${(ruleProblems.length ? ruleProblems : issues).map(formatIssue).join('\n')}`);
  }
  const folder = path.join(dir, 'schema');
  const display = path.relative(process.cwd(), folder) || '.';
  const wanted = new Map(contentJsonSchemas(content.rules).map((s) => [s.name, schemaFileText(s.schema)]));
  const present = await readdir(folder).then((names) => names.filter((n) => n.endsWith('.schema.json')), () => [] as string[]);
  const stale: string[] = [];
  for (const [name, text] of wanted) {
    const old = await readFile(path.join(folder, name), 'utf8').catch(() => undefined);
    if (old !== text) stale.push(name);
  }
  const extra = present.filter((n) => !wanted.has(n));
  if (values.check) {
    if (stale.length === 0 && extra.length === 0) {
      console.log(`The ${wanted.size} JSON Schemas in ${display}/ are up to date.`);
      return 0;
    }
    const what = [...stale.map((n) => `${n} is out of date`), ...extra.map((n) => `${n} describes no content file`)];
    console.error(`${what.join('; ')}. Run npm run schema and commit ${display}/.`);
    return 1;
  }
  await mkdir(folder, { recursive: true });
  for (const name of stale) await writeFile(path.join(folder, name), wanted.get(name) as string);
  for (const name of extra) await rm(path.join(folder, name));
  console.log(stale.length + extra.length === 0
    ? `The ${wanted.size} JSON Schemas in ${display}/ were already up to date.`
    : `Wrote ${stale.length} of ${wanted.size} JSON Schemas to ${display}/${extra.length ? ` and removed ${extra.join(', ')}` : ''}.`);
  return 0;
});
