/**
 * Content problems as people read them: one line per problem, naming the file, the line where the
 * YAML gives it, the field path, what was expected and what was found.
 */
import { closest as nearest, distance } from 'fastest-levenshtein';
import { z } from 'zod';

/** One problem found in one content file. */
export interface ContentIssue {
  /** Path of the file, relative to the content folder's parent (e.g. `content/partners/acme.md`). */
  file: string;
  /** 1-based line in the file, when the problem can be placed on one. */
  line?: number;
  /** Dotted field path (`program.sales[2].amount`), or empty for the file as a whole. */
  path: string;
  /** What is wrong and, where it helps, how to fix it. */
  message: string;
  /**
   * `warning`: worth a look but not wrong (the content still loads and the check passes); absent
   * for an error, which stops the content from loading.
   */
  severity?: 'warning';
}

/** Raised when content cannot be loaded; carries every problem, not only the first. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    super(`${issues.length} content problem${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** `content/partners/acme.md:12: program.sales[0].amount: expected ...`, one line; a warning says so after the place. */
export function formatIssue(issue: ContentIssue): string {
  const where = `${issue.line ? `${issue.file}:${issue.line}` : issue.file}${issue.severity === 'warning' ? ': warning' : ''}`;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Longest field name written out in a path; a longer one (a key typed by mistake) is shortened. */
const MAX_KEY = 40;

/** Field path segments as written in messages: `program.sales[2].amount`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key).length > MAX_KEY ? `${String(key).slice(0, MAX_KEY - 3)}...` : String(key);
      out += out ? `.${name}` : name;
    }
  }
  return out;
}

/** A short, quoted description of a value found in a file. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') return value === '' ? 'an empty text' : `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return 'a list';
  return 'a group of fields';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date (YYYY-MM-DD)',
};

/** zod's own messages; anything else was written for this project and is used as it is. */
const ZOD_DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

function explainZodIssue(issue: z.core.$ZodIssue, knownKeys: readonly string[]): string {
  const found = 'input' in issue ? issue.input : undefined;
  if (issue.message && !ZOD_DEFAULT_MESSAGE.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `is required but missing (expected ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, found ${describeValue(found)}`;
    case 'unrecognized_keys': {
      const hints = issue.keys.map((k) => {
        const near = closest(k, knownKeys);
        return near ? `${describeValue(k)} (did you mean '${near}'?)` : describeValue(k);
      });
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${hints.join(', ')}; check the spelling or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    }
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => `'${String(v)}'`).join(', ')}, found ${describeValue(found)}`;
    case 'invalid_format':
      // Custom formats carry their own message; the built-in ones get a plain one.
      if (issue.message && !issue.message.startsWith('Invalid')) return issue.message;
      return `expected ${issue.format === 'email' ? 'an e-mail address' : issue.format === 'url' ? 'a web address starting with http:// or https://' : `a valid ${issue.format}`}, found ${describeValue(found)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters long`;
      return `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, found ${describeValue(found)}`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${String(issue.maximum)} entries`;
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters long`;
      return `expected at most ${String(issue.maximum)}, found ${describeValue(found)}`;
    case 'invalid_union':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : `has an unexpected form, found ${describeValue(found)}`;
    default:
      return issue.message;
  }
}

/** Where a field path sits in a source file; returns a 1-based line or undefined. */
export type Locator = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Validates `input` with `schema`. On success returns the parsed data; otherwise returns every
 * problem as a ContentIssue for `file`, placed on a line by `locate` when it can be.
 */
export function parseWithFriendlyErrors<T extends z.ZodType>(
  schema: T,
  input: unknown,
  file: string,
  locate: Locator = () => undefined,
  pathPrefix: readonly PropertyKey[] = [],
): { data: z.output<T>; issues: [] } | { data: undefined; issues: ContentIssue[] } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { data: result.data, issues: [] };
  const issues = result.error.issues.map((issue): ContentIssue => {
    const path = [...pathPrefix, ...issue.path];
    const known = issue.code === 'unrecognized_keys' ? knownKeysAt(schema, issue.path) : [];
    // An unknown field is placed on its own line.
    const at = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...path, issue.keys[0] as string] : path;
    return { file, line: locate(at), path: formatPath(path), message: explainZodIssue(issue, known) };
  });
  return { data: undefined, issues };
}

/** The known field names of the object schema at `path` inside `schema` (for "did you mean"). */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = current.shape[key as string] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current; i++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else break;
  }
  return current;
}

/** The known name within two edits of `name`, if any. */
function closest(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = nearest(name, [...known]);
  return distance(name, best) <= 2 ? best : undefined;
}

/** Schema problems on fields the YAML reader already reported (a quoted-number hint, say) are left out. */
export function dropRepeats(sourceIssues: readonly ContentIssue[], schemaIssues: readonly ContentIssue[]): ContentIssue[] {
  const reported = new Set(sourceIssues.filter((i) => i.path).map((i) => i.path));
  return schemaIssues.filter((i) => !reported.has(i.path));
}
