/** Starting `npm start`'s server from a test, on a free loopback port, and stopping it afterwards. */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { projectRoot } from '../helpers.ts';

/** A running server. */
export interface RunningSite {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts scripts/start.ts on the test build (SKIP_BUILD) with `env` on top of the test content;
 * resolves once it prints its URL, rejects with its output if it exits or takes over 15 s.
 */
export async function startSite(env: Record<string, string> = {}): Promise<RunningSite> {
  const { child, output } = spawnStart(env);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 15 s:\n${output()}`)), 15_000);
    child.stdout?.on('data', () => {
      const match = /running at (http:\/\/[^\s/]+)\//.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code}:\n${output()}`));
    });
  });
  return { url, child, output, stop };
}

/** Runs scripts/start.ts with `env` until it exits; resolves with its exit code and output. */
export function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const { child, output } = spawnStart(env);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output: output() })));
}

/** scripts/start.ts on the test build with `env` over the test content, its output collected. */
function spawnStart(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  // Its own store, never the project's data/ (removed when it exits, unless the test gave one).
  const dataDir = env.DATA_DIR ?? mkdtempSync(path.join(tmpdir(), 'partner-hub-site-'));
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/start.ts')], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH, CONTENT_DIR: inject('contentDir'), SITE_OUT_DIR: inject('outDir'), SKIP_BUILD: '1', PORT: '0', DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (!env.DATA_DIR) child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  return { child, output: () => out };
}
