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

/** The reply as the user reads it, asked in `language` in a private chat (as a team member of Isartal Systems, Gold, when `member`). */
function reply(language: string, question: string, member = true): string {
  const snapshot = source.current();
  const partner = member ? snapshot.content.partners.find((p) => p.slug === 'isartal-systems') : undefined;
  const answer = replyTo({ snapshot, t: wordsFor(snapshot.content, language), language, siteUrl: 'https://partners.example.com', today: TODAY }, question, { partner, private: true });
  return parseTelegramHtml(answer.message.value).text;
}

const firstLine = (language: string, question: string) => reply(language, question).split('\n')[0] ?? '';

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
    // What a partner can do (download a certificate) does not say what a status requires.
    ['en', 'Do I need a certificate to become Gold?'],
    ['de', 'Brauche ich ein Zertifikat, um Gold zu werden?'],
    ['es', '¿Necesito un certificado para ser Gold?'],
    ['pt', 'Preciso de um certificado para virar Gold?'],
    // A client's contact details go to the partners who reserve the request: a partner's ban on
    // passing contacts on to third parties is no "No." to that; nor is "better service, not lower prices".
    ['en', 'Will my contact details be shared with partners?'],
    ['en', 'Are Gold partners better?'],
    // Who can join says registered companies may, and an individual not in their own name: no
    // "Yes." for a freelancer, and no "No." either (one with a registered company joins through it).
    ['en', 'Can a freelancer become a partner?'],
    ['es', '¿Puede un autónomo ser partner?'],
    ['de', 'Kann ein Freiberufler Partner werden?'],
    // What a status requires says nothing of whether another copy may be claimed.
    ['en', 'can we claim another NFR copy?'],
    // The ban on restricted territories is no "No." to selling abroad.
    ['en', 'Can I sell to customers in another country?'],
    ['es', '¿Puedo vender a clientes de otro país?'],
  ])('%s: %s has no verdict, asked by someone not on a team', (language, question) => {
    expect(VERDICTS).not.toContain(reply(language, question, false).split('\n')[0]);
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
    // A discount against another status's, or a figure: the first status named against the second.
    ['en', 'Is the Bronze discount higher than Gold?', 'No.'],
    ['en', 'Is the Silver discount higher than Bronze?', 'Yes.'],
    ['en', 'Is the Silver discount 50%?', 'No.'],
    ['en', 'Is the Silver discount more than 45%?', 'No.'],
    ['en', 'Is the Gold discount 50%?', 'Yes.'],
    ['de', 'Ist der Bronze-Rabatt höher als der von Gold?', 'Nein.'],
    ['es', '¿El descuento de Silver es mayor que el de Bronze?', 'Sí.'],
    // The docs say it in one sentence: an individual cannot join in their own name.
    ['en', 'Can an individual become a partner?', 'No.'],
    // Without what a status requires, it cannot be had.
    ['en', 'Can I become Silver without the sales course?', 'No.'],
    ['de', 'Kann ich ohne den Vertriebskurs Silber werden?', 'Nein.'],
    ['es', '¿Puedo llegar a Silver sin el curso de ventas?', 'No.'],
    ['pt', 'Posso virar Silver sem o curso de vendas?', 'Não.'],
  ])('%s: %s is %s', (language, question, verdict) => {
    expect(firstLine(language, question)).toBe(verdict);
  });
});

