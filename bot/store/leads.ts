/**
 * Implementation requests in the bot's store: the requests clients sent, which partners they were
 * offered to, the reservations (at most `maxPartners` per request, atomically) and their outcomes.
 * It is also the site's request desk (`RequestDesk` from the content module), so `npm start` hands
 * this very object to the site.
 *
 * Contact details leave the store only through `reserve` and `contactFor`, and only for a partner
 * that reserved the request. Every method is one transaction and async, like the rest of the
 * store, so an implementation on a shared database (reservations under `SELECT … FOR UPDATE`) can
 * replace the node:sqlite one (sqlite-leads.ts).
 */
import { createHash, randomInt } from 'node:crypto';
import type { CloseReason, ReportedOutcome, RequestDesk } from '../../content/index.ts';

/** A request as partners and the bot see it: everything but the contact details. */
export interface StoredRequest {
  id: number;
  /** The reference the client and the partners quote, like `R-7KQ2-9XMD`. */
  reference: string;
  kind: string;
  country: string;
  city: string;
  language: string;
  description: string;
  /** The listed partner the client asked first, if any (a slug). */
  addressedTo: string | null;
  createdAt: Date;
  /** Reservations are taken until then (unless it closed before). */
  openUntil: Date;
  closedAt: Date | null;
  closeReason: CloseReason | null;
  /** When the partners were told; null while it waits for the bot. */
  offeredAt: Date | null;
  /** How many partners it was offered to. */
  offeredTo: number;
  /** How many partners reserved it. */
  reserved: number;
  /** The partner the client chose, if they said. */
  chosen: string | null;
  /** When the contact details were erased. */
  erasedAt: Date | null;
}

/** How to reach the client: for the partners that reserved the request only. */
export interface ContactDetails {
  name: string;
  company: string;
  email: string;
  phone: string | null;
}

/** The outcome a partner reports for a reserved request. */
export type LeadOutcome = 'won' | 'lost';

/** One partner's reservation of one request. */
export interface Reservation {
  request: StoredRequest;
  /** The partner's slug. */
  partner: string;
  /** The team member who reserved it. */
  userId: number;
  reservedAt: Date;
  /** Its place among the request's reservations, from 1. */
  position: number;
  outcome: LeadOutcome | null;
  outcomeAt: Date | null;
}

/** What a partner asks for when it reserves. */
export interface ReserveInput {
  requestId: number;
  partner: string;
  /** The partner's name now: the client sees it on the private page. */
  partnerName: string;
  userId: number;
  at: Date;
  /** Most partners per request (leads.yaml `maxPartnersPerRequest`). */
  maxPartners: number;
  /** Most reservations awaiting an outcome this partner may hold (its rating's `unlocked`). */
  maxInProgress: number;
}

/**
 * What a reservation attempt gave:
 * - `reserved`: it is the partner's now, at `position`, with the contact details;
 * - `already`: the partner had reserved it before (another team member, or a second tap);
 * - `taken`: `maxPartners` partners reserved it already;
 * - `closed`: it takes no more reservations (withdrawn, chosen, expired, or its details erased);
 * - `limit`: the partner holds `inProgress` reservations awaiting an outcome, its most;
 * - `unknown`: no such request.
 */
export type ReserveResult =
  | { result: 'reserved' | 'already'; position: number; contact: ContactDetails | null }
  | { result: 'taken' }
  | { result: 'closed'; reason: CloseReason | 'erased' }
  | { result: 'limit'; inProgress: number }
  | { result: 'unknown' };

/** Counts for one country or one kind, or for all requests. */
export interface LeadStatsRow {
  /** The country code or kind id; empty for the total. */
  key: string;
  requests: number;
  /** Requests offered to at least one partner. */
  offered: number;
  /** Requests at least one partner reserved. */
  reserved: number;
  reservations: number;
  won: number;
  lost: number;
}

