/**
 * `npm ci` (what CI runs) refuses a lock file that lacks any optional dependency, even one for
 * another platform. The registry here has no Astro compiler bindings for other platforms, so
 * `npm install` leaves them out; this test catches that before CI does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from './helpers.ts';

it('package-lock.json lists every optional dependency, so npm ci accepts it', async () => {
  const lock = JSON.parse(await readFile(path.join(projectRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { optionalDependencies?: Record<string, string> }>;
  };
  const missing: string[] = [];
  for (const [where, pkg] of Object.entries(lock.packages)) {
    for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
      const nested = `${where ? `${where}/` : ''}node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${name} (for ${where || 'the project'})`);
    }
  }
  // To fix: add an entry { version, optional: true, os, cpu } for each, as for @astrojs/compiler-binding-*.
  expect(missing).toEqual([]);
});
