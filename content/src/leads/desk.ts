/**
 * The request desk: what the site may do with implementation requests, and nothing more. Pages
 * depend on this interface only (through `Astro.locals.requests`); the bot's store implements it
 * (bot/store/), and `npm start` hands it to the site. Every method is async and one transaction,
 * so an implementation on a shared database can replace the embedded one.
 *
 * A client reaches their request only through its private link, whose token the desk never keeps:
 * it keeps a hash of it. Contact details go in and never come out through the desk.
 */
import type { NewRequest } from './request.ts';

/** How a submission is bounded. */
export interface SubmitOptions {
  at: Date;
  /** Who sent it, for the rate limit: a keyed hash of the client's address, never the address. */
  clientKey: string;
  /** At most `max` submissions per `clientKey` within `windowMs`. */
  rateLimit: { max: number; windowMs: number };
  /** Days the request can be reserved (leads.yaml `requests.reservationDays`). */
  reservationDays: number;
}

/** What a submission gave: the reference and the private link's token, or why it was refused. */
export type SubmitResult =
  | { ok: true; reference: string; token: string }
  | { ok: false; reason: 'rate-limited' };

/**
 * Why a request stopped taking reservations: `withdrawn` by the client (erasing the contact details
 * of an open request withdraws it too), `chosen` (the client said which partner they chose), or
 * `expired` (the reservation days ran out).
 */
export type CloseReason = 'withdrawn' | 'chosen' | 'expired';

/** A partner that reserved a request, as the client may see it once it did. */
export interface ReservationView {
  /** The partner's slug. */
  partner: string;
  /** The partner's name when it reserved. */
  name: string;
  at: Date;
}

/** A request as its client sees it on the private page: no contact details, no description. */
export interface ClientView {
  reference: string;
  createdAt: Date;
  kind: string;
  country: string;
  city: string;
  language: string;
  /** The partner asked first, if any (a slug). */
  addressedTo: string | null;
  /** Reservations are taken until this time, unless it closed earlier. */
  openUntil: Date;
  closedAt: Date | null;
  closeReason: CloseReason | null;
  /** When partners were first told (null while the request waits for the bot). */
  offeredAt: Date | null;
  /** How many partners it was offered to. */
  offeredTo: number;
  /** The partners that reserved it, first first. */
  reservations: ReservationView[];
  /** The partner the client chose (a slug of one that reserved it). */
  chosen: string | null;
  /** When the contact details were erased, if they were. */
  erasedAt: Date | null;
}

/** What the site may do with requests. */
export interface RequestDesk {
  /** Stores a request durably (committed before it resolves) and returns its private token once. */
  submit(request: NewRequest, options: SubmitOptions): Promise<SubmitResult>;
  /** The request whose private link carries `token`, or undefined. */
  view(token: string, now: Date): Promise<ClientView | undefined>;
  /** Withdraws an open request: no partner can reserve it any more. */
  withdraw(token: string, at: Date): Promise<ClientView | undefined>;
  /** Records which of the reserving partners the client chose; closes the request. False when `partner` did not reserve it. */
  choose(token: string, partner: string, at: Date): Promise<{ view: ClientView; chosen: boolean } | undefined>;
  /** Erases the contact details now (and withdraws the request if it was open). */
  erase(token: string, at: Date): Promise<ClientView | undefined>;
}

/** What the site gets for implementation requests (`Astro.locals.requests`): the desk, and how long contact details are kept. */
export interface SiteRequests {
  desk: RequestDesk;
  /** Days after a request closes before its contact details are erased (LEAD_ERASE_DAYS). */
  eraseAfterDays: number;
}

/** `desk`, calling `listener` after each request it stored (the bot offers it to partners at once). */
export function notifyOnSubmit(desk: RequestDesk, listener: () => void): RequestDesk {
  return {
    submit: async (request, options) => {
      const result = await desk.submit(request, options);
      if (result.ok) listener();
      return result;
    },
    view: (token, now) => desk.view(token, now),
    withdraw: (token, at) => desk.withdraw(token, at),
    choose: (token, partner, at) => desk.choose(token, partner, at),
    erase: (token, at) => desk.erase(token, at),
  };
}
