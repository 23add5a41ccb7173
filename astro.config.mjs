// The public site: Astro with the Node adapter. Every page is rendered on demand from the live
// content (scripts/start.ts keeps it current and caches each rendered page until the content
// changes), so the build does not read content at all and an edit needs no rebuild.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';
import { contentDir } from './content/index.ts';
import { recordDocsDates } from './site/lib/docs-dates.ts';

/** The build records the docs' last-updated days from git, so the server never runs git. */
const docsDates = {
  name: 'docs-dates',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      await recordDocsDates(path.dirname(fileURLToPath(dir)), path.join(contentDir(), 'docs'));
    },
  },
};

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // Tests and benchmarks build other content sets into their own folders.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'server',
  trailingSlash: 'ignore',
  // Middleware mode: scripts/start.ts owns the HTTP server (limits, static files from memory, the
  // page cache) and hands the rest to the adapter's handler.
  adapter: node({ mode: 'middleware' }),
  build: { format: 'directory' },
  integrations: [docsDates],
  devToolbar: { enabled: false },
  telemetry: false,
});
