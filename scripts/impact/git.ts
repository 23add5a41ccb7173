/**
 * The content folder as it was at a git commit: which commit to compare with by default, and a
 * copy of its partners, rules, docs and catalogs in a temporary folder (the working tree is never touched).
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * The content sub-folders the report compares, and the catalogs: without its English catalog the
 * commit's content would have a problem of its own, and every report would list it.
 */
const FOLDERS = ['partners', 'program', 'docs', 'locales'];

/** A git failure in words people can act on. */
export class GitError extends Error {}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await exec('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') throw new GitError('git is not installed or not on the PATH; the impact report reads the old content with git');
    throw new GitError((e.stderr ?? e.message).trim().split('\n')[0] ?? 'git failed');
  }
}

/** The commit to compare with, and how it was chosen (render.ts names it and says why). */
export interface BaseCommit {
  sha: string;
  /**
   * `ref`: the ref given; `merge-base`: the merge base of HEAD with `main` (main or origin/main);
   * `head`: HEAD itself, because the branch is main (`on-main`), there is no main (`no-main`) or it
   * shares no history with `main` (`no-history`).
   */
  chosen: { by: 'ref'; ref: string } | { by: 'merge-base'; main: string } | { by: 'head'; why: 'on-main' | 'no-main' | 'no-history'; main?: string };
}

/**
 * The commit `ref` names, or by default the merge base of HEAD with `main` (or `origin/main`).
 * On main itself, or without a merge base, the default is HEAD: the report then shows uncommitted
 * changes, and says so.
 */
export async function resolveBase(cwd: string, ref: string | undefined): Promise<BaseCommit> {
  await git(cwd, ['rev-parse', '--git-dir']).catch(() => {
    throw new GitError(`${cwd} is not in a git repository; the impact report compares with a commit`);
  });
  const commit = (name: string) => git(cwd, ['rev-parse', '--verify', '--quiet', `${name}^{commit}`]).catch(() => undefined);
  if (ref !== undefined) {
    const sha = await commit(ref);
    if (!sha) throw new GitError(`'${ref}' is not a commit, branch or tag here; try origin/main, HEAD~1 or a commit id (git fetch first for a remote branch)`);
    return { sha, chosen: { by: 'ref', ref } };
  }
  const head = await commit('HEAD');
  if (!head) throw new GitError('this repository has no commits yet, so there is nothing to compare with');
  const branch = await git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']);
  if (branch === 'main') return { sha: head, chosen: { by: 'head', why: 'on-main' } };
  const main = (await commit('main')) ? 'main' : (await commit('origin/main')) ? 'origin/main' : undefined;
  if (!main) return { sha: head, chosen: { by: 'head', why: 'no-main' } };
  const base = await git(cwd, ['merge-base', 'HEAD', main]).catch(() => undefined);
  if (!base) return { sha: head, chosen: { by: 'head', why: 'no-history', main } };
  return { sha: base, chosen: { by: 'merge-base', main } };
}

/**
 * Copies `contentDir`'s partners, rules, docs and catalogs as they were at `sha` into a new temporary
 * folder and returns its `content` folder; `cleanup` removes it.
 */
export async function contentAt(contentDir: string, sha: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const top = await git(contentDir, ['rev-parse', '--show-toplevel']);
  const relative = path.relative(top, contentDir).split(path.sep).join('/');
  if (relative.startsWith('..')) throw new GitError(`the content folder ${contentDir} is outside the git repository ${top}`);
  const root = await mkdtemp(path.join(tmpdir(), 'partner-hub-impact-'));
  const dir = path.join(root, 'content');
  const cleanup = () => rm(root, { recursive: true, force: true });
  try {
    await mkdir(dir);
    const tree = relative ? `${sha}:${relative}` : sha;
    const entries = await git(top, ['ls-tree', '--name-only', tree]).catch(() => '');
    const folders = FOLDERS.filter((f) => entries.split('\n').includes(f));
    // A commit without the content folder reads as an empty one: the report says what is missing.
    if (folders.length) await extract(top, tree, folders, dir);
    return { dir, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** `git archive <tree> <folders> | tar -x -C <dir>`, without a shell. */
function extract(cwd: string, tree: string, folders: string[], dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const archive = spawn('git', ['archive', '--format=tar', tree, '--', ...folders], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const tar = spawn('tar', ['-x', '-C', dir], { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    archive.stderr.on('data', (d: Buffer) => { errors += d.toString(); });
    tar.stderr.on('data', (d: Buffer) => { errors += d.toString(); });
    archive.stdout.pipe(tar.stdin);
    const failed = (error: Error) => reject(new GitError(`could not read the old content: ${error.message}`));
    archive.on('error', failed);
    tar.on('error', failed);
    let pending = 2;
    const done = (code: number | null) => {
      if (code !== 0) reject(new GitError(`could not read the old content: ${errors.trim().split('\n')[0] ?? `exit code ${code}`}`));
      else if (--pending === 0) resolve();
    };
    archive.on('close', done);
    tar.on('close', done);
  });
}
