/**
 * Every word of the request pages (the form, the private page, their messages), in English, in one
 * place: a language is a copy of this object (issue 14 moves the site's words to Fluent catalogs).
 * Figures arrive as parameters from the rules and the configuration, never typed here.
 */
import type { CloseReason, FieldProblem, RequestField } from '../../content/index.ts';

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
/** A sentence ending in a name that may end in a full stop already (`Lakeshore Workflow Inc.`). */
const endSentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

/** What each field is called, what it asks, and what to write when it is missing or unknown. */
const FIELDS: Record<RequestField, { label: string; hint?: string; missing: string; unknown?: string }> = {
  name: { label: 'Your name', missing: 'Enter your name.' },
  company: { label: 'Company', missing: "Enter your company's name." },
  email: { label: 'E-mail', hint: 'Only the partners who take your request see it.', missing: 'Enter your e-mail address.' },
  phone: { label: 'Phone (optional)', hint: 'With the country code, or as you dial it in your country.', missing: '' },
  country: { label: 'Country', hint: 'Partners who work in this country receive your request.', missing: 'Choose your country.', unknown: 'Choose your country from the list.' },
  city: { label: 'City', missing: 'Enter your city.' },
  kind: { label: 'What you need', missing: 'Choose what you need.', unknown: 'Choose what you need from the list.' },
  language: { label: 'Preferred language', hint: 'The language you would like partners to speak with you.', missing: 'Choose a language.', unknown: 'Choose a language from the list.' },
  description: {
    label: 'Describe your project',
    hint: 'What you use today, how many people, what should change. Partners read this before they take your request, so leave your e-mail address and phone number out of it.',
    missing: 'Describe what you need.',
  },
};

/** The request pages' words. */
export const requestText = {
  /** The links to the form from the directory and from a partner's page. */
  links: {
    request: 'Request an implementation',
    requestHint: 'Describe your project once: partners who fit it contact you.',
    ask: 'Ask this partner',
    askHint: (partner: string) => `Send ${partner} your project: they see it first, and other partners who fit may offer too.`,
  },
  fields: FIELDS,
  /** The message next to a field for a problem the content module found (codes in content/src/leads/request.ts). */
  problem(field: RequestField, problem: FieldProblem): string {
    switch (problem.code) {
      case 'required': return FIELDS[field].missing;
      case 'too-long': return `Keep it to ${problem.max.toLocaleString('en-US')} characters or fewer; this has ${problem.length.toLocaleString('en-US')}.`;
      case 'too-short': return `Tell the partners a little more: at least ${problem.min} characters.`;
      case 'email': return 'Enter an e-mail address like name@company.com.';
      case 'phone': return 'Enter a phone number partners can call, like +49 30 5550 1234, or leave it empty.';
      case 'one-line': return 'Write this on one line.';
      case 'unknown': return FIELDS[field].unknown ?? FIELDS[field].missing;
      case 'contact-in-description': return 'Leave your e-mail address and phone number out of the description: partners read it before they take your request, and get your contact details only once they do.';
    }
  },
  form: {
    title: 'Request an implementation',
    description: 'Tell us what you need: partners who work in your country and offer it get your request, and up to a few of them contact you.',
    intro: (max: number) => `Tell us what you need. Partners who work in your country and offer it receive your request; up to ${plural(max, 'partner', 'partners')} can take it and contact you with an offer. It is free and commits you to nothing.`,
    addressed: (partner: string) => `${partner} receives your request first.`,
    notListed: 'The partner in the link is not in the directory; your request goes to every partner that fits.',
    consent: 'I have read the privacy notice and agree that my request and contact details are stored and passed on as it describes.',
    consentMissing: 'Tick the box to agree to the privacy notice: without it we cannot pass your request on.',
    privacyLink: 'privacy notice',
    submit: 'Send my request',
    choose: 'Choose…',
    honeypot: 'Leave this field empty',
    summaryTitle: (n: number) => `${plural(n, 'field needs', 'fields need')} a look`,
    noScript: 'You can fill this form in without JavaScript.',
  },
  /** Why a post was refused as automated or could not be taken. */
  refused: {
    robot: 'This request was not sent: it looked automated. If you are a person, reload the page and fill it in again, leaving the last hidden field empty.',
    tooFast: 'That was quicker than a person types: please check your request and send it again.',
    stale: 'This form is too old, or it came from somewhere else. We kept what you typed: please check it and send it again.',
    rateLimited: (perHour: number) => `You have sent ${plural(perHour, 'request', 'requests')} within the last hour, the most we take from one address. Please try again later.`,
    unreadable: 'The form could not be read. Please fill it in again.',
    unavailable: 'Requests cannot be taken at the moment. Please try again in a few minutes.',
  },
  /** The private page. */
  private: {
    title: (reference: string) => `Your request ${reference}`,
    description: 'The private page of your implementation request.',
    sent: 'Thank you: your request is in.',
    keepLink: 'This page is your private link to the request. Bookmark it or copy the address: it is the only way back here, and anyone with it can change the request, so share it with no one.',
    reference: 'Reference',
    sentOn: 'Sent on',
    what: 'What you need',
    where: 'Where',
    language: 'Language',
    state: 'Where it stands',
    waiting: 'It is on its way to the partners.',
    offered: (n: number) => `It was sent to ${plural(n, 'partner', 'partners')} who work in your country and offer what you need.`,
    nobody: (until: string) => `No partner takes such requests from your country yet; it stays open until ${until} in case one does.`,
    noneYet: (until: string) => `No partner has taken it yet. Partners can take it until ${until}.`,
    taken: (n: number, max: number) => `${plural(n, 'partner has', 'partners have')} taken it (at most ${max} can), and will contact you:`,
    open: (until: string) => `Partners can take it until ${until}.`,
    full: 'No more partners can take it.',
    closed: {
      withdrawn: (on: string) => `You withdrew it on ${on}: no more partners can take it.`,
      chosen: (on: string) => `You told us your choice on ${on}.`,
      expired: (on: string) => `It closed on ${on}: the days for taking it are over.`,
    } satisfies Record<CloseReason, (on: string) => string>,
    chosenPartner: (name: string) => endSentence(`You chose ${name}`),
    chooseTitle: 'Which partner did you choose?',
    chooseHint: 'Once you have decided, tell us: it helps us send requests to the partners clients choose.',
    chooseButton: 'This is my choice',
    chooseNone: 'Choose one of the partners above.',
    withdrawTitle: 'Withdraw the request',
    withdrawHint: 'No more partners can take it. Partners who took it already keep your contact details until they are erased.',
    withdrawButton: 'Withdraw my request',
    eraseTitle: 'Erase your contact details',
    eraseHint: (days: number) => `Your name, company, e-mail, phone and description are erased ${plural(days, 'day', 'days')} after the request closes. Erase them now instead: partners who have not taken it yet never will, and those who did cannot see them here any more.`,
    eraseButton: 'Erase my contact details now',
    erased: (on: string) => `Your contact details were erased on ${on}.`,
    done: {
      withdrawn: 'Your request is withdrawn.',
      chosen: 'Thank you for telling us.',
      erased: 'Your contact details are erased.',
    },
    notFound: 'This link does not open a request',
    notFoundText: 'Check that you copied the whole address. A request can only be reached through the private link shown when it was sent.',
    partnerPage: 'partner page',
  },
};
