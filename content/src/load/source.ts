/**
 * Turns the text of one content file into data, with the line of every field.
 *
 * Markdown files are split at their frontmatter's closing line; the frontmatter, and whole YAML
 * files, are read with the YAML 1.2 core schema, and every problem can name its line. Two traps of older YAML readers
 * are closed here: `012345` is not an octal number, and `2024-03-10` stays the text it is. A number
 * written with a leading zero is reported, because YAML would drop the zero (phone numbers, ids):
 * such values must be quoted.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { ContentIssue, Locator } from '../issues.ts';
import { formatPath } from '../issues.ts';
import { readPlainYaml } from './plain-yaml.ts';

/** The parsed form of one file. */
export interface ParsedSource {
  /** The YAML data (a markdown file's frontmatter), or undefined when it could not be parsed. */
  data: unknown;
  /** A markdown file's body, trimmed; empty for YAML files. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Line of a field path, for messages. */
  locate: Locator;
  /** Syntax problems and unsafe values. */
  issues: ContentIssue[];
}

/** Removes a byte-order mark and turns CRLF and CR line endings into LF. */
export function normalizeText(text: string): string {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

const YAML_SYNTAX = 'the YAML cannot be read';

/** Plain-words fixes for the YAML errors people make most. */
const YAML_HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: "a value contains ': ' (put the whole value in quotes) or a nested field is indented wrongly (indent it two spaces under its parent)",
  MULTILINE_IMPLICIT_KEY: 'a field name runs over two lines; check the indentation of this line',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  DUPLICATE_KEY: 'the same field appears twice in one group; keep one',
  MISSING_CHAR: 'a quote or bracket is not closed',
};

/**
 * Parses YAML text. The fast paths are our plain-subset reader and then js-yaml (YAML 1.2 core
 * schema, as the `yaml` package reads it); the `yaml` package, slower but with positions, runs
 * only when needed: for syntax errors, for numbers written with a leading zero, and lazily when a
 * problem needs its line.
 */
function parseYaml(text: string, file: string, firstLine: number): Omit<ParsedSource, 'body' | 'bodyLine'> {
  let positioned: { doc: Document; lineOf: (offset: number) => number } | undefined;
  const withPositions = () => {
    if (!positioned) {
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
      positioned = { doc, lineOf: (offset: number) => lineCounter.linePos(offset).line + firstLine - 1 };
    }
    return positioned;
  };
  const locate: Locator = (path) => {
    const { doc, lineOf } = withPositions();
    const node = nearestNode(doc, path);
    return node?.range ? lineOf(node.range[0]) : firstLine;
  };
  // Nothing but blank lines and comments: no data, and nothing wrong with the YAML (the caller says what is missing).
  if (!YAML_CONTENT.test(text)) return { data: undefined, locate, issues: [] };
  // Most files are plain YAML, read faster than js-yaml can (see plain-yaml.ts); a number with a
  // leading zero is never read there, so only js-yaml's reading needs that check.
  const plain = readPlainYaml(text);
  if (plain !== undefined) return { data: plain, locate, issues: [] };
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return { data: undefined, locate, issues: syntaxIssues(withPositions().doc, withPositions().lineOf, file) };
  }
  const issues = LEADING_ZERO.test(text) ? leadingZeroIssues(withPositions().doc, withPositions().lineOf, file) : [];
  return { data, locate, issues };
}

/** A line that is neither blank nor a comment. */
const YAML_CONTENT = /^[ \t]*[^\s#]/m;

/** A plain number written with a leading zero, somewhere in the text (checked exactly later). */
const LEADING_ZERO = /(?:^|:\s+|-\s+|[[,]\s*)[-+]?0\d+(?:\.\d*)?\s*(?:$|[,\]#])/m;

/** Syntax errors as content problems, one per line, with a plain-words fix where known. */
function syntaxIssues(doc: Document, lineOf: (offset: number) => number, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const errorLines = new Set<number>();
  for (const error of [...doc.errors, ...doc.warnings]) {
    const line = lineOf(error.pos[0]);
    // One message per line: the first error on a line explains the rest.
    if (errorLines.has(line)) continue;
    errorLines.add(line);
    issues.push({ file, line, path: '', message: `${YAML_SYNTAX}: ${YAML_HINTS[error.code] ?? error.message.split('\n')[0]}` });
  }
  if (issues.length === 0) issues.push({ file, line: lineOf(0), path: '', message: `${YAML_SYNTAX}; check the indentation and the quotes` });
  return issues;
}

/** Numbers YAML would read without their leading zero (phone numbers, ids): they need quotes. */
function leadingZeroIssues(doc: Document, lineOf: (offset: number) => number, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(doc, {
    Scalar(_key, node, path) {
      if (typeof node.value === 'number' && typeof node.source === 'string' && /^[-+]?0\d/.test(node.source)) {
        issues.push({
          file,
          line: node.range ? lineOf(node.range[0]) : undefined,
          path: formatPath(pathOf(path)),
          message: `${node.source} would be read as the number ${node.value}, losing its leading zero; put it in quotes: "${node.source}"`,
        });
      }
    },
  });
  return issues;
}

/** The node at `path`, or the closest ancestor that exists (for a missing field, its parent). */
function nearestNode(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as Node | undefined;
    if (node && (isScalar(node) || isMap(node) || isSeq(node))) {
      // For a field whose value is a map or list, point at the key line rather than the first child.
      if (depth > 0 && !isScalar(node)) {
        const parent = doc.getIn(path.slice(0, depth - 1) as unknown[], true);
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth - 1]);
          if (pair && isScalar(pair.key)) return pair.key;
        }
      }
      return node;
    }
  }
  return undefined;
}

