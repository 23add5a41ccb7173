/**
 * Loaded before every npm script (`node --import ./scripts/lib/compile-cache.ts …`): keeps the
 * compiled code of the project's modules in .cache/, so a start does not strip the types and
 * compile every module again (the content module loads in about 60% of the time).
 */
import module from 'node:module';
import path from 'node:path';

module.enableCompileCache(path.join(import.meta.dirname, '..', '..', '.cache', 'node-compile-cache'));