/** Statistics for admins. */
export interface LeadStats {
  total: LeadStatsRow;
  /** Requests the bot has not offered yet. */
  waiting: number;
  withdrawn: number;
  byCountry: LeadStatsRow[];
  byKind: LeadStatsRow[];
}

/** One request for the CSV export: no contact details, no description. */
export interface LeadExportRow {
  reference: string;
  createdAt: Date;
  kind: string;
  country: string;
  city: string;
  language: string;
  addressedTo: string | null;
  offeredAt: Date | null;
  offeredTo: number;
  /** Slugs of the reserving partners, first first, with their outcomes. */
  reservations: { partner: string; outcome: LeadOutcome | null }[];
  closedAt: Date | null;
  closeReason: CloseReason | null;
  chosen: string | null;
  erasedAt: Date | null;
}

/** The store's implementation requests. */
export interface LeadStore extends RequestDesk {
  /** The request with this reference. */
  byReference(reference: string): Promise<StoredRequest | undefined>;
  /** Open requests never offered yet that still take reservations at `now`, oldest first. */
  toOffer(now: Date, limit: number): Promise<StoredRequest[]>;
  /** Records who a request was offered to, in order (idempotent: a second call adds nothing). */
  markOffered(requestId: number, offers: readonly { partner: string; rank: number }[], at: Date): Promise<void>;
  /**
   * Requests offered already that take reservations at `now` (open, within their days, not full),
   * newest first; with `near`, only those from its countries or addressed to its partner.
   */
  openRequests(now: Date, maxPartners: number, limit: number, near?: { countries: readonly string[]; partner: string }): Promise<StoredRequest[]>;
  /** Reserves a request for a partner, atomically: of any number at once, at most `maxPartners` succeed. */
  reserve(input: ReserveInput): Promise<ReserveResult>;
  /** The contact details, when `partner` reserved the request and they are not erased. */
  contactFor(requestId: number, partner: string): Promise<ContactDetails | null>;
  /** The partner's reservation of a request, if it has one. */
  reservation(requestId: number, partner: string): Promise<Reservation | undefined>;
  /** A partner's reservations, awaiting an outcome first, then the latest. */
  reservationsOf(partner: string, limit: number): Promise<Reservation[]>;
  /** How many of a partner's reservations await an outcome (withdrawn requests do not count). */
  inProgress(partner: string): Promise<number>;
  /** Records the outcome of a partner's reservation; `not-reserved` when it has none. */
  setOutcome(requestId: number, partner: string, outcome: LeadOutcome, userId: number, at: Date): Promise<'set' | 'changed' | 'same' | 'not-reserved'>;
  /** Outcomes reported since `since`, by partner slug. */
  outcomesSince(since: Date): Promise<Map<string, ReportedOutcome[]>>;
  /** Reservations awaiting an outcome (for the outcome reminders), requests not withdrawn. */
  awaitingOutcome(): Promise<Reservation[]>;
  /** Closes requests whose reservation days ran out; returns how many. */
  closeExpired(now: Date): Promise<number>;
  /** Erases the contact details of requests closed on or before `closedBefore`; returns how many. */
  eraseClosedBefore(closedBefore: Date, now: Date): Promise<number>;
  stats(): Promise<LeadStats>;
  /** Every request, oldest first, for the CSV export. */
  exportRows(): Promise<LeadExportRow[]>;
}

/** A day in milliseconds, for reservation periods. */
export const DAY_MS = 86_400_000;
/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I). */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** A private link's token: 32 random bytes, base64url. */
const TOKEN = /^[\w-]{43}$/;

/** A new reference, like `R-7KQ2-9XMD` (40 random bits): both stores give requests these. */
export function newReference(): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)] ?? '2';
  const part = () => Array.from({ length: 4 }, pick).join('');
  return `R-${part()}-${part()}`;
}

/** The hash a private link's token is kept as (never the token itself). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether `token` has the form of a private link's token (anything else is never looked up). */
export function isRequestToken(token: string): boolean {
  return TOKEN.test(token);
}
