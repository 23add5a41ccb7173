/**
 * The partner files as parsed by the last run, kept in one file between runs (in DATA_DIR), so a
 * restart parses only the files that changed since: the rest are taken back by their stamps (size,
 * times and inode) exactly as a live reload does. What the load read besides (docs pages, catalog
 * files, the glossary check's words) is kept beside them by a digest of its source (load/kept.ts):
 * an unchanged page is not parsed again either. The file is tied to the code that parsed it (a
 * digest of content/src) and to the rules and scope (the cache's own key): any difference and it is
 * ignored, and everything is parsed as on a first start. A missing, unreadable or broken file is
 * the same as none: the cache can only make a start faster, never different. `npm run check`
 * keeps one of its own the same way (`checkWithCache`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { contentDir as defaultContentDir, projectRoot } from '../config.ts';
import type { CheckResult } from '../load/content.ts';
import { checkContent } from '../load/content.ts';
import { keepResults, keptResults, resultsMade } from '../load/kept.ts';
import type { PartnerCache } from '../load/partners.ts';
import { partnerCache } from '../load/partners.ts';

/** Bumped when the file's layout changes. */
const FORMAT = 3;

let code: string | undefined;

/** A digest of the content module's code: parsed results from other code are not taken back. */
function codeDigest(): string {
  if (code) return code;
  const hash = createHash('sha256').update(process.version);
  const root = path.join(projectRoot, 'content', 'src');
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.ts')) continue;
    hash.update(name).update(readFileSync(path.join(root, name)));
  }
  return (code = hash.digest('hex'));
}

interface Kept {
  format: number;
  code: string;
  /** The content folder the files are in. */
  dir: string;
  rulesKey?: string;
  files: [string, unknown][];
  /** What the load read besides partner files (docs pages, catalog files, glossary words), by a digest of its source: see load/kept.ts. */
  results: [string, [string, unknown][]][];
}

/** Fills `cache` from `file` when it was written by this code for the folder `dir`; says whether it did. */
export function readStartCache(file: string, dir: string, cache: PartnerCache): boolean {
  let kept: Kept;
  try {
    kept = deserialize(readFileSync(file)) as Kept;
  } catch {
    return false;
  }
  if (kept?.format !== FORMAT || kept.code !== codeDigest() || kept.dir !== path.resolve(dir) || !Array.isArray(kept.files) || !Array.isArray(kept.results)) return false;
  keepResults(kept.results);
  cache.rulesKey = kept.rulesKey;
  cache.files.clear();
  for (const [name, parsed] of kept.files) cache.files.set(name, parsed as never);
  return true;
}

/** Writes `cache` of the folder `dir` to `file` (through a temporary file, so a crash never leaves half of one). */
export function writeStartCache(file: string, dir: string, cache: PartnerCache): void {
  const kept: Kept = { format: FORMAT, code: codeDigest(), dir: path.resolve(dir), rulesKey: cache.rulesKey, files: [...cache.files], results: keptResults() };
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serialize(kept), { mode: 0o600 });
  renameSync(temporary, file);
}

/** What `checkWithCache` found, with how many partner files it took back unchanged and a way to keep this check for the next. */
export type KeptCheck = CheckResult & {
  /** Partner files taken back from the cache file, unchanged since the check that wrote it. */
  reused: number;
  /** Writes the cache file when this check parsed anything new (call it after reporting: it is not part of the answer). */
  keep: () => void;
};

/**
 * `checkContent` (the full scope) taking back what the last check kept in `file`: partner files
 * whose stamps are unchanged, docs pages and catalog files whose text is, so only what changed is
 * read again; the same problems and warnings as a check from scratch (the file is tied to the code
 * and the rules, as for a start).
 */
export async function checkWithCache(file: string, options: { dir?: string } = {}): Promise<KeptCheck> {
  const dir = options.dir ?? defaultContentDir();
  const cache = partnerCache();
  const read = readStartCache(file, dir, cache);
  const before = resultsMade();
  const result = await checkContent({ dir, cache });
  const changes = result.changes;
  const reused = read && changes && !changes.all ? cache.files.size - changes.changed.length : 0;
  const grew = !read || resultsMade() > before || !changes || changes.all || changes.changed.length > 0 || changes.removed.length > 0;
  return {
    ...result,
    reused,
    keep: () => {
      if (grew) writeStartCache(file, dir, cache);
    },
  };
}
