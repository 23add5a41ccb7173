/**
 * Rendering a page into memory instead of onto the socket: the Astro adapter's handler writes to a
 * stand-in response that collects the status, the headers and the body, so the page can be kept
 * and sent many times.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** What a render produced. */
export interface Rendered {
  status: number;
  /** Lowercase header names; repeated headers joined with `, ` (set-cookie kept apart). */
  headers: Record<string, string>;
  setCookie: string[];
  body: Buffer;
}

/** The adapter's request handler (middleware mode): it renders into `res`. */
export type AppHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void, locals?: object) => unknown;

/** The parts of a ServerResponse the adapter uses, collecting instead of sending. */
class CapturedResponse extends EventEmitter {
  statusCode = 200;
  statusMessage = '';
  headersSent = false;
  readonly req: IncomingMessage;
  readonly #headers = new Map<string, string | string[]>();
  readonly #chunks: Buffer[] = [];
  readonly #done: (rendered: Rendered) => void;

  constructor(req: IncomingMessage, done: (rendered: Rendered) => void) {
    super();
    this.req = req;
    this.#done = done;
  }

  setHeader(name: string, value: string | number | readonly string[]): this {
    this.#headers.set(name.toLowerCase(), Array.isArray(value) ? [...value] as string[] : String(value));
    return this;
  }

  getHeader(name: string): string | string[] | undefined {
    return this.#headers.get(name.toLowerCase());
  }

  writeHead(status: number, headers?: OutgoingHttpHeaders): this {
    this.statusCode = status;
    for (const [name, value] of Object.entries(headers ?? {})) {
      if (value !== undefined) this.setHeader(name, Array.isArray(value) ? value.map(String) : String(value));
    }
    this.headersSent = true;
    return this;
  }

  write(chunk: Uint8Array | string, callback?: () => void): boolean {
    this.headersSent = true;
    this.#chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    callback?.();
    return true;
  }

  end(chunk?: Uint8Array | string): this {
    if (chunk !== undefined) this.write(chunk);
    const headers: Record<string, string> = {};
    let setCookie: string[] = [];
    for (const [name, value] of this.#headers) {
      if (name === 'set-cookie') setCookie = Array.isArray(value) ? value : [value];
      else headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    this.#done({ status: this.statusCode, headers, setCookie, body: Buffer.concat(this.#chunks) });
    this.emit('finish');
    this.emit('close');
    return this;
  }

  destroy(): this {
    this.end();
    return this;
  }
}

/** Renders `req` with the adapter's `handler` into memory. */
export function renderToMemory(handler: AppHandler, req: IncomingMessage, locals?: object): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const res = new CapturedResponse(req, resolve);
    try {
      // Without `next`, an address no route matches renders the site's 404 page.
      const result = handler(req, res as unknown as ServerResponse, undefined, locals);
      if (result instanceof Promise) result.catch(reject);
    } catch (error) {
      reject(error);
    }
  });
}
