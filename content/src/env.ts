/**
 * Configuration from environment variables, checked by a zod schema at start-up. Shared by the
 * site's server, the site build and the bot: a missing or malformed variable stops the process with
 * one line per bad variable, naming it and saying what to write.
 */
import type { z } from 'zod';

/** Thrown for a bad environment: one line per problem, each naming the variable. */
export class ConfigError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'ConfigError';
    this.lines = lines;
  }
}

/**
 * `env` read with `schema`, or a ConfigError with one line per bad variable. An empty variable
 * counts as unset, so `BOT_ADMIN_IDS=` in a .env file is fine.
 */
export function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.output<T> {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${String(issue.path[0] ?? 'environment')} ${issue.message}`));
  }
  return result.data;
}
