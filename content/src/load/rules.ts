/** Loads and cross-checks the program's rules from `<content>/program/*.yaml`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { ContentIssue, Locator } from '../issues.ts';
import { dropRepeats, formatPath, parseWithFriendlyErrors } from '../issues.ts';
import type { Rules } from '../rules.ts';
import {
  bonusesFile, coursesFile, deadlinesFile, leadsFile, listingFile, nfrFile, programInfo,
  servicesFile, statusesFile, timelinesFile,
} from '../schemas/program.ts';
import type { Requirement } from '../schemas/requirement.ts';
import { parseYamlSource } from './source.ts';

/** Each rules file and its schema. */
const FILES = {
  info: ['program.yaml', programInfo],
  statuses: ['statuses.yaml', statusesFile],
  courses: ['courses.yaml', coursesFile],
  services: ['services.yaml', servicesFile],
  bonuses: ['bonuses.yaml', bonusesFile],
  nfr: ['nfr.yaml', nfrFile],
  timelines: ['timelines.yaml', timelinesFile],
  leads: ['leads.yaml', leadsFile],
  listing: ['listing.yaml', listingFile],
  deadlines: ['deadlines.yaml', deadlinesFile],
} as const satisfies Record<keyof Rules, readonly [string, z.ZodType]>;

/** Reads the rules; returns them with every problem found (rules are undefined if a file could not be read as its schema). */
export async function loadRules(contentDir: string, displayRoot: string): Promise<{
  rules: Rules | undefined;
  issues: ContentIssue[];
  /** Line of a field in one rules file (by file name), for later checks. */
  locate: (name: string, path: readonly PropertyKey[]) => number | undefined;
}> {
  const issues: ContentIssue[] = [];
  const parts: Partial<Record<keyof Rules, unknown>> = {};
  const locators = new Map<string, Locator>();
  await Promise.all(Object.entries(FILES).map(async ([key, [name, schema]]) => {
    const absolute = path.join(contentDir, 'program', name);
    const file = path.relative(displayRoot, absolute);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch {
      issues.push({ file, path: '', message: 'is missing: every rules file in content/program/ is required' });
      return;
    }
    const source = parseYamlSource(text, file);
    locators.set(name, source.locate);
    issues.push(...source.issues);
    if (source.data === undefined) return;
    const result = parseWithFriendlyErrors(schema, source.data, file, source.locate);
    issues.push(...dropRepeats(source.issues, result.issues));
    if (result.data === undefined) return;
    // Files holding one list are unwrapped: `statuses.yaml` gives `rules.statuses`.
    const data = result.data as Record<string, unknown>;
    parts[key as keyof Rules] = key in data && Object.keys(data).length === 1 ? data[key] : data;
  }));
  const locate = (name: string, at: readonly PropertyKey[]) => locators.get(name)?.(at);
  if (issues.length > 0) return { rules: undefined, issues: sortIssues(issues), locate };
  // In the files' order, whichever was read first: equal rules are the same object, field by field.
  const rules = Object.fromEntries(Object.keys(FILES).map((key) => [key, parts[key as keyof Rules]])) as unknown as Rules;
  const folder = path.relative(displayRoot, path.join(contentDir, 'program'));
  for (const problem of crossCheck(rules)) {
    issues.push({
      file: path.join(folder, problem.name),
      line: locators.get(problem.name)?.(problem.path),
      path: formatPath(problem.path),
      message: problem.message,
    });
  }
  // Rules with cross-file problems are still whole, so partners and docs can be checked against them.
  return { rules, issues: sortIssues(issues), locate };
}

function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return issues.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** A problem found across rules files: the file name, the field path and the message. */
interface CrossProblem {
  name: string;
  path: (string | number)[];
  message: string;
}

/** Checks that the rules files agree with each other (ids that refer to other files exist). */
function crossCheck(rules: Rules): CrossProblem[] {
  const problems: CrossProblem[] = [];
  const statusIds = rules.statuses.map((s) => s.id);
  const courseIds = rules.courses.map((c) => c.id);
  const report = (name: string, path: (string | number)[], message: string) => problems.push({ name, path, message });
  const checkRequirements = (list: readonly Requirement[], where: (string | number)[], name: string) => {
    list.forEach((r, i) => {
      if (r.kind === 'course' && !courseIds.includes(r.course)) {
        report(name, [...where, i, 'course'], `'${r.course}' is not a course in courses.yaml (known: ${courseIds.join(', ')})`);
      }
    });
  };
  const checkUnique = (ids: string[], name: string, key: string, what: string) => ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) report(name, [key, i, 'id'], `${what} '${id}' is defined twice`);
  });
  checkUnique(statusIds, 'statuses.yaml', 'statuses', 'status');
  checkUnique(courseIds, 'courses.yaml', 'courses', 'course');
  checkUnique(rules.services.map((s) => s.id), 'services.yaml', 'services', 'service');
  rules.statuses.forEach((s, i) => {
    const at = ['statuses', i];
    checkRequirements(s.entry.requires, [...at, 'entry', 'requires'], 'statuses.yaml');
    if (s.probation) checkRequirements(s.probation.requires, [...at, 'probation', 'requires'], 'statuses.yaml');
    if (s.maintain) checkRequirements(s.maintain.requires, [...at, 'maintain', 'requires'], 'statuses.yaml');
    s.discount.forEach((d, j) => checkRequirements(d.requires, [...at, 'discount', j, 'requires'], 'statuses.yaml'));
    s.benefits.forEach((b, j) => checkRequirements(b.requires, [...at, 'benefits', j, 'requires'], 'statuses.yaml'));
    if (i > 0 && s.entry.requires.length === 0) {
      report('statuses.yaml', [...at, 'entry', 'requires'], `'${s.id}' is above another status, so it needs entry requirements`);
    }
  });
  checkRequirements(rules.bonuses.kickstart.requires, ['kickstart', 'requires'], 'bonuses.yaml');
  if (rules.bonuses.award.minAmount > rules.bonuses.award.maxAmount) {
    report('bonuses.yaml', ['award', 'minAmount'], `is larger than award.maxAmount (${rules.bonuses.award.maxAmount})`);
  }
  const checkStatusList = (ids: readonly string[], where: string[], name: string) => ids.forEach((id, i) => {
    if (!statusIds.includes(id)) report(name, [...where, i], `'${id}' is not a status in statuses.yaml (known: ${statusIds.join(', ')})`);
  });
  checkStatusList(rules.nfr.cloud.extendableFor, ['cloud', 'extendableFor'], 'nfr.yaml');
  checkStatusList(rules.nfr.onPremise.extendableFor, ['onPremise', 'extendableFor'], 'nfr.yaml');
  checkStatusList(rules.leads.emailLeadsFor, ['emailLeadsFor'], 'leads.yaml');
  if (rules.leads.maxLocations !== rules.leads.extraLocations + 1) {
    report('leads.yaml', ['maxLocations'], `should be extraLocations + 1 (the partner's own country), which is ${rules.leads.extraLocations + 1}`);
  }
  return problems;
}