describe('a question about something else than the rule that shares its words', () => {
  // The first words of "not sure, these sections come nearest" and of "I don't know", per language.
  const UNSURE: Record<string, string[]> = {
    en: ["I'm not sure that is what you asked", "I don't know that one"],
    de: ['Ich bin nicht sicher, ob Sie das gefragt haben', 'Das weiß ich nicht'],
    es: ['No sé si es exactamente lo que preguntabas', 'Eso no lo sé'],
    pt: ['Não tenho certeza de que era isso que você perguntou', 'Isso eu não sei'],
  };

  it.each([
    // The products' plans are not the NFR subscription, whose limits are the only figures the rules give.
    ['en', 'How much storage does the Professional plan have?', 'The NFR cloud subscription has 24 GB of storage.'],
    ['de', 'Wie viel Speicher hat der Professional-Tarif?', 'Das NFR-Cloud-Abonnement hat 24 GB Speicherplatz.'],
    ['es', '¿Cuánto almacenamiento trae el plan Professional?', 'La suscripción NFR en la nube tiene 24 GB de almacenamiento.'],
    ['pt', 'Quanto de armazenamento tem o plano Professional?', 'A assinatura NFR na nuvem tem 24 GB de armazenamento.'],
    // Asking for a phone number, not for who supports clients by phone.
    ['es', '¿Cuál es el teléfono de soporte?', undefined],
    ['pt', 'Qual é o telefone do suporte?', undefined],
    // Who gets leads says nothing of an API.
    ['en', 'Is there an API to push leads into our CRM?', undefined],
    ['pt', 'tem API pra jogar os leads direto no nosso CRM?', undefined],
  ])('%s: %s says it is not sure', (language, question, notSaid) => {
    const text = reply(language, question, false);
    expect(UNSURE[language]?.some((phrase) => text.includes(phrase))).toBe(true);
    if (notSaid) expect(text).not.toContain(notSaid);
  });
});

describe('whether we have done a thing, from our own record', () => {
  /** The reply to a team member of the partner `slug`. */
  const replyAs = (slug: string, language: string, question: string) => {
    const snapshot = source.current();
    const partner = snapshot.content.partners.find((p) => p.slug === slug);
    const answer = replyTo({ snapshot, t: wordsFor(snapshot.content, language), language, siteUrl: 'https://partners.example.com', today: TODAY }, question, { partner, private: true });
    return parseTelegramHtml(answer.message.value).text;
  };

  it('says yes, and what, when the record has it done', () => {
    const text = replyAs('isartal-systems', 'en', 'did we finish the tutorial?');
    expect(text.split('\n')[0]).toBe('Yes.');
    expect(text).toContain('✅ Partner Program Tutorial completed');
    expect(text).not.toContain('Sales Course');
  });

  it('says no, and what is not done yet, when it is not', () => {
    const text = replyAs('donaukanal-edv', 'en', 'have we endorsed the products on social media?');
    expect(text.split('\n')[0]).toBe('No.');
    expect(text).toContain('⬜ Products endorsed on your social media: not yet');
  });

  it('lists each course done or not for "which", with no verdict, in the reader\'s language', () => {
    const text = replyAs('donaukanal-edv', 'de', 'Welche Kurse haben wir schon gemacht?');
    expect(VERDICTS).not.toContain(text.split('\n')[0]);
    expect(text).toContain('✅ Partnerprogramm-Tutorial abgeschlossen');
    expect(text).toContain('⬜ Partner-Vertriebskurs abgeschlossen: noch nicht');
  });

  it('puts no yes or no before an answer to a question that asks how much', () => {
    const text = replyAs('lakeshore-workflow', 'en', 'how much bonus do we have left?');
    expect(VERDICTS).not.toContain(text.split('\n')[0]);
    expect(text).toContain('Kickstart bonus');
  });

  it('tells someone not on a team nothing from any record', () => {
    expect(reply('en', 'did we finish the tutorial?', false)).not.toMatch(/✅|⬜/);
  });
});

describe('our own discount, asked whether', () => {
  /** The first line of the reply to a team member of Isartal Systems (Gold, 50 %). */
  const first = (question: string) => {
    const snapshot = source.current();
    const partner = snapshot.content.partners.find((p) => p.slug === 'isartal-systems');
    const answer = replyTo({ snapshot, t: wordsFor(snapshot.content, 'en'), language: 'en', siteUrl: 'https://partners.example.com', today: TODAY }, question, { partner, private: true });
    return parseTelegramHtml(answer.message.value).text.split('\n').slice(0, 2);
  };

  it.each([
    ['is our discount active?', 'Yes.'],
    ['is our discount 40%?', 'No.'],
    ['do we get more than 45% discount?', 'Yes.'],
    ['is our discount 50%?', 'Yes.'],
  ])('%s %s', (question, verdict) => {
    const [line, next] = first(question);
    expect(line).toBe(verdict);
    expect(next).toContain('50%');
  });
});
