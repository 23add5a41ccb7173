/**
 * "Last updated" dates of the docs pages. The build records each docs file's last commit day from
 * one `git log` (the server never runs git); a file changed after the build (a live edit) dates
 * from its change instead. Outside a git checkout the build says so and file times are used.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** The recorded dates, in the build output's server folder (not served). */
const FILE = path.join('server', 'docs-dates.json');

/** What the build records. */
interface Recorded {
  builtAt: number;
  /** Last commit day by docs slug. */
  dates: Record<string, string>;
}

/** Writes the last commit day of every docs file in `docsDir` into `outDir` (the build calls this). */
export async function recordDocsDates(outDir: string, docsDir: string): Promise<void> {
  const dates: Record<string, string> = {};
  try {
    const { stdout: top } = await promisify(execFile)('git', ['rev-parse', '--show-toplevel'], { cwd: docsDir });
    const { stdout } = await promisify(execFile)('git', ['log', '--format=%x00%cs', '--name-only', '--', '.'], { cwd: docsDir, maxBuffer: 64 * 1024 * 1024 });
    let day = '';
    for (const line of stdout.split('\n')) {
      if (line.startsWith('\0')) day = line.slice(1);
      else if (line.endsWith('.md')) {
        const slug = path.basename(line, '.md');
        if (path.dirname(path.join(top.trim(), line)) === docsDir && !(slug in dates)) dates[slug] = day;
      }
    }
  } catch (error) {
    console.warn(`Docs "last updated" dates will come from file times: git log failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const recorded: Recorded = { builtAt: Date.now(), dates };
  await writeFile(path.join(outDir, FILE), JSON.stringify(recorded));
}

/** Reads what the build recorded in `outDir` (nothing when it recorded nothing). */
export function readDocsDates(outDir: string): Recorded {
  try {
    return JSON.parse(readFileSync(path.join(outDir, FILE), 'utf8')) as Recorded;
  } catch {
    return { builtAt: 0, dates: {} };
  }
}

/** The day `file` (docs page `slug`) last changed: the recorded commit day, unless it changed since the build. */
export async function docUpdated(recorded: Recorded, slug: string, file: string): Promise<string> {
  const changed = (await stat(file)).mtime;
  const committed = recorded.dates[slug];
  return committed && changed.getTime() <= recorded.builtAt ? committed : changed.toISOString().slice(0, 10);
}
