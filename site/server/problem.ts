/**
 * The small pages the server's front answers with when a request is refused before any page is
 * rendered (405, 413, 414, 415): plain, valid HTML that says what happened and where to go.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The HTML of a problem page. */
export function problemHtml(status: number, title: string, detail: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1c2430}a{color:#0b57d0}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(detail)}</p>
<p>Error ${status}. <a href="/">Home</a> · <a href="/partners/">Find a partner</a></p>
</main>
</body>
</html>
`;
}

/** Answers `status` with a problem page (headers only for HEAD). */
export function sendProblem(req: IncomingMessage, res: ServerResponse, status: number, title: string, detail: string): void {
  const body = problemHtml(status, title, detail);
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(req.method === 'HEAD' ? undefined : body);
}
