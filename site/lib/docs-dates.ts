/**
 * "Last updated" dates of the docs pages, per file (each language's page its own: `en/nfr.md`,
 * `de/nfr.md`). The build records each docs file's last commit day from one `git log` (the server
 * never runs git), following moves (a page moved unchanged keeps the day its text last changed);
 * a file changed after the build (a live edit) dates from its change instead. Outside a git
 * checkout the build says so and file times are used.
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
  /** Last commit day by file path below the docs folder (`de/statuses.md`). */
  dates: Record<string, string>;
}

/** Writes the last commit day of every docs file in `docsDir` into `outDir` (the build calls this). */
export async function recordDocsDates(outDir: string, docsDir: string): Promise<void> {
  let dates: Record<string, string> = {};
  try {
    const run = promisify(execFile);
    const { stdout: top } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: docsDir });
    const { stdout } = await run('git', ['log', '-M', '--format=%x00%cs', '--name-status', '--', '.'], { cwd: docsDir, maxBuffer: 64 * 1024 * 1024 });
    dates = lastChanged(stdout, (line) => path.relative(docsDir, path.join(top.trim(), line)).split(path.sep).join('/'));
  } catch (error) {
    console.warn(`Docs "last updated" dates will come from file times: git log failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  const recorded: Recorded = { builtAt: Date.now(), dates };
  await writeFile(path.join(outDir, FILE), JSON.stringify(recorded));
}

/**
 * The last day each file changed, from `git log -M --format=%x00%cs --name-status` (newest first),
 * by its path now (`below` turns a path of the repository into one below the docs folder). A move
 * without change (`R100`) is not a change: the file's older commits, under its old name, count.
 */
export function lastChanged(log: string, below: (repoPath: string) => string): Record<string, string> {
  const dates: Record<string, string> = {};
  // Old names of files moved since, to their names now.
  const renamed = new Map<string, string>();
  const now = (name: string) => renamed.get(name) ?? name;
  let day = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) {
      day = line.slice(1);
      continue;
    }
    const [status = '', first = '', second] = line.split('\t');
    if (!first.endsWith('.md') && !second?.endsWith('.md')) continue;
    if (status.startsWith('R') && second !== undefined) {
      const to = now(below(second));
      renamed.set(below(first), to);
      if (status !== 'R100' && !(to in dates)) dates[to] = day;
      continue;
    }
    const file = now(below(first));
    if (!file.startsWith('..') && !(file in dates)) dates[file] = day;
  }
  return dates;
}

/** Reads what the build recorded in `outDir` (nothing when it recorded nothing). */
export function readDocsDates(outDir: string): Recorded {
  try {
    return JSON.parse(readFileSync(path.join(outDir, FILE), 'utf8')) as Recorded;
  } catch {
    return { builtAt: 0, dates: {} };
  }
}

/** The day `file` (at `relative` below the docs folder: `de/nfr.md`) last changed: the recorded commit day, unless it changed since the build. */
export async function docUpdated(recorded: Recorded, relative: string, file: string): Promise<string> {
  const changed = (await stat(file)).mtime;
  const committed = Object.hasOwn(recorded.dates, relative) ? recorded.dates[relative] : undefined;
  return committed && changed.getTime() <= recorded.builtAt ? committed : changed.toISOString().slice(0, 10);
}
