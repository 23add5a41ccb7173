/**
 * The front of the site's server: every request passes here before a page is rendered. It answers
 * what no page should have to think about, cheaply and with a clear page:
 *
 * - methods: GET and HEAD everywhere, POST only where a form posts (405 with `Allow` otherwise);
 * - sizes: the request target, the query string and form bodies are bounded (414, 400, 413), and a
 *   form body is read in full, within its limit, before the page sees it; a broken %-escape is 400;
 * - form bodies must be a form (415 for anything else).
 *
 * What passes goes on to `next` (the Astro app), with the body already read into `req.body`. A
 * problem page is in the language of the address (its prefix: `/de/…`), when the content is loaded.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Translator } from '../../content/index.ts';
import { BODY_TIMEOUT_MS, MAX_BODY_BYTES, MAX_FORM_FIELDS, MAX_QUERY_PARAMS, MAX_URL_LENGTH } from './limits.ts';
import type { Problem } from './problem.ts';
import { sendProblem } from './problem.ts';

/** A request whose form body has been read (the Astro adapter uses `req.body` when it is set). */
export type ReadRequest = IncomingMessage & { body?: Buffer };

/** What the front needs to know about the site. */
export interface FrontOptions {
  /** Paths (with their trailing slash) that accept a form POST, like `/check/`: a set, or any matcher with `has`. */
  formPaths: { has(pathname: string): boolean };
  /** Where a request that passed goes. */
  next: (req: ReadRequest, res: ServerResponse) => void;
  /** The translator for an address's language, for problem pages (none: English; see problem.ts `requestTranslator`). */
  translate?: (pathname: string) => Translator | undefined;
}

const READ_METHODS = ['GET', 'HEAD'];
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The request handler of the front. */
export function createFront(options: FrontOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const target = req.url ?? '/';
    const queryAt = target.indexOf('?');
    const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
    // Only an address of a sane length is read for its language.
    const problem = (status: number, said: Problem) => sendProblem(req, res, status, said, target.length > MAX_URL_LENGTH ? undefined : options.translate?.(pathname));
    if (target.length > MAX_URL_LENGTH) return problem(414, { id: 'too-long', args: { max: MAX_URL_LENGTH } });
    try {
      decodeURI(target);
    } catch {
      return problem(400, { id: 'bad-escape' });
    }
    if (queryAt !== -1 && countParams(target.slice(queryAt + 1), '&') > MAX_QUERY_PARAMS) {
      return problem(400, { id: 'too-many-params', args: { max: MAX_QUERY_PARAMS } });
    }
    const method = req.method ?? 'GET';
    const formPath = options.formPaths.has(pathname.endsWith('/') ? pathname : `${pathname}/`);
    if (READ_METHODS.includes(method)) return options.next(req, res);
    if (method === 'POST' && formPath) return void readForm(req as ReadRequest, res, options.next, problem);
    const allow = formPath ? 'GET, HEAD, POST' : 'GET, HEAD';
    res.setHeader('Allow', allow);
    return problem(405, { id: 'method', args: { post: formPath ? 'yes' : 'no' } });
  };
}

/** Sends a problem page with `status` in the request's language. */
type SendProblem = (status: number, problem: Problem) => void;

/** Number of `separator`-separated parts in `text`, counted without splitting it. */
function countParams(text: string, separator: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let i = text.indexOf(separator); i !== -1; i = text.indexOf(separator, i + separator.length)) count++;
  return count;
}

/** Reads a form post's body within the limits, then hands the request on. */
async function readForm(req: ReadRequest, res: ServerResponse, next: FrontOptions['next'], problem: SendProblem): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(type)) {
    req.resume();
    return problem(415, { id: 'form-type' });
  }
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > MAX_BODY_BYTES) return tooLarge(req, problem);
  const body = await readLimited(req, MAX_BODY_BYTES);
  if (body === 'too-large') return tooLarge(req, problem);
  if (body === 'aborted') return;
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(req.headers['content-type'] ?? '');
  const text = body.toString('latin1');
  const fields = type === 'multipart/form-data'
    ? countParams(text, `--${boundary?.[1] ?? boundary?.[2] ?? '\0'}`) - 2
    : countParams(text, '&');
  if (fields > MAX_FORM_FIELDS) {
    return problem(413, { id: 'too-many-fields', args: { max: MAX_FORM_FIELDS } });
  }
  req.body = body;
  next(req, res);
}

function tooLarge(req: IncomingMessage, problem: SendProblem): void {
  problem(413, { id: 'too-large', args: { kilobytes: MAX_BODY_BYTES / 1024 } });
  // A little more of the body is read and dropped (Node drops what follows a finished answer), so
  // the client is not cut off mid-send before it reads the answer: that resets the connection with
  // the answer unread. Reading all of it is the work an attacker wants done: after DROP_BYTES, or
  // LINGER_MS, the connection is cut.
  const socket = req.socket;
  const limit = socket.bytesRead + DROP_BYTES;
  const watch = setInterval(() => {
    if (socket.bytesRead > limit || socket.destroyed) cut();
  }, 10);
  const timer = setTimeout(() => cut(), LINGER_MS);
  const cut = () => {
    clearInterval(watch);
    clearTimeout(timer);
    socket.destroy();
  };
  watch.unref();
  timer.unref();
}

/**
 * How much of a refused body is read and dropped at most, and for how long, before the connection
 * is cut: enough for a client that sent a few MB too many to read its answer.
 */
const DROP_BYTES = 8 * 1024 * 1024;
const LINGER_MS = 1000;

/** The body, or `too-large` as soon as it passes `limit` bytes, or `aborted` when the client goes away or is too slow. */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => {
      req.destroy();
      resolve('aborted');
    }, BODY_TIMEOUT_MS);
    const done = (value: Buffer | 'too-large' | 'aborted') => {
      clearTimeout(timer);
      req.removeAllListeners('data');
      resolve(value);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        done('too-large');
      } else {
        chunks.push(chunk);
      }
    });
    req.once('end', () => done(Buffer.concat(chunks, size)));
    req.once('error', () => done('aborted'));
    req.once('close', () => {
      if (!req.complete) done('aborted');
    });
  });
}
