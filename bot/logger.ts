/**
 * The bot's log: one line per event on stderr, with the update id when there is one. The token is
 * replaced wherever it could appear (error messages, URLs), so a log can be shared safely.
 */

/** Where log lines go. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** Removes `token` (and anything shaped like a bot token) from `text`. */
function redact(text: string, token?: string): string {
  let out = token ? text.split(token).join('<token>') : text;
  out = out.replace(/\d{5,}:[\w-]{30,}/g, '<token>');
  return out;
}

/** The message of an error, with its stack when `withStack` is set; redacted. */
export function describeError(error: unknown, token?: string, withStack = false): string {
  const text = error instanceof Error ? (withStack && error.stack ? error.stack : `${error.name}: ${error.message}`) : String(error);
  return redact(text, token);
}

/** A logger writing to `write` (stderr by default) that never prints `token`. */
export function createLogger(token: string | undefined, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const stamp = () => new Date().toISOString();
  return {
    info: (message) => write(`${stamp()} info  ${redact(message, token)}`),
    warn: (message) => write(`${stamp()} warn  ${redact(message, token)}`),
    error: (message, error) => write(`${stamp()} error ${redact(message, token)}${error === undefined ? '' : `: ${describeError(error, token, Boolean(process.env.DEBUG))}`}`),
  };
}
