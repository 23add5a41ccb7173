/** Facts about the statuses, from statuses.yaml and courses.yaml: discounts, requirements, targets, benefits, NFR copies. */
import type { Rules } from '../rules.ts';
import { lowerStatus } from '../rules.ts';
import type { Status } from '../schemas/program.ts';
import type { Requirement, SalesRequirement } from '../schemas/requirement.ts';
import type { DocsRefs } from './docs-refs.ts';
import type { Fact, FactTier } from './types.ts';

const tiersOf = (status: Status): FactTier[] => status.discount.map((d) => ({ percent: d.percent, requires: d.requires }));
const salesOf = (list: readonly Requirement[] | undefined) => list?.find((r): r is SalesRequirement => r.kind === 'sales');

/**
 * The topics a requirement is named by, in each language's topics (see languages/*.yaml): a
 * question names it when it has a topic of every group.
 */
export function requirementTopics(r: Requirement): string[][] {
  switch (r.kind) {
    case 'case-study': return [['case-study']];
    case 'marketing-plan': return [['marketing-plan']];
    case 'product-presentation': return [['presentation']];
    case 'first-line-support': return [['first-line', 'support']];
    case 'course': return r.course === 'tutorial' ? [['tutorial']] : [['course'], [r.course]];
    case 'endorsement': return [['endorse', r.channel], [r.channel]];
    case 'nfr-cloud': return [['nfr'], ['claim']];
    case 'clients': return [['clients'], ['different', 'sales', 'reach']];
    case 'sales': return [['sales', 'target']];
  }
}

/** A requirement's identity, so the same one across statuses is one fact. */
function requirementKey(r: Requirement): string {
  return r.kind === 'course' ? `course:${r.course}` : r.kind === 'endorsement' ? `endorsement:${r.channel}` : r.kind;
}

