/**
 * A "Yes." or "No." only when a rule or a docs passage decides the very question asked, in every
 * language: a rule about who gets leads does not say whether a lead's contact details may be
 * passed on, and a ban on mass e-mails does not say whether they may be shared. The answer then
 * shows what it found without a verdict, or says it does not know.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../bot/clock.ts';
import type { ContentSource } from '../bot/content-source.ts';
import { openContentSource } from '../bot/content-source.ts';
import { parseTelegramHtml } from '../bot/dev/telegram-html.ts';
import { replyTo } from '../bot/features/answers.ts';
import { wordsFor } from '../bot/i18n/words.ts';

const TODAY = '2026-11-24';
let source: ContentSource;
beforeAll(async () => {
  source = await openContentSource({ clock: fixedClock(TODAY) });
});
afterAll(() => source.close());

/** The reply's first line, asked in `language` by a team member of Isartal Systems (Gold) in a private chat. */
function firstLine(language: string, question: string): string {
  const snapshot = source.current();
  const partner = snapshot.content.partners.find((p) => p.slug === 'isartal-systems');
  const reply = replyTo({ snapshot, t: wordsFor(snapshot.content, language), language, siteUrl: 'https://partners.example.com', today: TODAY }, question, { partner, private: true });
  return parseTelegramHtml(reply.message.value).text.split('\n')[0] ?? '';
}

const VERDICTS = ['Yes.', 'No.', 'Ja.', 'Nein.', 'Sí.', 'Sim.', 'Não.'];

describe('a yes or no only for the question itself', () => {
  it.each([
    ['de', 'Darf ich die Kontaktdaten einer Anfrage weitergeben?'],
    ['de', 'Darf ich Kontaktdaten aus einem Lead an andere Firmen geben?'],
    ['en', "May I pass on a request's contact details to someone else?"],
    ['en', "Can I share a lead's contact details with another company?"],
    ['es', '¿Puedo pasarle los datos de contacto de una solicitud a otra empresa?'],
    ['es', 'puedo compartir los datos de contacto de un lead con otro partner?'],
    ['pt', 'Posso repassar os dados de contato de um lead para outra empresa?'],
    ['pt', 'posso passar o contato de uma solicitação pra outro parceiro?'],
  ])('%s: %s has no verdict', (language, question) => {
    expect(VERDICTS).not.toContain(firstLine(language, question));
  });

  it.each([
    // Decided by the rules: who gets leads by e-mail, who can extend the NFR, what a bonus pays for.
    ['de', 'Bekommen Bronze-Partner Leads per E-Mail?', 'Nein.'],
    ['en', 'Can Bronze partners extend the NFR cloud subscription?', 'No.'],
    ['es', '¿Puedo usar un dominio propio en la cuenta NFR?', 'No.'],
    ['pt', 'Posso usar o bônus pra pagar renovação da manutenção on-premise?', 'Não.'],
    // Decided by a sentence of the docs, which says it whole.
    ['de', 'Darf ich Kontakte aus der Anmeldeliste an Dritte weitergeben?', 'Nein.'],
    // "nicht-technischen" is a kind of support, not a "no".
    ['de', 'Müssen Silber-Partner First-Level-Support leisten?', 'Ja.'],
  ])('%s: %s is %s', (language, question, verdict) => {
    expect(firstLine(language, question)).toBe(verdict);
  });
});
