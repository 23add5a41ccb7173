/** Requirements as the bot shows them: a mark, the requirement, a progress bar and what is missing. */
import { requirementMessage, statusWord } from '../../content/index.ts';
import type { Message, Requirement, RequirementResult, Rules, Status } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { html, joinHtml } from './html.ts';

/** Width of a progress bar, in blocks. */
const BAR_WIDTH = 10;

/** A bar of `BAR_WIDTH` blocks for `current` of `target`: `███████░░░`. */
export function progressBar(current: number, target: number): { bar: string; percent: number } {
  const ratio = target > 0 ? Math.min(1, Math.max(0, current / target)) : 1;
  const filled = Math.round(ratio * BAR_WIDTH);
  return { bar: '█'.repeat(filled) + '░'.repeat(BAR_WIDTH - filled), percent: Math.floor(ratio * 100) };
}

/**
 * One requirement: ✅ or ❌ and its label; for sales and clients a progress bar with the figures;
 * when unmet, what is missing (`missing` overrides the engine's wording, e.g. with a due date).
 */
export function requirementLine(t: T, r: RequirementResult, missing?: Message): Html {
  const lines: Html[] = [html`${r.met ? '✅' : '❌'} ${t.msg(r.label)}`];
  if (r.progress && !r.met) {
    const fmt = (n: number) => (r.progress?.unit === 'money' ? t.money(n) : t.number(n));
    const { bar, percent } = progressBar(r.progress.current, r.progress.target);
    lines.push(html`      ${t('bot-standing-progress', { bar, percent, current: fmt(r.progress.current), target: fmt(r.progress.target) })}`);
  }
  // A requirement without figures says itself what is missing, unless a due date is to be added.
  const gap = missing ?? (r.progress ? r.missing : undefined);
  if (!r.met && gap) lines.push(html`      ${t('bot-standing-missing', { text: gap })}`);
  return joinHtml(lines);
}

/** A list of requirements, unmet first. */
export function requirementList(t: T, results: readonly RequirementResult[], missing?: readonly Message[]): Html {
  const indexed = results.map((r, i) => ({ r, extra: missing && !r.met ? missing[results.filter((x, j) => j < i && !x.met).length] : undefined }));
  const ordered = [...indexed.filter((x) => !x.r.met), ...indexed.filter((x) => x.r.met)];
  return joinHtml(ordered.map((x) => requirementLine(t, x.r, x.extra)));
}

/** What `requirements` ask, joined by "; " (`whileStatus`: the status a "while" sales requirement means). */
export function requirementsText(t: T, rules: Rules, requirements: readonly Requirement[], whileStatus?: Pick<Status, 'id' | 'name'>): Html {
  return t.join(requirements.map((r) => requirementMessage(rules, r, whileStatus && statusWord(whileStatus))), '; ');
}
