/**
 * The peer the site's server is measured against: a plain static file server (sirv, the one
 * Vite's preview and Polka use) serving the very same pages as files, each with a gzip copy beside
 * it, on a free loopback port. `node scripts/bench/static-peer.ts <folder>` prints its URL.
 */
import http from 'node:http';
import sirv from 'sirv';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node scripts/bench/static-peer.ts <folder>');
// `gzip: true` serves the precompressed .gz beside a file to clients that accept gzip.
const serve = sirv(folder, { gzip: true, etag: true, dev: false });
const server = http.createServer((req, res) => serve(req, res, () => {
  res.statusCode = 404;
  res.end('not found');
}));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`static peer at http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
