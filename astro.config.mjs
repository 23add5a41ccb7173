// The public site: Astro with the Node adapter. Most pages are built ahead of time; the directory's
// free combinations, the calculator's form posts and /healthz are rendered on demand.
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  // Tests and benchmarks build other content sets into their own folders.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'ignore',
  // Middleware mode: scripts/start.ts owns the HTTP server (limits, static files from memory, the
  // page cache) and hands the rest to the adapter's handler.
  adapter: node({ mode: 'middleware' }),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  telemetry: false,
});