/** Every fact about the statuses. */
export function statusFacts(rules: Rules, refs: DocsRefs): Fact[] {
  const facts: Fact[] = [];
  const section = (s: Status) => refs.titled('statuses', s.name);
  const highest = Object.fromEntries(rules.statuses.map((s) => [s.id, Math.max(...s.discount.map((t) => t.percent))]));
  for (const [i, status] of rules.statuses.entries()) {
    const s = status.id;
    const below = rules.statuses[i - 1]?.id ?? s;
    facts.push({
      id: `statuses.${s}.discount`, code: 'status-discount', status: s, tiers: tiersOf(status),
      // A tier's requirements (the tutorial) are what "before the tutorial" asks about.
      match: { needs: [['discount']], about: ['price', 'before', ...status.discount.flatMap((d) => d.requires.flatMap((r) => requirementTopics(r).flat()))], aspects: ['percent', 'amount'], status: s },
      decide: { kind: 'discount', tiers: tiersOf(status), highest },
      docs: refs.figure([`${s}.discount`], 'buying-and-reselling#buying-in-the-store'),
    });
    if (status.entry.requires.length > 0) {
      facts.push({
        id: `statuses.${s}.entry`, code: 'status-entry', status: s, below, requires: status.entry.requires,
        match: { needs: [], about: ['reach', 'status'], aspects: ['requirements', 'howTo', 'list'], status: s },
        docs: section(status),
      });
    }
    const entrySales = salesOf(status.entry.requires);
    if (entrySales) {
      facts.push({
        id: `statuses.${s}.entry.sales`, code: 'status-entry-sales', status: s, below, amount: entrySales.amount, months: entrySales.months ?? 0, whileStatus: entrySales.whileCurrentStatus === true,
        match: { needs: [['sales', 'target']], about: ['reach', 'window'], excludes: ['keep', 'review'], aspects: ['amount', 'duration'], status: s },
        decide: { kind: 'equals', value: entrySales.amount, unit: 'money' },
        docs: refs.figure([`${s}.entrySales`], 'statuses#sales-targets'),
      });
      if (entrySales.whileCurrentStatus) {
        facts.push({
          id: `statuses.${s}.entry.sales.whileCurrentStatus`, code: 'status-entry-since', status: s, below, months: entrySales.months ?? 0,
          match: { needs: [['sales', 'target'], ['before']], about: ['reach', 'window'], aspects: ['requirements', 'who'], status: s },
          decide: { kind: 'flag', value: false },
          docs: refs.section('statuses#how-we-read-the-rules'),
        });
      }
    }
    const clients = status.entry.requires.find((r) => r.kind === 'clients');
    if (clients) {
      facts.push({
        id: `statuses.${s}.entry.clients`, code: 'status-entry-clients', status: s, count: clients.count,
        match: { needs: [['clients']], about: ['reach', 'sales'], aspects: ['count', 'requirements'], status: s },
        decide: { kind: 'equals', value: clients.count, unit: 'count' },
        docs: refs.figure([`${s}.entryClients`], 'statuses#silver'),
      });
    }
    if (status.probation) {
      const probation = { status: s, days: status.probation.days, requires: status.probation.requires };
      facts.push({
        id: `statuses.${s}.probation`, code: 'status-probation', ...probation,
        match: { needs: [], about: ['keep', 'deadline', 'tutorial', 'nfr', 'cancel', 'approval', 'status', 'probation'], aspects: ['requirements', 'duration', 'deadline', 'list', 'howTo'], status: s },
        docs: refs.figure([`${s}.probationDays`], 'statuses#bronze'),
      });
      facts.push({
        id: `statuses.${s}.probation.missed`, code: 'status-probation-missed', ...probation,
        match: { needs: [], about: ['tutorial', 'course', 'nfr', 'claim', 'deadline', 'cancel', 'keep', 'probation'], aspects: ['whatIf'], status: s },
        docs: refs.figure([`${s}.probationDays`], 'statuses#bronze'),
      });
    }
    const target = salesOf(status.maintain?.requires);
    if (target) {
      const to = lowerStatus(rules, s, rules.timelines.review.demoteLevels).id;
      facts.push({
        id: `statuses.${s}.maintain.sales`, code: 'status-annual-target', status: s, amount: target.amount, months: rules.timelines.review.months,
        match: { needs: [['target', 'keep', 'review', 'year']], about: ['keep', 'review', 'year', 'target', 'sales'], excludes: ['reach'], aspects: ['amount'], status: s },
        decide: { kind: 'equals', value: target.amount, unit: 'money' },
        docs: refs.figure([`${s}.annualTarget`], 'statuses#sales-targets'),
      });
      facts.push({
        id: `statuses.${s}.maintain.missed`, code: 'status-target-missed', status: s, to, amount: target.amount,
        match: { needs: [['target', 'sales', 'review', 'keep', 'renew', 'demote']], about: ['demote', 'cancel', 'keep', 'year', 'target', 'renew', 'status'], aspects: ['whatIf'], status: s },
        docs: refs.section('statuses#annual-review'),
      });
    }
    facts.push({
      id: `statuses.${s}.benefits`, code: 'status-benefits', status: s, tiers: tiersOf(status), benefits: status.benefits.map((b) => ({ id: b.id, text: b.text, requires: b.requires })),
      match: { needs: [], about: ['benefit', 'claim'], aspects: ['benefits', 'list'], status: s },
      docs: section(status),
    });
    facts.push({
      id: `statuses.${s}.nfr`, code: 'status-nfr', status: s, cloud: status.nfr.cloud, onPremise: status.nfr.onPremise,
      match: { needs: [['nfr', 'key']], about: ['cloud', 'key', 'claim'], excludes: ['extend', 'storage', 'sites', 'scans', 'domain'], aspects: ['count', 'who'], status: s },
      docs: refs.figure([`${s}.nfrCloud`, `${s}.nfrKeys`], 'nfr#what-nfr-copies-are-for'),
    });
    const courses = [...(status.probation?.requires ?? []), ...status.entry.requires].flatMap((r) => (r.kind === 'course' ? [r.course] : []));
    if (courses.length) {
      facts.push({
        id: `statuses.${s}.courses`, code: 'status-courses', status: s, courses,
        match: { needs: [['course']], about: ['reach', 'keep'], aspects: ['requirements', 'list', 'who'], status: s },
        docs: section(status),
      });
    }
  }

  const statuses = rules.statuses.map((s) => s.id);
  facts.push({
    id: 'statuses.nfr', code: 'nfr-counts', statuses: rules.statuses.map((s) => ({ status: s.id, cloud: s.nfr.cloud, onPremise: s.nfr.onPremise })),
    match: { needs: [['nfr', 'key']], about: ['cloud', 'key', 'claim', 'more', 'status'], excludes: ['extend', 'storage', 'sites', 'scans', 'domain'], aspects: ['count', 'who', 'list'] },
    docs: refs.section('nfr#what-nfr-copies-are-for'),
  });
  facts.push({
    id: 'statuses.discount', code: 'discounts', statuses: rules.statuses.map((s) => ({ status: s.id, tiers: tiersOf(s) })),
    match: { needs: [['discount']], about: ['price', 'status', 'highest'], aspects: ['percent', 'amount', 'list'] },
    docs: refs.section('buying-and-reselling#buying-in-the-store'),
  });
  facts.push({
    id: 'statuses.targets', code: 'targets',
    statuses: rules.statuses.flatMap((s, i) => {
      const entry = salesOf(s.entry.requires);
      const annual = salesOf(s.maintain?.requires)?.amount;
      if (!entry && annual === undefined) return [];
      return [{ status: s.id, below: rules.statuses[i - 1]?.id ?? s.id, ...(entry ? { entry: { amount: entry.amount, months: entry.months ?? 0 } } : {}), ...(annual !== undefined ? { annual } : {}) }];
    }),
    match: { needs: [['target', 'sales']], about: ['keep', 'reach', 'year', 'status'], aspects: ['amount', 'list'] },
    docs: refs.section('statuses#sales-targets'),
  });
  const moves = rules.statuses.filter((s) => s.maintain).map((s) => ({ from: s.id, to: lowerStatus(rules, s.id, rules.timelines.review.demoteLevels).id }));
  facts.push({
    id: 'timelines.review.demoteLevels', code: 'target-missed', moves,
    match: { needs: [['target', 'sales', 'review', 'keep', 'renew', 'demote']], about: ['demote', 'year', 'keep', 'cancel', 'renew', 'status'], aspects: ['whatIf'] },
    docs: refs.section('statuses#annual-review'),
  });
  facts.push({
    id: 'statuses', code: 'statuses-list', statuses,
    match: { needs: [['status']], about: [], excludes: ['highest', 'lowest'], aspects: ['list', 'count', 'definition'] },
    docs: refs.section('index#statuses-at-a-glance'),
  });
  // "What's the difference between Silver and Gold?": the figures that tell the statuses apart, side by side.
  facts.push({
    id: 'statuses.compare', code: 'statuses-compare',
    statuses: rules.statuses.map((s) => {
      const entry = salesOf(s.entry.requires);
      const annual = salesOf(s.maintain?.requires)?.amount;
      return {
        status: s.id, tiers: tiersOf(s), cloud: s.nfr.cloud, onPremise: s.nfr.onPremise, listed: s.listing !== 'none',
        ...(entry ? { entry: { amount: entry.amount, months: entry.months ?? 0 } } : {}), ...(annual !== undefined ? { annual } : {}),
      };
    }),
    match: { needs: [['compare', 'different']], about: ['status', 'discount', 'target', 'nfr'], aspects: ['list', 'definition', 'benefits', 'requirements'], statuses: true },
    docs: refs.section('index#statuses-at-a-glance'),
  });
  facts.push({
    id: 'statuses.highest', code: 'status-highest', status: statuses.at(-1) as string,
    match: { needs: [['highest']], about: ['status'], aspects: ['definition', 'list', 'who'] },
    docs: refs.titled('statuses', rules.statuses.at(-1)?.name ?? ''),
  });
  facts.push({
    id: 'statuses.lowest', code: 'status-lowest', status: statuses[0] as string,
    match: { needs: [['lowest']], about: ['status', 'application', 'approval'], aspects: ['definition', 'list', 'who'] },
    docs: refs.titled('statuses', rules.statuses[0]?.name ?? ''),
  });

  // Who must meet each requirement, and who gets each benefit: the data for "Do I need a case study for Silver?".
  const requirers = new Map<string, { requirement: Requirement; statuses: string[] }>();
  for (const status of rules.statuses) {
    for (const r of [...(status.probation?.requires ?? []), ...status.entry.requires]) {
      if (r.kind === 'sales') continue;
      const key = requirementKey(r);
      const entry = requirers.get(key) ?? { requirement: r, statuses: [] };
      entry.statuses.push(status.id);
      requirers.set(key, entry);
    }
  }
  for (const [key, { requirement, statuses: ids }] of requirers) {
    facts.push({
      id: `requirements.${key}`, code: 'who-requires', requirement, statuses: ids,
      match: { needs: requirementTopics(requirement), about: ['reach', 'keep', ...(requirement.kind === 'first-line-support' ? ['clients', 'email'] : [])], aspects: ['who', 'requirements'] },
      decide: { kind: 'statuses', ids },
      docs: refs.titled('statuses', rules.statuses.find((s) => s.id === ids[0])?.name ?? ''),
    });
  }
  for (const course of rules.courses) {
    facts.push({
      id: `courses.${course.id}`, code: 'course', course: course.id, summary: course.summary,
      statuses: [...requirers.get(`course:${course.id}`)?.statuses ?? []],
      match: { needs: [['course', 'tutorial'], [course.id]], about: [], excludes: ['reach', 'keep'], aspects: ['definition', 'list'] },
      docs: refs.section(course.id === 'tutorial' ? 'training#partner-program-tutorial' : `training#partner-${course.id}-course`),
    });
  }
  const covered = new Set(['nfr-cloud', 'nfr-key', 'leads', 'leads-app', 'listing', 'featured']);
  const benefits = new Map<string, { text: string; statuses: string[] }>();
  for (const status of rules.statuses) {
    for (const b of status.benefits) {
      if (covered.has(b.id)) continue;
      const entry = benefits.get(b.id) ?? { text: b.text, statuses: [] };
      entry.statuses.push(status.id);
      benefits.set(b.id, entry);
    }
  }
  for (const [id, { text, statuses: ids }] of benefits) {
    facts.push({
      id: `benefits.${id}`, code: 'who-benefit', benefit: id, text, statuses: ids,
      match: { needs: [[id]], about: ['benefit', 'claim'], aspects: ['who', 'benefits'] },
      decide: { kind: 'statuses', ids },
      docs: refs.titled('statuses', rules.statuses.find((s) => s.id === ids[0])?.name ?? ''),
    });
  }
  return facts;
}
