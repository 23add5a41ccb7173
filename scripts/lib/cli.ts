/** Small helpers shared by the command-line tools. */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { matchLocale, SOURCE_LOCALE } from '../../content/index.ts';
import type { LocaleInfo } from '../../content/index.ts';

/** Thrown for bad command-line input: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** Thrown for `--help` or `-h`: the usage is printed on standard output, exit code 0. */
class HelpRequested extends Error {}

/**
 * Parses `argv` with `options`; unknown options become a UsageError that shows `usage`. Every tool
 * answers `--help` and `-h` with `usage`, so none declares them.
 */
export function parseCli<T extends ParseArgsConfig['options']>(argv: string[], options: T, usage: string, allowPositionals = false) {
  if (argv.includes('--help') || argv.includes('-h')) throw new HelpRequested(usage);
  try {
    return parseArgs({ args: argv, options, allowPositionals, allowNegative: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify.*$/, '')}\n${usage}`);
  }
}

/**
 * Runs a CLI's main function: a UsageError prints its message and exits 2; any other error prints
 * its message (no stack trace unless DEBUG is set) and exits 1.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => { process.exitCode = code ?? 0; },
    (error: unknown) => {
      if (error instanceof HelpRequested) {
        console.log(error.message);
        return;
      }
      if (error instanceof UsageError) {
        console.error(error.message);
        process.exitCode = 2;
        return;
      }
      console.error(process.env.DEBUG ? error : `Error: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}

/**
 * The language `--language` names among `available` (the folders of content/locales/): by its
 * tag in any case (`pt-br`), or by its language alone (`pt`); English when none is given. Any
 * other is a UsageError naming every language there is.
 */
export function languageOption(wanted: string | undefined, available: readonly LocaleInfo[]): LocaleInfo {
  const found = matchLocale([wanted ?? SOURCE_LOCALE], available);
  if (found) return found;
  // No catalogs at all: the content check says so; the words fall back to their ids.
  if (wanted === undefined) return { id: SOURCE_LOCALE, prefix: '', name: 'English' };
  const names = available.map((l) => `${l.id} (${l.name})`);
  throw new UsageError(`--language must be one of ${names.join(', ')}, not '${wanted}'`);
}

/** A text progress bar: `[██████░░░░]`. */
export function progressBar(current: number, target: number, width = 20): string {
  const ratio = target > 0 ? Math.min(1, Math.max(0, current / target)) : 1;
  const filled = Math.round(ratio * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`;
}
