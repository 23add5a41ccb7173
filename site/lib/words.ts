/**
 * The rules' own words (statuses, services, courses, request kinds, the program's name) and the
 * names of countries and languages, in the page's language. The rules' English stays in
 * content/program/*.yaml; another language translates it in its program.ftl under an id derived
 * from the rules' id (`rule-status-gold`, `rule-service-training-summary`), and where it has none
 * the YAML's English shows (the content check lists what is left to translate). And the rules
 * engine's messages (content/locales/<locale>/program.ftl) put in words.
 */
import { countryName, renderMessage, ruleText, SOURCE_LOCALE } from '../../content/index.ts';
import type { Message, Rules, Translator } from '../../content/index.ts';

/** The translation of rules text `id` when the language has one, else the rules' own English (the content module's). */
export { ruleText };

/** A status's name ("Gold"). */
export function statusName(t: Translator, rules: Rules, id: string): string {
  const status = rules.statuses.find((s) => s.id === id);
  return status ? ruleText(t, `rule-status-${id}`, status.name) : id;
}

/** A status's one-line summary. */
export function statusSummary(t: Translator, rules: Rules, id: string): string {
  const status = rules.statuses.find((s) => s.id === id);
  return status ? ruleText(t, `rule-status-${id}-summary`, status.summary) : '';
}

/** A service's name ("Training"). */
export function serviceLabel(t: Translator, rules: Rules, id: string): string {
  const service = rules.services.find((s) => s.id === id);
  return service ? ruleText(t, `rule-service-${id}`, service.name) : id;
}

/** A service's one-line summary. */
export function serviceSummary(t: Translator, rules: Rules, id: string): string {
  const service = rules.services.find((s) => s.id === id);
  return service ? ruleText(t, `rule-service-${id}-summary`, service.summary) : '';
}

/** A course's name ("Partner Program Tutorial"). */
export function courseLabel(t: Translator, rules: Rules, id: string): string {
  const course = rules.courses.find((c) => c.id === id);
  return course ? ruleText(t, `rule-course-${id}`, course.name) : id;
}

/** What a client can ask for ("Workflow automation"), from leads.yaml. */
export function requestKindLabel(t: Translator, rules: Rules, id: string): string {
  const kind = rules.leads.requests.kinds.find((k) => k.id === id);
  return kind ? ruleText(t, `rule-request-kind-${id}`, kind.name) : id;
}

/** The program's name. */
export function programName(t: Translator, rules: Rules): string {
  return ruleText(t, 'rule-program-name', rules.info.name);
}

/** The code point that stands for a link inside a message, where the sentence is cut around it. */
const SLOT = '\u{E000}';

/**
 * A sentence with a link (or other markup) inside, as the parts around it: the message names the
 * link's place with a variable (`Or { $link }.`), so a language puts it where its sentence wants it,
 * and the page renders `before`, its own markup, `after`. Words stay in the catalog; no HTML does.
 */
export function aroundSlot(t: Translator, id: string, slot: string, args: Record<string, string | number> = {}): { before: string; after: string } {
  const text = t.t(id, { ...args, [slot]: SLOT });
  const at = text.indexOf(SLOT);
  return at === -1 ? { before: text, after: '' } : { before: text.slice(0, at), after: text.slice(at + SLOT.length) };
}

/**
 * A country's name in the page's language ("Deutschland"); in English the content module's
 * official name ("United States of America"), as the directory has always written it.
 */
export function countryLabel(t: Translator, code: string): string {
  return t.locale.id === SOURCE_LOCALE ? countryName(code.toUpperCase()) : t.country(code);
}

/** The translator the server handed the page (`Astro.locals.t`). */
export function pageWords(locals: { t?: Translator }): Translator {
  if (!locals.t) throw new Error('no translator for this request: pages are served by npm start (or astro dev), which hand it over');
  return locals.t;
}

/** An engine message in the page's language (plain text: Astro escapes it). */
export function say(t: Translator, message: Message): string {
  return renderMessage(t, message);
}