/** The data path of a node during `visit`, from its chain of ancestors. */
function pathOf(ancestors: readonly unknown[]): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (let i = 0; i < ancestors.length; i++) {
    const item = ancestors[i];
    if (isPair(item) && isScalar(item.key)) out.push(String(item.key.value));
    else if (isSeq(item)) {
      const child = ancestors[i + 1];
      out.push(item.items.indexOf(child as never));
    }
  }
  return out;
}

/** Parses a whole YAML file; an empty one (or only comments) is a problem of its own. */
export function parseYamlSource(raw: string, file: string): ParsedSource {
  const parsed = parseYaml(normalizeText(raw), file, 1);
  if (parsed.data === undefined && parsed.issues.length === 0) parsed.issues.push({ file, line: 1, path: '', message: 'the file is empty: it needs its fields (see the other files in its folder, or the docs)' });
  return { ...parsed, body: '', bodyLine: 1 };
}

/**
 * `frontmatter` with the top-level field `key` and everything under it blanked out, line for line
 * (so the lines of the other fields stay where they are): the field is not parsed at all.
 */
export function withoutTopLevelField(frontmatter: string, key: string): string {
  const lines = frontmatter.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (start === -1) return frontmatter;
  let end = start + 1;
  // The field runs on over indented lines, blank lines and comments, up to the next top-level field.
  while (end < lines.length && /^(?:\s|#|$)/.test(lines[end] as string)) end++;
  for (let i = start; i < end; i++) lines[i] = '';
  return lines.join('\n');
}

/** Parses a markdown file with YAML frontmatter; `omit` names a top-level field not to parse at all. */
export function parseMarkdownSource(raw: string, file: string, omit?: string): ParsedSource {
  const text = normalizeText(raw);
  if (!text.startsWith('---\n')) {
    return {
      data: undefined, body: text, bodyLine: 1, locate: () => 1,
      issues: [{ file, line: 1, path: '', message: 'the file must start with a frontmatter block: a line `---`, the fields, and another `---`' }],
    };
  }
  // The frontmatter runs from the opening `---` to the next line that is `---`, and the body from
  // the line after it.
  const close = closingLine(text);
  if (!close) {
    return {
      data: undefined, body: '', bodyLine: 1, locate: () => 1,
      issues: [{ file, line: 1, path: '', message: 'the frontmatter block is never closed: put a line `---` after its last field' }],
    };
  }
  const frontmatter = text.slice(3, close.start);
  const bodyStart = close.end;
  // The frontmatter text starts right after the opening `---`, with its line break: line 1.
  const parsed = parseYaml(omit ? withoutTopLevelField(frontmatter, omit) : frontmatter, file, 1);
  const rest = text.slice(bodyStart);
  const body = rest.trim();
  const leading = rest.length - rest.trimStart().length;
  return {
    // Empty frontmatter (or only comments) is a file without fields, which the schema explains.
    data: parsed.data === undefined && parsed.issues.length === 0 ? {} : parsed.data,
    body,
    bodyLine: linesUpTo(text, bodyStart + leading),
    locate: parsed.locate,
    issues: parsed.issues,
  };
}

/** The 1-based line of `text` that offset `end` is on. */
function linesUpTo(text: string, end: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * Where the line closing a frontmatter block (`---` alone, trailing spaces allowed) starts (at its
 * line break) and where the line after it starts; undefined when the block is never closed.
 */
function closingLine(text: string): { start: number; end: number } | undefined {
  for (let at = text.indexOf('\n---', 3); at !== -1; at = text.indexOf('\n---', at + 1)) {
    let end = at + 4;
    while (text[end] === ' ' || text[end] === '\t') end++;
    if (end === text.length) return { start: at, end };
    if (text[end] === '\n') return { start: at, end: end + 1 };
  }
  return undefined;
}
