/**
 * The words of the request pages (the form, the private page, their messages) in the page's
 * language, from the catalogs' `site-request-…` messages: this file only names which message says
 * what. Figures arrive as parameters from the rules and the configuration, never typed here.
 */
import type { CloseReason, FieldProblem, RequestField, Translator } from '../../content/index.ts';

/** Fields with a hint below their label. */
const HINTED: ReadonlySet<RequestField> = new Set(['email', 'phone', 'country', 'language', 'description']);
/** Fields chosen from a list, which say so when the choice is not on it. */
const CHOSEN: ReadonlySet<RequestField> = new Set(['country', 'kind', 'language']);

/** What a field is called and what it asks. */
export interface FieldWords {
  label: string;
  hint?: string;
}

/** The request pages' words in `t`'s language. */
export function requestText(t: Translator) {
  const field = (name: RequestField): FieldWords => ({
    label: t.t(`site-request-field-${name}`),
    ...(HINTED.has(name) ? { hint: t.t(`site-request-field-${name}-hint`) } : {}),
  });
  const missing = (name: RequestField) => t.t(`site-request-field-${name}-missing`);
  const day = (on: string) => ({ on });
  return {
    field,
    /** The message next to a field for a problem the content module found (codes in content/src/leads/request.ts). */
    problem(name: RequestField, problem: FieldProblem): string {
      switch (problem.code) {
        case 'required': return missing(name);
        case 'too-long': return t.t('site-request-too-long', { max: problem.max, length: problem.length });
        case 'too-short': return t.t('site-request-too-short', { min: problem.min });
        case 'email': return t.t('site-request-email');
        case 'phone': return t.t('site-request-phone');
        case 'one-line': return t.t('site-request-one-line');
        case 'unknown': return CHOSEN.has(name) ? t.t(`site-request-field-${name}-unknown`) : missing(name);
        case 'contact-in-description': return t.t('site-request-contact-in-description');
      }
    },
    form: {
      title: t.t('site-request-title'),
      description: t.t('site-request-description'),
      intro: (max: number) => t.t('site-request-intro', { max }),
      addressed: (partner: string) => t.t('site-request-addressed', { partner }),
      notListed: t.t('site-request-not-listed'),
      /** The consent sentence; the link to the privacy notice follows it. */
      consent: t.t('site-request-consent'),
      consentMissing: t.t('site-request-consent-missing'),
      privacyLink: t.t('site-request-privacy-link'),
      submit: t.t('site-request-submit'),
      choose: t.t('site-request-choose'),
      honeypot: t.t('site-request-honeypot'),
      summaryTitle: (count: number) => t.t('site-request-summary', { count }),
    },
    /** Why a post was refused as automated or could not be taken. */
    refused: {
      robot: t.t('site-request-robot'),
      tooFast: t.t('site-request-too-fast'),
      stale: t.t('site-request-stale'),
      rateLimited: (perHour: number) => t.t('site-request-rate-limited', { count: perHour }),
      unreadable: t.t('site-form-unreadable'),
      unavailable: t.t('site-request-unavailable'),
    },
    /** The private page; days arrive as YYYY-MM-DD. */
    private: {
      title: (reference: string) => t.t('site-request-private-title', { reference }),
      description: t.t('site-request-private-description'),
      sent: t.t('site-request-sent'),
      keepLink: t.t('site-request-keep-link'),
      reference: t.t('site-request-reference'),
      sentOn: t.t('site-request-sent-on'),
      what: t.t('site-request-what'),
      where: t.t('site-request-where'),
      language: t.t('site-request-language'),
      state: t.t('site-request-state'),
      waiting: t.t('site-request-waiting'),
      offered: (count: number) => t.t('site-request-offered', { count }),
      nobody: (until: string) => t.t('site-request-nobody', { until }),
      noneYet: (until: string) => t.t('site-request-none-yet', { until }),
      taken: (count: number, max: number) => t.t('site-request-taken', { count, max }),
      open: (until: string) => t.t('site-request-open', { until }),
      full: t.t('site-request-full'),
      closed: {
        withdrawn: (on: string) => t.t('site-request-closed-withdrawn', day(on)),
        chosen: (on: string) => t.t('site-request-closed-chosen', day(on)),
        expired: (on: string) => t.t('site-request-closed-expired', day(on)),
      } satisfies Record<CloseReason, (on: string) => string>,
      chosenPartner: (name: string) => t.t('site-request-chosen-partner', { name, stop: name.endsWith('.') ? '' : '.' }),
      chooseTitle: t.t('site-request-choose-title'),
      chooseHint: t.t('site-request-choose-hint'),
      chooseButton: t.t('site-request-choose-button'),
      chooseNone: t.t('site-request-choose-none'),
      withdrawTitle: t.t('site-request-withdraw-title'),
      withdrawHint: t.t('site-request-withdraw-hint'),
      withdrawButton: t.t('site-request-withdraw-button'),
      eraseTitle: t.t('site-request-erase-title'),
      eraseHint: (days: number) => t.t('site-request-erase-hint', { days }),
      eraseButton: t.t('site-request-erase-button'),
      erased: (on: string) => t.t('site-request-erased', day(on)),
      done: {
        withdrawn: t.t('site-request-done-withdrawn'),
        chosen: t.t('site-request-done-chosen'),
        erased: t.t('site-request-done-erased'),
      },
      notFound: t.t('site-request-not-found'),
      notFoundText: t.t('site-request-not-found-text'),
      partnerPage: t.t('site-request-partner-page'),
    },
  };
}

/** The request pages' words, as `requestText` gives them. */
export type RequestText = ReturnType<typeof requestText>;
