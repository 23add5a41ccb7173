/**
 * The words of a language, from a word list that ships in a package (one word a line): a word
 * that is in it is a real word, not a misspelling of one of the program's ("cash" is not "case").
 * Kept as sorted 32-bit hashes (about 1 MB for English's 274,000 words); a word not in the list
 * is taken for one once in about 15,000 lookups, which only means one typo is left as written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from './text.ts';

/** Where a language's word list is: a package and the file in it. */
export interface WordListSource {
  package: string;
  file: string;
}

/** FNV-1a over the UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A set of words, looked up by hash. */
export class WordList {
  private readonly hashes: Uint32Array;

  constructor(words: Iterable<string>) {
    const list: number[] = [];
    for (const word of words) if (word) list.push(hash(fold(word)));
    this.hashes = Uint32Array.from(list).sort();
  }

  /** Whether `word` (folded) is in the list. */
  has(word: string): boolean {
    const h = hash(word);
    let lo = 0;
    let hi = this.hashes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.hashes[mid] as number;
      if (at === h) return true;
      if (at < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  get size(): number {
    return this.hashes.length;
  }
}

const loaded = new Map<string, WordList>();

/** The word list `source` names, read once per process. Throws when the package or file is missing. */
export function wordList(source: WordListSource): WordList {
  const key = `${source.package}/${source.file}`;
  const known = loaded.get(key);
  if (known) return known;
  const entry = fileURLToPath(import.meta.resolve(source.package));
  const file = path.join(packageRoot(entry, source.package), source.file);
  const list = new WordList(readFileSync(file, 'utf8').split('\n').map((w) => w.trim()));
  loaded.set(key, list);
  return list;
}

/** The folder of package `name` that holds `entry`, one of its files. */
function packageRoot(entry: string, name: string): string {
  const marker = `${path.sep}node_modules${path.sep}${name.split('/').join(path.sep)}${path.sep}`;
  const at = entry.lastIndexOf(marker);
  return at >= 0 ? entry.slice(0, at + marker.length) : path.dirname(entry);
}
