/**
 * The one entry point for a question: each part is answered about the asker's own partner when it
 * asks that and the asker is a linked team member in a private chat; someone not linked is told
 * how to link (with the program's general rule when one answers); in a group nothing private is
 * ever said. Every other part is answered about the program (program.ts).
 */
import type { Standing } from '../engine/evaluate.ts';
import { beyondNext } from '../engine/evaluate.ts';
import type { Partner } from '../schemas/partner.ts';
import type { Rules } from '../rules.ts';
import type { PartAnswer, ProgramAnswer } from './program.ts';
import { answerPart, answerProgram } from './program.ts';
import type { Knowledge } from './program.ts';
import type { PersonalAnswer, PersonalKind } from './personal.ts';
import { personalAnswer, personalKind, statusBeyondNext } from './personal.ts';

/** Who asks. */
export type Asker =
  /** A linked team member in a private chat: the partner and its standing today. */
  | { kind: 'member'; partner: Partner; standing: Standing }
  /** Someone in a private chat whose Telegram account is linked to no partner. */
  | { kind: 'stranger' }
  /** Someone in a group chat: nothing private is ever said there. */
  | { kind: 'group' };

/** One part of an answer. */
export type AnswerPart =
  | ({ kind: 'program' } & PartAnswer)
  | { kind: 'personal'; question: string; personal: PersonalAnswer }
  /** A personal question the asker cannot be answered here: `why` says where (link first, or a private chat); `general` is the program's rule, when one answers. */
  | { kind: 'private'; question: string; why: 'not-linked' | 'group'; asks: PersonalKind; general?: PartAnswer };

/** The answer to a message. */
export type Answer =
  | { kind: 'answer'; parts: AnswerPart[]; sure: boolean; nearest: Extract<ProgramAnswer, { kind: 'answer' }>['nearest'] }
  | Exclude<ProgramAnswer, { kind: 'answer' }>;

/** Answers `text` for `asker`. */
export function answerQuestion(k: Knowledge, rules: Rules, text: string, asker: Asker): Answer {
  const parts = k.understanding.question(text);
  const standing = asker.kind === 'member' ? asker.standing : undefined;
  const kinds = parts.map((p) => personalKind(p, k.scoring.weights, standing, rules));
  if (kinds.every((kind) => kind === undefined)) {
    const program = answerProgram(k, text, standing?.status?.id);
    return program.kind === 'answer' ? { ...program, parts: program.parts.map((p) => ({ kind: 'program', ...p })) } : program;
  }
  const answered: AnswerPart[] = [];
  let sure = true;
  parts.forEach((reading, i) => {
    const kind = kinds[i];
    if (kind === undefined) {
      const part = answerPart(k, reading, standing?.status?.id);
      if (part) answered.push({ kind: 'program', ...part });
      else sure = false;
      return;
    }
    if (asker.kind === 'member') {
      const target = kind === 'next' || kind === 'can-reach' ? statusBeyondNext(reading, asker.standing, rules) : undefined;
      const beyond = target ? beyondNext(asker.partner, rules, asker.standing, target) : undefined;
      answered.push({ kind: 'personal', question: reading.text, personal: personalAnswer(kind, asker.standing, rules, beyond, reading, asker.partner) });
      return;
    }
    // The whole standing has no general rule to tell instead.
    const general = kind === 'overview' ? undefined : answerPart(k, reading);
    answered.push({ kind: 'private', question: reading.text, why: asker.kind === 'group' ? 'group' : 'not-linked', asks: kind, ...(general ? { general } : {}) });
  });
  return { kind: 'answer', parts: answered, sure, nearest: [] };
}
