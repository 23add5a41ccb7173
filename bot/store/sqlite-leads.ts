/**
 * Implementation requests on node:sqlite, in the bot's store file. A reservation is one
 * `BEGIN IMMEDIATE` transaction: SQLite takes its write lock before the count, so of any number of
 * partners reserving at once (in this process or in others sharing the file) at most
 * `maxPartners` get the request. A submission is committed before `submit` resolves, so the
 * confirmation page is only ever sent for a request on disk.
 */
import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { ClientView, CloseReason, ReportedOutcome } from '../../content/index.ts';
import { DAY_MS, hashToken, isRequestToken, newReference } from './leads.ts';
import type {
  ContactDetails, LeadExportRow, LeadOutcome, LeadStats, LeadStatsRow, LeadStore, Reservation, StoredRequest,
} from './leads.ts';

/** A request row as SQLite returns it, with its reservation count. */
interface RawRequest {
  id: number;
  reference: string;
  kind: string;
  country: string;
  city: string;
  language: string;
  description: string;
  addressed_to: string | null;
  created_at: string;
  open_until: string;
  offered_at: string | null;
  offered_to: number;
  closed_at: string | null;
  close_reason: string | null;
  chosen: string | null;
  erased_at: string | null;
  reserved: number;
}

interface RawReservation {
  request_id: number;
  partner: string;
  partner_name: string;
  user_id: number;
  reserved_at: string;
  outcome: string | null;
  outcome_at: string | null;
  position: number;
}


const date = (iso: string | null) => (iso === null ? null : new Date(iso));

function toRequest(r: RawRequest): StoredRequest {
  return {
    id: r.id, reference: r.reference, kind: r.kind, country: r.country, city: r.city, language: r.language, description: r.description,
    addressedTo: r.addressed_to, createdAt: new Date(r.created_at), openUntil: new Date(r.open_until), closedAt: date(r.closed_at),
    closeReason: r.close_reason as CloseReason | null, offeredAt: date(r.offered_at), offeredTo: r.offered_to, reserved: r.reserved,
    chosen: r.chosen, erasedAt: date(r.erased_at),
  };
}

const REQUEST = `SELECT r.*, (SELECT COUNT(*) FROM lead_reservations x WHERE x.request_id = r.id) AS reserved FROM lead_requests r`;
/** A reservation with its place among the request's reservations, in the order they were made. */
const RESERVATION = `SELECT x.request_id, x.partner, x.partner_name, x.user_id, x.reserved_at, x.outcome, x.outcome_at,
  (SELECT COUNT(*) FROM lead_reservations y WHERE y.request_id = x.request_id AND y.rowid <= x.rowid) AS position
  FROM lead_reservations x`;
/** Reservations that count as in progress: no outcome, and the client has not withdrawn the request. */
const IN_PROGRESS = `x.outcome IS NULL AND NOT EXISTS (SELECT 1 FROM lead_requests w WHERE w.id = x.request_id AND w.close_reason = 'withdrawn')`;

