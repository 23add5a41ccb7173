/** Reading many files without opening them all at once. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';

/** How many files are read at the same time. */
export const READ_CONCURRENCY = 32;

/** A file's name (without folder) and its text. */
export interface SourceFile {
  name: string;
  absolute: string;
  text: string;
}

/**
 * Reads every file in `dir` (not sub-folder) whose name ends with one of `extensions`, in name order, with at most
 * READ_CONCURRENCY reads in flight. A missing folder reads as no files.
 */
export async function readFolder(dir: string, extensions: readonly string[]): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && extensions.some((e) => entry.name.endsWith(e)))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const limit = pLimit(READ_CONCURRENCY);
  return Promise.all(names.map((name) => limit(async () => {
    const absolute = path.join(dir, name);
    return { name, absolute, text: await readFile(absolute, 'utf8') };
  })));
}
