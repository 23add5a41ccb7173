/**
 * nginx in front of several instances, for tests: the sample configuration the README documents
 * (scripts/deploy/nginx.conf.template), filled in with loopback ports, run in the foreground from a
 * temporary folder and stopped afterwards. Uses Debian's `nginx` package (.ci/run installs it);
 * without it, it throws one clear line.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';

/** A running nginx. */
export interface TestNginx {
  url: string;
  stop(): Promise<void>;
}

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

/** The configuration for `upstreams` (host:port each), listening on `port`, writing into `dir`. */
export async function nginxConfig(template: string, upstreams: readonly string[], port: number, dir: string): Promise<string> {
  const text = await readFile(template, 'utf8');
  return text
    .replaceAll('{{upstreams}}', upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=2s;`).join('\n'))
    .replaceAll('{{listen}}', `127.0.0.1:${port}`)
    .replaceAll('{{dir}}', dir)
    .replaceAll('{{user}}', userInfo().uid === 0 ? 'user root;' : '');
}

/** Starts nginx with `template` in front of `upstreams`. */
export async function startNginx(template: string, upstreams: readonly string[]): Promise<TestNginx> {
  if (!NGINX) throw new Error('nginx is not installed (no /usr/sbin/nginx): run `apt-get install -y nginx`, as .ci/run does');
  const dir = await mkdtemp(path.join(tmpdir(), 'partner-hub-nginx-'));
  const port = await freePort();
  const conf = path.join(dir, 'nginx.conf');
  await writeFile(conf, await nginxConfig(template, upstreams, port, dir));
  const child = spawn(NGINX, ['-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => { errors += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx did not start: ${errors}`);
    const ok = await fetch(`${url}/nginx-ready`).then(() => true, () => false);
    if (ok) break;
    if (i > 200) throw new Error(`nginx did not answer within 10 s: ${errors}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
