/** What changed in the program's rules, value by value (rules are public: values are shown). */
import type { Rules } from '../../content/index.ts';

/** A changed value in a rules file (rules are public: values are shown). */
export interface RuleChange {
  file: string;
  /** Field path, with list entries named by id where they have one: `statuses[silver].maintain.requires[0].amount`. */
  path: string;
  before?: unknown;
  after?: unknown;
}

/** The file each part of the rules is read from. */
const RULE_FILES: Record<keyof Rules, string> = {
  info: 'program.yaml', statuses: 'statuses.yaml', courses: 'courses.yaml', services: 'services.yaml', bonuses: 'bonuses.yaml',
  nfr: 'nfr.yaml', timelines: 'timelines.yaml', leads: 'leads.yaml', listing: 'listing.yaml', deadlines: 'deadlines.yaml',
};

/** Every changed value in the rules, file by file. */
export function compareRules(before: Rules, after: Rules): RuleChange[] {
  const out: RuleChange[] = [];
  for (const [key, file] of Object.entries(RULE_FILES)) {
    // Files holding one list are unwrapped in Rules; their paths start with the list's name.
    const prefix = ['statuses', 'courses', 'services'].includes(key) ? key : '';
    diffValue(before[key as keyof Rules], after[key as keyof Rules], prefix, (p, b, a) => out.push({ file, path: p, before: b, after: a }));
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: unknown): v is { id: string } => isObject(v) && typeof v.id === 'string';

function diffValue(a: unknown, b: unknown, at: string, report: (path: string, before: unknown, after: unknown) => void): void {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const join = (key: string) => (at ? `${at}.${key}` : key);
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) diffValue(a[key], b[key], join(key), report);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.every(hasId) && b.every(hasId)) {
      // Entries with ids are matched by id, so a new status or course is one change, not a shift.
      const ids = [...new Set([...a.map((x) => x.id), ...b.map((x) => x.id)])];
      for (const id of ids) diffValue(a.find((x) => x.id === id), b.find((x) => x.id === id), `${at}[${id}]`, report);
      return;
    }
    if (a.length === b.length && a.some(isObject)) {
      a.forEach((x, i) => diffValue(x, b[i], `${at}[${i}]`, report));
      return;
    }
  }
  report(at, a, b);
}
