/** Where the content lives. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's root folder: the nearest folder above this module that holds `package.json` and
 * `content/program/`. Found by walking up, so it is right both from the source files and from the
 * site's bundled server code in `dist/`.
 */
export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'content', 'program'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/**
 * The content folder: `CONTENT_DIR` when set (absolute, or relative to the working directory),
 * otherwise the project's `content/`. Benchmarks and tests point it at other content sets.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CONTENT_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(projectRoot, 'content');
}
