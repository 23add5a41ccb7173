/** Where the content lives. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (the parent of `content/`). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The content folder: `CONTENT_DIR` when set (absolute, or relative to the working directory),
 * otherwise the project's `content/`. Benchmarks and tests point it at other content sets.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CONTENT_DIR?.trim();
  return configured ? path.resolve(configured) : path.join(projectRoot, 'content');
}
