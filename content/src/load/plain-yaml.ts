/**
 * A fast reader for the plain YAML content files are written in: fields with plain, quoted or
 * flow-list values, fields nested by indentation, lists of values or of groups of fields, and
 * whole-line comments. It reads them as js-yaml's YAML 1.2 core schema does, three times as fast
 * (the frontmatter of 10,000 partner files in 0.2 s on one core, against 0.6 s), and it gives
 * up, returning undefined, at anything beyond that subset: comments after a value, anchors, tags,
 * block scalars, escapes, multi-line values, tabs, unusual characters, duplicate fields, numbers
 * other than plain decimals, and every kind of mistake. Whatever it gives up on is read
 * by js-yaml (and, for its problems and lines, the `yaml` package), so every file still reads
 * exactly as the core schema says; test/plain-yaml.test.ts holds the two readers to the same result.
 */

/** Thrown (and caught below) where the text leaves the subset. */
const BEYOND = Symbol('beyond the plain subset');

/** `name:` or `name: value`, with a name that is a plain word. */
const FIELD = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;

/** The core schema's integers and floats (js-yaml's patterns): anything numeric but a plain decimal is left to js-yaml. */
const CORE_INT = /^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$/;
const CORE_FLOAT = /^(?:[-+]?[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Decimals written the plain way (no leading zero, no exponent): read here. */
const PLAIN_DECIMAL = /^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** Characters a plain value may not start with (YAML's indicators; `-` is handled with the numbers). */
const INDICATORS = new Set('?:,[]{}#&*!|>%@`\'"');

/** First letters of the names that mean something else (`true`, `Null`): t, T, f, F, n, N. */
const RESERVED_START = new Set([116, 84, 102, 70, 110, 78]);

/** What a plain value (unquoted, on one line) means in the core schema; BEYOND where js-yaml should decide. */
function plainValue(text: string): unknown {
  switch (text) {
    case '~': case 'null': case 'Null': case 'NULL': return null;
    case 'true': case 'True': case 'TRUE': return true;
    case 'false': case 'False': case 'FALSE': return false;
  }
  const first = text.charCodeAt(0);
  // Digits, signs and dots may start a number: a plain decimal is read here, any other number is js-yaml's.
  if ((first >= 48 && first <= 57) || first === 43 || first === 45 || first === 46) {
    if (PLAIN_DECIMAL.test(text) && text.length < 300) return Number(text);
    if (CORE_INT.test(text) || CORE_FLOAT.test(text)) throw BEYOND;
    // A dash starts a list item or a negative number; other text after it is js-yaml's to read.
    if (first === 45) throw BEYOND;
    // Dates, phone numbers, versions: text.
  } else if (INDICATORS.has(text[0] as string)) throw BEYOND;
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) throw BEYOND;
  return text;
}

/** A value written on the same line as its field or list dash. */
function inlineValue(text: string): unknown {
  const first = text[0];
  if (first === '"' || first === "'") return quoted(text, first);
  if (first === '[') return flowList(text);
  if (first === '{') {
    if (text === '{}') return {};
    throw BEYOND;
  }
  return plainValue(text);
}

/** `"text"` or `'text'` without escapes, doubled quotes or anything after the closing quote. */
function quoted(text: string, quote: string): string {
  if (text.length < 2 || text.indexOf(quote, 1) !== text.length - 1 || text.includes('\\')) throw BEYOND;
  return text.slice(1, -1);
}

/** `[a, b, "c"]` with plain or double-quoted values, or `[]`. */
function flowList(text: string): unknown[] {
  if (!text.endsWith(']')) throw BEYOND;
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  if (/[[\]{}':]/.test(inner)) throw BEYOND;
  return inner.split(',').map((part) => {
    const item = part.trim();
    if (item === '') throw BEYOND;
    if (item[0] === '"') return quoted(item, '"');
    if (item.includes('"')) throw BEYOND;
    return plainValue(item);
  });
}

/**
 * Field names seen before, in a trie over their characters (the 64 a name may hold): a file's names
 * are nearly all the previous file's, and a name found here is a string the engine already holds as
 * a property name, so storing a field looks nothing up (a third of the time of reading a partner
 * file otherwise). Bounded: past its nodes, names are taken as they are.
 */
const NAME_CHAR = new Int8Array(128).fill(-1);
for (let c = 0; c < 128; c++) {
  if (c >= 65 && c <= 90) NAME_CHAR[c] = c - 65;
  else if (c >= 97 && c <= 122) NAME_CHAR[c] = c - 97 + 26;
  else if (c >= 48 && c <= 57) NAME_CHAR[c] = c - 48 + 52;
}
NAME_CHAR[95] = 62;
NAME_CHAR[45] = 63;
const TRIE_NODES = 2048;
/** Node n's child for character k is trie[n * 64 + k]; 0 is none (node 0 is the root). */
const trie = new Int32Array(TRIE_NODES * 64);
const trieNames: (string | undefined)[] = [];
let trieSize = 1;

/** The name `text` holds from `from` to `to` (each character one of NAME_CHAR's), kept in the trie for the next file. */
function knownName(text: string, from: number, to: number): string {
  // As a property name (the form the trie keeps).
  const name = Object.keys({ [text.slice(from, to)]: 0 })[0] as string;
  let node = 0;
  for (let i = from; i < to; i++) {
    const slot = node * 64 + (NAME_CHAR[text.charCodeAt(i)] as number);
    if (!trie[slot]) {
      if (trieSize === TRIE_NODES) return name;
      trie[slot] = trieSize++;
    }
    node = trie[slot] as number;
  }
  trieNames[node] = name;
  return name;
}

/** The lines of the text being read: where each starts, its indentation, and where its content ends (trailing spaces cut). */
let starts = new Int32Array(256);
let indents = new Int32Array(256);
let ends = new Int32Array(256);

/** Characters js-yaml refuses or reads specially, tabs and CRs: js-yaml's to read. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNUSUAL = /[\x00-\x09\x0B-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** Splits `text` into lines; false where a character or a `#` leaves the subset. */
function scanLines(text: string): number | false {
  if (UNUSUAL.test(text)) return false;
  const length = text.length;
  // Where the next `#` is: a whole-line comment is a blank line; a `#` anywhere else may start a comment, js-yaml's to read.
  let hash = text.indexOf('#');
  let count = 0;
  for (let at = 0; at <= length; count++) {
    if (count === starts.length) {
      const grow = (old: Int32Array) => { const next = new Int32Array(old.length * 2); next.set(old); return next; };
      starts = grow(starts); indents = grow(indents); ends = grow(ends);
    }
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) lineEnd = length;
    let i = at;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    let end = lineEnd;
    while (end > i && text.charCodeAt(end - 1) === 32) end--;
    if (hash !== -1 && hash < lineEnd) {
      if (hash === i) end = i;
      // Else only inside a double-quoted value ending the line (`address: "Carrera 11 # 93-46"`), which
      // the value's reading holds to one quoted string; a plain value with ` #` is js-yaml's to read.
      else if (text.charCodeAt(end - 1) !== 34 || !(text.indexOf('"', i) < hash)) return false;
      hash = text.indexOf('#', lineEnd);
    }
    starts[count] = at;
    indents[count] = i - at;
    ends[count] = end;
    at = lineEnd + 1;
  }
  return count;
}

/**
 * Reads `text` as YAML in the plain subset; undefined when it uses anything else (the caller then
 * reads it with a full YAML parser) or holds no fields at all.
 */
export function readPlainYaml(text: string): unknown {
  const count = scanLines(text);
  if (count === false) return undefined;
  try {
    return new Reader(text, count).document();
  } catch (error) {
    if (error === BEYOND) return undefined;
    throw error;
  }
}

/** Reads the lines `scanLines` found, from the first on. */
class Reader {
  text: string;
  count: number;
  /** The next line to read. */
  pos = 0;

  constructor(text: string, count: number) {
    this.text = text;
    this.count = count;
  }

  document(): unknown {
    const first = this.nextContent();
    if (first === -1) return undefined;
    const data = this.isDash(first) ? this.list(indents[first] as number) : this.fields(indents[first] as number);
    return this.nextContent() === -1 ? data : undefined;
  }

  /** The next line with content from `pos` on, or -1. */
  nextContent(): number {
    let j = this.pos;
    while (j < this.count && ends[j] === (starts[j] as number) + (indents[j] as number)) j++;
    return j < this.count ? j : -1;
  }

  /** Whether line `j` is a list item: `-` alone or followed by a space. */
  isDash(j: number): boolean {
    const at = (starts[j] as number) + (indents[j] as number);
    return this.text.charCodeAt(at) === 45 && (at + 1 === ends[j] || this.text.charCodeAt(at + 1) === 32);
  }

  /** A group of fields whose names are indented by `indent`, starting at the next content line. */
  fields(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const text = this.text;
    for (let j = this.nextContent(); j !== -1 && (indents[j] as number) >= indent; j = this.nextContent()) {
      if (indents[j] !== indent) throw BEYOND;
      const from = (starts[j] as number) + indent;
      const end = ends[j] as number;
      // The name: a plain word, then a colon, then the end of the line or spaces.
      let i = from;
      const c0 = text.charCodeAt(i);
      if (!((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95)) throw BEYOND;
      let node = 0;
      for (; i < end; i++) {
        const c = text.charCodeAt(i);
        const k = c < 128 ? (NAME_CHAR[c] as number) : -1;
        if (k < 0) break;
        if (node !== -1) node = (trie[node * 64 + k] as number) || -1;
      }
      if (text.charCodeAt(i) !== 58 || (i + 1 < end && text.charCodeAt(i + 1) !== 32)) throw BEYOND;
      const name = (node > 0 ? trieNames[node] : undefined) ?? knownName(text, from, i);
      // A name that means something else (`True`, `NULL`), an inherited property's, or a field twice: js-yaml decides.
      if (Object.hasOwn(out, name) || name === '__proto__' || (RESERVED_START.has(c0) && typeof plainValue(name) !== 'string')) throw BEYOND;
      let v = i + 1;
      while (v < end && text.charCodeAt(v) === 32) v++;
      this.pos = j + 1;
      out[name] = v === end ? this.blockValue(indent) : inlineValue(text.slice(v, end));
    }
    return out;
  }

  /** A list whose dashes are indented by `indent`. */
  list(indent: number): unknown[] {
    const out: unknown[] = [];
    const text = this.text;
    for (let j = this.nextContent(); j !== -1 && (indents[j] as number) >= indent; j = this.nextContent()) {
      if (indents[j] !== indent) throw BEYOND;
      // The next field of the group this list sits in at the same indentation.
      if (!this.isDash(j)) break;
      const dash = (starts[j] as number) + indent;
      const end = ends[j] as number;
      if (dash + 1 === end) throw BEYOND;
      let from = dash + 2;
      while (text.charCodeAt(from) === 32) from++;
      const rest = text.slice(from, end);
      if (rest === '-' || rest.startsWith('- ')) throw BEYOND;
      if (FIELD.test(rest)) {
        // A group of fields whose first one is on the dash's line: read as if that line were indented to it.
        const inner = from - (starts[j] as number);
        indents[j] = inner;
        this.pos = j;
        out.push(this.fields(inner));
      } else {
        this.pos = j + 1;
        out.push(inlineValue(rest));
      }
    }
    return out;
  }

  /** The value of a field with nothing after its colon, on the lines below it: a group, a list, or null. */
  blockValue(fieldIndent: number): unknown {
    const j = this.nextContent();
    if (j === -1) return null;
    const indent = indents[j] as number;
    if (indent > fieldIndent) return this.isDash(j) ? this.list(indent) : this.fields(indent);
    if (indent === fieldIndent && this.isDash(j)) return this.list(indent);
    return null;
  }
}
