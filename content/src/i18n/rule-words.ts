/**
 * The rules' own words (status, benefit, course, service and deadline-kind names, summaries, what a
 * bonus can pay for) as messages: English is in `content/program/*.yaml`, the single source of
 * English; another language translates them in its `program.ftl` under ids derived from the
 * rules' ids (`rule-status-silver`, `rule-course-tutorial-summary`…). `ruleText` shows the
 * translation when there is one, the rules' English otherwise; the content check lists the ids a
 * language still lacks (`ruleTextIds`).
 */
import type { Rules } from '../rules.ts';
import type { DeadlineKind, Named, Status } from '../schemas/program.ts';
import type { Message } from './message.ts';

/** A rules word: its id and the English of the rules. */
const word = (code: string, english: string): Message => ({ code, english });

/** An id part from English text: lowercase words joined by hyphens ("products for the partner's own use" → `products-for-the-partners-own-use`). */
export function textId(english: string): string {
  return english.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** A status's name. */
export function statusWord(status: Pick<Status, 'id' | 'name'>): Message {
  return word(`rule-status-${status.id}`, status.name);
}

/** The status `id`'s name (the id itself for an unknown one). */
export function statusWordOf(rules: Rules, id: string): Message {
  return word(`rule-status-${id}`, rules.statuses.find((s) => s.id === id)?.name ?? id);
}

/** A status's one-line summary. */
export function statusSummaryWord(status: Pick<Status, 'id' | 'summary'>): Message {
  return word(`rule-status-${status.id}-summary`, status.summary);
}

/** A benefit of a status, in words. */
export function benefitWord(statusId: string, benefit: { id: string; text: string }): Message {
  return word(`rule-benefit-${statusId}-${benefit.id}`, benefit.text);
}

/** A course's name (the id itself for an unknown one). */
export function courseWord(rules: Rules, id: string): Message {
  return word(`rule-course-${id}`, rules.courses.find((c) => c.id === id)?.name ?? id);
}

/** A course's summary. */
export function courseSummaryWord(course: Named): Message {
  return word(`rule-course-${course.id}-summary`, course.summary);
}

/** A service's name (the id itself for an unknown one). */
export function serviceWord(rules: Rules, id: string): Message {
  return word(`rule-service-${id}`, rules.services.find((s) => s.id === id)?.name ?? id);
}

/** A service's summary. */
export function serviceSummaryWord(service: Named): Message {
  return word(`rule-service-${service.id}-summary`, service.summary);
}

/** A deadline kind's name. */
export function deadlineWord(rules: Rules, kind: DeadlineKind): Message {
  return word(`rule-deadline-${kind}`, rules.deadlines.kinds[kind].name);
}

/** The name of a kind of implementation request a client can send (leads.yaml); the id itself for an unknown one. */
export function requestKindWord(rules: Rules, id: string): Message {
  return word(`rule-request-kind-${id}`, rules.leads.requests.kinds.find((k) => k.id === id)?.name ?? id);
}

/** Something a bonus can (`can`) or cannot pay for, from `bonuses.canPay` / `cannotPay`. */
export function bonusUseWord(can: boolean, english: string): Message {
  return word(`rule-bonus-${can ? 'can' : 'cannot'}-pay-${textId(english)}`, english);
}

/** The program's name. */
export function programNameWord(rules: Rules): Message {
  return word('rule-program-name', rules.info.name);
}

/** Every rules word with its English, by id: what another language's program.ftl translates. */
export function ruleTextIds(rules: Rules): Map<string, string> {
  const words: Message[] = [
    programNameWord(rules),
    ...rules.statuses.flatMap((s) => [statusWord(s), statusSummaryWord(s), ...s.benefits.map((b) => benefitWord(s.id, b))]),
    ...rules.courses.flatMap((c) => [courseWord(rules, c.id), courseSummaryWord(c)]),
    ...rules.services.flatMap((s) => [serviceWord(rules, s.id), serviceSummaryWord(s)]),
    ...(Object.keys(rules.deadlines.kinds) as DeadlineKind[]).map((k) => deadlineWord(rules, k)),
    ...rules.leads.requests.kinds.map((k) => requestKindWord(rules, k.id)),
    ...rules.bonuses.canPay.map((x) => bonusUseWord(true, x)),
    ...rules.bonuses.cannotPay.map((x) => bonusUseWord(false, x)),
  ];
  return new Map(words.map((w) => [w.code, w.english ?? '']));
}
