/**
 * Global setup for the several-instances tests: builds the site once into a temporary folder (the
 * instances serve it with `npm start`; pages render the content live, so any content set works
 * with this build) and hands the folder and the form secret to the tests. The project runs after
 * every other (vitest.config.ts), alone: its three instances, PostgreSQL and nginx take the machine.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '../..');
/** FORM_SECRET of the instances, so a test can sign a request form's start time as the page does. */
const FORM_SECRET = 'cluster-form-secret-0123456789abcdef0123456789';

let temp: string | undefined;

export async function setup(project: TestProject) {
  // Inside the project: the built server imports its packages from the project's node_modules.
  await mkdir(path.join(root, '.cache'), { recursive: true });
  temp = await mkdtemp(path.join(root, '.cache', 'cluster-test-'));
  const outDir = path.join(temp, 'dist');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: root, env: { ...process.env, SITE_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the site build failed:\n${stderr}`))));
  });
  project.provide('outDir', outDir);
  project.provide('formSecret', FORM_SECRET);
}

export async function teardown() {
  if (temp) await rm(temp, { recursive: true, force: true });
}