/** The implementation requests on `db`, which the store has migrated. */
export function openSqliteLeads(db: DatabaseSync): LeadStore {
  const transaction = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  };

  const pruneSubmissions = db.prepare('DELETE FROM lead_submissions WHERE at <= ?');
  const countSubmissions = db.prepare('SELECT COUNT(*) AS n FROM lead_submissions WHERE client_key = ? AND at > ?');
  const addSubmission = db.prepare('INSERT INTO lead_submissions (client_key, at) VALUES (?, ?)');
  const insertRequest = db.prepare(`INSERT INTO lead_requests (reference, token_hash, kind, country, city, language, description, addressed_to, created_at, open_until)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertContact = db.prepare('INSERT INTO lead_contacts (request_id, name, company, email, phone) VALUES (?, ?, ?, ?, ?)');
  const requestByToken = db.prepare(`${REQUEST} WHERE r.token_hash = ?`);
  const requestById = db.prepare(`${REQUEST} WHERE r.id = ?`);
  const requestByReference = db.prepare(`${REQUEST} WHERE r.reference = ?`);
  const toOffer = db.prepare(`${REQUEST} WHERE r.offered_at IS NULL AND r.closed_at IS NULL AND r.open_until > ? ORDER BY r.id LIMIT ?`);
  const addOffer = db.prepare('INSERT INTO lead_offers (request_id, partner, rank) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const offered = db.prepare(`UPDATE lead_requests SET offered_at = COALESCE(offered_at, ?),
    offered_to = (SELECT COUNT(*) FROM lead_offers WHERE request_id = lead_requests.id) WHERE id = ?`);
  const openRequests = db.prepare(`${REQUEST} WHERE r.closed_at IS NULL AND r.erased_at IS NULL AND r.offered_at IS NOT NULL AND r.open_until > :now
    AND (SELECT COUNT(*) FROM lead_reservations x WHERE x.request_id = r.id) < :max
    AND (:countries IS NULL OR r.country IN (SELECT value FROM json_each(:countries)) OR r.addressed_to = :partner)
    ORDER BY r.id DESC LIMIT :limit`);
  const reservationsOfRequest = db.prepare(`${RESERVATION} WHERE x.request_id = ? ORDER BY x.rowid`);
  const reservationOf = db.prepare(`${RESERVATION} WHERE x.request_id = ? AND x.partner = ?`);
  const countInProgress = db.prepare(`SELECT COUNT(*) AS n FROM lead_reservations x WHERE x.partner = ? AND ${IN_PROGRESS}`);
  const insertReservation = db.prepare(`INSERT INTO lead_reservations (request_id, partner, partner_name, user_id, reserved_at) VALUES (?, ?, ?, ?, ?)`);
  const contactOf = db.prepare('SELECT name, company, email, phone FROM lead_contacts WHERE request_id = ?');
  const reservationsOfPartner = db.prepare(`${RESERVATION} WHERE x.partner = ? ORDER BY x.outcome IS NOT NULL, x.reserved_at DESC, x.rowid DESC LIMIT ?`);
  const setOutcome = db.prepare('UPDATE lead_reservations SET outcome = ?, outcome_at = ?, outcome_by = ? WHERE request_id = ? AND partner = ?');
  const outcomesSince = db.prepare('SELECT partner, outcome, outcome_at FROM lead_reservations WHERE outcome IS NOT NULL AND outcome_at >= ?');
  const awaiting = db.prepare(`${RESERVATION} WHERE ${IN_PROGRESS} ORDER BY x.reserved_at`);
  const close = db.prepare(`UPDATE lead_requests SET closed_at = ?, close_reason = ? WHERE id = ? AND closed_at IS NULL`);
  const choose = db.prepare('UPDATE lead_requests SET chosen = ? WHERE id = ?');
  const eraseContact = db.prepare('DELETE FROM lead_contacts WHERE request_id = ?');
  const markErased = db.prepare(`UPDATE lead_requests SET erased_at = ?, description = '' WHERE id = ? AND erased_at IS NULL`);
  const closeExpired = db.prepare(`UPDATE lead_requests SET closed_at = open_until, close_reason = 'expired' WHERE closed_at IS NULL AND open_until <= ?`);
  const dueForErasure = db.prepare('SELECT id FROM lead_requests WHERE closed_at <= ? AND erased_at IS NULL');
  const everyRequest = db.prepare(`${REQUEST} ORDER BY r.id`);
  const everyReservation = db.prepare('SELECT request_id, partner, outcome FROM lead_reservations ORDER BY rowid');

  const requestOf = (raw: unknown) => (raw ? toRequest(raw as RawRequest) : undefined);
  const reservationFrom = (r: RawReservation, request: StoredRequest): Reservation => ({
    request, partner: r.partner, userId: r.user_id, reservedAt: new Date(r.reserved_at), position: r.position,
    outcome: r.outcome as LeadOutcome | null, outcomeAt: date(r.outcome_at),
  });
  const contact = (requestId: number): ContactDetails | null => {
    const row = contactOf.get(requestId) as { name: string; company: string; email: string; phone: string | null } | undefined;
    return row ? { name: row.name, company: row.company, email: row.email, phone: row.phone } : null;
  };

  /** The client's view; a request past its days shows as closed even before `closeExpired` runs. */
  const clientView = (request: StoredRequest, now: Date): ClientView => {
    const expired = request.closedAt === null && request.openUntil <= now;
    return {
      reference: request.reference, createdAt: request.createdAt, kind: request.kind, country: request.country, city: request.city,
      language: request.language, addressedTo: request.addressedTo, openUntil: request.openUntil,
      closedAt: expired ? request.openUntil : request.closedAt, closeReason: expired ? 'expired' : request.closeReason,
      offeredAt: request.offeredAt, offeredTo: request.offeredTo,
      reservations: (reservationsOfRequest.all(request.id) as unknown as RawReservation[]).map((r) => ({ partner: r.partner, name: r.partner_name, at: new Date(r.reserved_at) })),
      chosen: request.chosen, erasedAt: request.erasedAt,
    };
  };
  const byToken = (token: string): StoredRequest | undefined => (isRequestToken(token) ? requestOf(requestByToken.get(hashToken(token))) : undefined);
  const erase = (id: number, at: Date) => {
    eraseContact.run(id);
    markErased.run(at.toISOString(), id);
  };
  /**
   * After an erasure: copies the zeroed pages into the file and empties the write-ahead log, which
   * still holds the pages as they were. Best effort: a reader in another process can hold it back,
   * and the next erasure or SQLite's own checkpoint finishes it.
   */
  const flush = () => {
    try {
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } catch {
      // Busy: see above.
    }
  };

  return {
    async submit(request, options) {
      const at = options.at.toISOString();
      return transaction(() => {
        const windowStart = new Date(options.at.getTime() - options.rateLimit.windowMs).toISOString();
        pruneSubmissions.run(windowStart);
        const { n } = countSubmissions.get(options.clientKey, windowStart) as { n: number };
        if (n >= options.rateLimit.max) return { ok: false as const, reason: 'rate-limited' as const };
        addSubmission.run(options.clientKey, at);
        const token = randomBytes(32).toString('base64url');
        const openUntil = new Date(options.at.getTime() + options.reservationDays * DAY_MS).toISOString();
        for (let attempt = 0; ; attempt++) {
          const reference = newReference();
          try {
            const { lastInsertRowid } = insertRequest.run(reference, hashToken(token), request.kind, request.country, request.city, request.language,
              request.description, request.addressedTo ?? null, at, openUntil);
            insertContact.run(lastInsertRowid, request.name, request.company, request.email, request.phone ?? null);
            return { ok: true as const, reference, token };
          } catch (error) {
            // A reference taken already (one in a trillion): draw another.
            if (attempt >= 5 || !/UNIQUE constraint failed: lead_requests\.reference/.test(String(error))) throw error;
          }
        }
      });
    },

    async view(token, now) {
      const request = byToken(token);
      return request ? clientView(request, now) : undefined;
    },

    async withdraw(token, at) {
      return transaction(() => {
        const request = byToken(token);
        if (!request) return undefined;
        if (request.closedAt === null && request.openUntil > at) close.run(at.toISOString(), 'withdrawn', request.id);
        return clientView(requestOf(requestById.get(request.id)) as StoredRequest, at);
      });
    },

    async choose(token, partner, at) {
      return transaction(() => {
        const request = byToken(token);
        if (!request) return undefined;
        const reserved = reservationOf.get(request.id, partner) !== undefined;
        if (reserved) {
          choose.run(partner, request.id);
          if (request.closedAt === null) close.run(at.toISOString(), request.openUntil <= at ? 'expired' : 'chosen', request.id);
        }
        return { view: clientView(requestOf(requestById.get(request.id)) as StoredRequest, at), chosen: reserved };
      });
    },

    async erase(token, at) {
      const view = transaction(() => {
        const request = byToken(token);
        if (!request) return undefined;
        if (request.closedAt === null) close.run(at.toISOString(), request.openUntil <= at ? 'expired' : 'withdrawn', request.id);
        erase(request.id, at);
        return clientView(requestOf(requestById.get(request.id)) as StoredRequest, at);
      });
      flush();
      return view;
    },

    async byReference(reference) {
      return requestOf(requestByReference.get(reference));
    },

    async toOffer(now, limit) {
      return (toOffer.all(now.toISOString(), limit) as unknown as RawRequest[]).map(toRequest);
    },

    async markOffered(requestId, offers, at) {
      transaction(() => {
        for (const offer of offers) addOffer.run(requestId, offer.partner, offer.rank);
        offered.run(at.toISOString(), requestId);
      });
    },

    async openRequests(now, maxPartners, limit, near) {
      return (openRequests.all({
        now: now.toISOString(), max: maxPartners, limit, countries: near ? JSON.stringify(near.countries) : null, partner: near?.partner ?? null,
      }) as unknown as RawRequest[]).map(toRequest);
    },

    async reserve(input) {
      return transaction(() => {
        const request = requestOf(requestById.get(input.requestId));
        if (!request) return { result: 'unknown' as const };
        const mine = reservationOf.get(request.id, input.partner) as RawReservation | undefined;
        if (mine) return { result: 'already' as const, position: mine.position, contact: contact(request.id) };
        if (request.erasedAt) return { result: 'closed' as const, reason: 'erased' as const };
        if (request.closedAt) return { result: 'closed' as const, reason: request.closeReason ?? 'expired' };
        if (request.openUntil <= input.at) return { result: 'closed' as const, reason: 'expired' as const };
        if (request.reserved >= input.maxPartners) return { result: 'taken' as const };
        const { n } = countInProgress.get(input.partner) as { n: number };
        if (n >= input.maxInProgress) return { result: 'limit' as const, inProgress: n };
        insertReservation.run(request.id, input.partner, input.partnerName, input.userId, input.at.toISOString());
        return { result: 'reserved' as const, position: request.reserved + 1, contact: contact(request.id) };
      });
    },

    async contactFor(requestId, partner) {
      return reservationOf.get(requestId, partner) ? contact(requestId) : null;
    },

    async reservation(requestId, partner) {
      const raw = reservationOf.get(requestId, partner) as RawReservation | undefined;
      return raw ? reservationFrom(raw, requestOf(requestById.get(requestId)) as StoredRequest) : undefined;
    },

    async reservationsOf(partner, limit) {
      const rows = reservationsOfPartner.all(partner, limit) as unknown as RawReservation[];
      return rows.map((r) => reservationFrom(r, requestOf(requestById.get(r.request_id)) as StoredRequest));
    },

    async inProgress(partner) {
      return (countInProgress.get(partner) as { n: number }).n;
    },

    async setOutcome(requestId, partner, outcome, userId, at) {
      return transaction(() => {
        const mine = reservationOf.get(requestId, partner) as RawReservation | undefined;
        if (!mine) return 'not-reserved' as const;
        if (mine.outcome === outcome) return 'same' as const;
        setOutcome.run(outcome, at.toISOString(), userId, requestId, partner);
        return mine.outcome === null ? 'set' as const : 'changed' as const;
      });
    },

    async outcomesSince(since) {
      const byPartner = new Map<string, ReportedOutcome[]>();
      for (const row of outcomesSince.all(since.toISOString()) as { partner: string; outcome: string; outcome_at: string }[]) {
        const list = byPartner.get(row.partner) ?? [];
        list.push({ outcome: row.outcome as LeadOutcome, on: row.outcome_at.slice(0, 10) });
        byPartner.set(row.partner, list);
      }
      return byPartner;
    },

    async awaitingOutcome() {
      const requests = new Map<number, StoredRequest>();
      return (awaiting.all() as unknown as RawReservation[]).map((r) => {
        let request = requests.get(r.request_id);
        if (!request) requests.set(r.request_id, (request = requestOf(requestById.get(r.request_id)) as StoredRequest));
        return reservationFrom(r, request);
      });
    },

    async closeExpired(now) {
      return Number(closeExpired.run(now.toISOString()).changes);
    },

    async eraseClosedBefore(closedBefore, now) {
      const erased = transaction(() => {
        const ids = (dueForErasure.all(closedBefore.toISOString()) as { id: number }[]).map((r) => r.id);
        for (const id of ids) erase(id, now);
        return ids.length;
      });
      if (erased > 0) flush();
      return erased;
    },

    async stats(): Promise<LeadStats> {
      const grouped = (column: 'country' | 'kind' | "''") => db.prepare(`SELECT ${column} AS key, COUNT(*) AS requests, COALESCE(SUM(r.offered_to > 0), 0) AS offered,
          COALESCE(SUM(x.n > 0), 0) AS reserved, COALESCE(SUM(x.n), 0) AS reservations, COALESCE(SUM(x.won), 0) AS won, COALESCE(SUM(x.lost), 0) AS lost
        FROM lead_requests r LEFT JOIN (SELECT request_id, COUNT(*) AS n, SUM(outcome = 'won') AS won, SUM(outcome = 'lost') AS lost
          FROM lead_reservations GROUP BY request_id) x ON x.request_id = r.id
        GROUP BY key ORDER BY requests DESC, key`).all() as unknown as LeadStatsRow[];
      const counts = db.prepare(`SELECT COALESCE(SUM(offered_at IS NULL AND closed_at IS NULL), 0) AS waiting,
        COALESCE(SUM(close_reason = 'withdrawn'), 0) AS withdrawn FROM lead_requests`).get() as { waiting: number; withdrawn: number };
      const total = grouped("''")[0] ?? { key: '', requests: 0, offered: 0, reserved: 0, reservations: 0, won: 0, lost: 0 };
      return { total, waiting: counts.waiting, withdrawn: counts.withdrawn, byCountry: grouped('country'), byKind: grouped('kind') };
    },

    async exportRows(): Promise<LeadExportRow[]> {
      const reservations = new Map<number, LeadExportRow['reservations']>();
      for (const r of everyReservation.all() as { request_id: number; partner: string; outcome: string | null }[]) {
        const list = reservations.get(r.request_id) ?? [];
        list.push({ partner: r.partner, outcome: r.outcome as LeadOutcome | null });
        reservations.set(r.request_id, list);
      }
      return (everyRequest.all() as unknown as RawRequest[]).map(toRequest).map((r) => ({
        reference: r.reference, createdAt: r.createdAt, kind: r.kind, country: r.country, city: r.city, language: r.language,
        addressedTo: r.addressedTo, offeredAt: r.offeredAt, offeredTo: r.offeredTo, reservations: reservations.get(r.id) ?? [],
        closedAt: r.closedAt, closeReason: r.closeReason, chosen: r.chosen, erasedAt: r.erasedAt,
      }));
    },
  };
}
