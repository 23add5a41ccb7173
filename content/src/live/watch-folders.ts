/**
 * Watches a folder and every folder under it: one `fs.watch` per folder, not per file. Node's
 * `{ recursive: true }` on Linux watches every file on its own (an inotify watch, a handle and a
 * kept `Stats` each), which at 10,000 partner files is 10,000 watchers and megabytes the server
 * holds for nothing; the kernel already reports a change to a file to the watch on its folder.
 * A folder created later is watched from its first event; a folder removed drops its watch.
 */
import { readdirSync, statSync, watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import path from 'node:path';

/** A running watch: `close` stops every folder's watcher. */
export interface FolderWatch {
  close(): void;
  /** The folders watched now (for tests). */
  folders(): string[];
}

/** The folder and the folders under it (dot folders, like an editor's or git's, left out). */
function foldersUnder(root: string): string[] {
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    let entries;
    try {
      entries = readdirSync(found[i] as string, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.')) found.push(path.join(found[i] as string, entry.name));
    }
  }
  return found;
}

/** Calls `onChange` on every change to a file or folder under `root` (including `root`'s own files). */
export function watchFolders(root: string, onChange: () => void): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;
  const drop = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  const add = (folder: string) => {
    if (closed || watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        // A new folder is watched (with what it already holds); a removed one lets go of its watch.
        if (name) {
          const changed = path.join(folder, name.toString());
          let isFolder = false;
          try {
            isFolder = statSync(changed).isDirectory();
          } catch {
            for (const known of [...watchers.keys()]) if (known === changed || known.startsWith(changed + path.sep)) drop(known);
          }
          if (isFolder && !path.basename(changed).startsWith('.')) for (const f of foldersUnder(changed)) add(f);
        }
        onChange();
      });
    } catch {
      // Gone between listing and watching: its parent's watch reports it.
      return;
    }
    watcher.on('error', () => drop(folder));
    watchers.set(folder, watcher);
  };
  for (const folder of foldersUnder(root)) add(folder);
  return {
    close: () => {
      closed = true;
      for (const folder of [...watchers.keys()]) drop(folder);
    },
    folders: () => [...watchers.keys()].sort(),
  };
}
