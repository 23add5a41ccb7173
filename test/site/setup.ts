/**
 * Global setup for the site tests: builds the site once from a test content set (the shipped
 * content plus deliberately hostile files) into a temporary folder, serves it with `npm start`'s
 * server on a free loopback port, and hands the URL to the tests.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const root = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    outDir: string;
    contentDir: string;
    /** The server's store (implementation requests), in the temporary folder. */
    dataDir: string;
    /** The server's FORM_SECRET, so a test can sign a request form's start time as the page does. */
    formSecret: string;
  }
}

/** FORM_SECRET of the test server. */
const FORM_SECRET = 'test-form-secret-0123456789abcdef0123456789';

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed:\n${stderr}`))));
  });
}

let server: ChildProcess | undefined;
let temp: string | undefined;

export async function setup(project: TestProject) {
  // Inside the project: the built server imports its packages from the project's node_modules.
  await mkdir(path.join(root, '.cache'), { recursive: true });
  temp = await mkdtemp(path.join(root, '.cache', 'site-test-'));
  const contentDir = path.join(temp, 'content');
  const outDir = path.join(temp, 'dist');
  await cp(path.join(root, 'content'), contentDir, { recursive: true, filter: (src) => !src.includes(`${path.sep}src`) && !src.endsWith('.ts') });
  await cp(path.join(root, 'test/fixtures/hostile-partners'), path.join(contentDir, 'partners'), { recursive: true });
  // Partners whose descriptions are in other languages than English, or in several.
  await cp(path.join(root, 'test/fixtures/language-partners'), path.join(contentDir, 'partners'), { recursive: true });
  // A second language for every test of the site: the shipped German catalog, or until it lands, a small one of the tests' own.
  const german = path.join(contentDir, 'locales', 'de');
  if (!(await stat(german).catch(() => undefined))) await cp(path.join(root, 'test/fixtures/locales/de'), german, { recursive: true });
  // German docs: the shipped ones, or until they land two pages of the tests' own; the penalties page (no German page links to a section of it)
  // is left out either way, so a page shown in English in its place is always tested.
  const germanDocs = path.join(contentDir, 'docs', 'de');
  if (!(await stat(germanDocs).catch(() => undefined))) await cp(path.join(root, 'test/fixtures/docs/de'), germanDocs, { recursive: true });
  await rm(path.join(germanDocs, 'penalties.md'), { force: true });
  const env = { ...process.env, CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir, REPO_URL: 'https://git.example.org/partner-hub' };
  await run([path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], env);

  // Many request forms come from 127.0.0.1 in the tests: the rate limit is tested on a server of its own.
  const dataDir = path.join(temp, 'data');
  server = spawn(process.execPath, [path.join(root, 'scripts/start.ts')], {
    cwd: root, env: { ...env, PORT: '0', HOST: '127.0.0.1', SKIP_BUILD: '1', DATA_DIR: dataDir, FORM_SECRET, REQUEST_RATE_LIMIT: '10000' }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the site server did not start within 20 s')), 20_000);
    let out = '';
    server?.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/[^\s/]+)\//.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server?.on('exit', (code) => reject(new Error(`the site server exited with code ${code}`)));
  });
  project.provide('baseUrl', baseUrl);
  project.provide('outDir', outDir);
  project.provide('contentDir', contentDir);
  project.provide('dataDir', dataDir);
  project.provide('formSecret', FORM_SECRET);
}

export async function teardown() {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  if (temp) await rm(temp, { recursive: true, force: true });
}
