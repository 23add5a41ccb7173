/**
 * Implementation requests on PostgreSQL. A reservation is one transaction that locks the request's
 * row (`SELECT … FOR UPDATE`) before counting its reservations, and the partner (an advisory lock)
 * before counting what it holds: of any number of partners reserving at once, through any number
 * of instances, at most `maxPartners` get the request, and no partner passes its own limit. A
 * submission is committed before `submit` resolves. Erased contact details are deleted; the rows'
 * space is reclaimed by a VACUUM right after (the write-ahead log and backups keep them until
 * they are recycled: see the README).
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { ClientView, CloseReason, ReportedOutcome } from '../../content/index.ts';
import { DAY_MS, hashToken, isRequestToken, newReference } from './leads.ts';
import type {
  ContactDetails, LeadExportRow, LeadOutcome, LeadStats, LeadStatsRow, LeadStore, Reservation, StoredRequest,
} from './leads.ts';
import type { Queryable } from './pg.ts';
import { transaction } from './pg.ts';

/** A request row as PostgreSQL returns it, with its reservation count. */
interface RawRequest {
  id: number;
  reference: string;
  kind: string;
  country: string;
  city: string;
  language: string;
  description: string;
  addressed_to: string | null;
  created_at: Date;
  open_until: Date;
  offered_at: Date | null;
  offered_to: number;
  closed_at: Date | null;
  close_reason: string | null;
  chosen: string | null;
  erased_at: Date | null;
  reserved: number;
}

interface RawReservation {
  request_id: number;
  partner: string;
  partner_name: string;
  user_id: number;
  reserved_at: Date;
  outcome: string | null;
  outcome_at: Date | null;
  position: number;
}


function toRequest(r: RawRequest): StoredRequest {
  return {
    id: r.id, reference: r.reference, kind: r.kind, country: r.country, city: r.city, language: r.language, description: r.description,
    addressedTo: r.addressed_to, createdAt: r.created_at, openUntil: r.open_until, closedAt: r.closed_at,
    closeReason: r.close_reason as CloseReason | null, offeredAt: r.offered_at, offeredTo: r.offered_to, reserved: r.reserved,
    chosen: r.chosen, erasedAt: r.erased_at,
  };
}

const REQUEST_COLUMNS = `r.id, r.reference, r.kind, r.country, r.city, r.language, r.description, r.addressed_to, r.created_at, r.open_until,
  r.offered_at, r.offered_to, r.closed_at, r.close_reason, r.chosen, r.erased_at`;
const REQUEST = `SELECT ${REQUEST_COLUMNS}, (SELECT count(*) FROM lead_reservations x WHERE x.request_id = r.id) AS reserved FROM lead_requests r`;
/** A reservation with its place among the request's reservations, in the order they were made. */
const RESERVATION = `SELECT x.request_id, x.partner, x.partner_name, x.user_id, x.reserved_at, x.outcome, x.outcome_at,
  (SELECT count(*) FROM lead_reservations y WHERE y.request_id = x.request_id AND y.seq <= x.seq) AS position
  FROM lead_reservations x`;
/** Reservations that count as in progress: no outcome, and the client has not withdrawn the request. */
const IN_PROGRESS = `x.outcome IS NULL AND NOT EXISTS (SELECT 1 FROM lead_requests w WHERE w.id = x.request_id AND w.close_reason = 'withdrawn')`;

/** The implementation requests on `pool`, which the store has migrated. */
export function openPostgresLeads(pool: pg.Pool): LeadStore {
  const one = async <R extends pg.QueryResultRow>(db: Queryable, sql: string, values: unknown[]) => (await db.query<R>(sql, values)).rows[0];
  const requestById = async (db: Queryable, id: number) => {
    const raw = await one<RawRequest>(db, `${REQUEST} WHERE r.id = $1`, [id]);
    return raw ? toRequest(raw) : undefined;
  };
  const reservationOf = (db: Queryable, requestId: number, partner: string) => one<RawReservation>(db, `${RESERVATION} WHERE x.request_id = $1 AND x.partner = $2`, [requestId, partner]);
  const countInProgress = async (db: Queryable, partner: string) => (await one<{ n: number }>(db, `SELECT count(*) AS n FROM lead_reservations x WHERE x.partner = $1 AND ${IN_PROGRESS}`, [partner]))?.n ?? 0;
  const contact = async (db: Queryable, requestId: number): Promise<ContactDetails | null> => {
    const row = await one<ContactDetails>(db, 'SELECT name, company, email, phone FROM lead_contacts WHERE request_id = $1', [requestId]);
    return row ? { name: row.name, company: row.company, email: row.email, phone: row.phone } : null;
  };
  const reservationFrom = (r: RawReservation, request: StoredRequest): Reservation => ({
    request, partner: r.partner, userId: r.user_id, reservedAt: r.reserved_at, position: r.position,
    outcome: r.outcome as LeadOutcome | null, outcomeAt: r.outcome_at,
  });

  /** The client's view; a request past its days shows as closed even before `closeExpired` runs. */
  const clientView = async (db: Queryable, request: StoredRequest, now: Date): Promise<ClientView> => {
    const expired = request.closedAt === null && request.openUntil <= now;
    const reservations = (await db.query<RawReservation>(`${RESERVATION} WHERE x.request_id = $1 ORDER BY x.seq`, [request.id])).rows;
    return {
      reference: request.reference, createdAt: request.createdAt, kind: request.kind, country: request.country, city: request.city,
      language: request.language, addressedTo: request.addressedTo, openUntil: request.openUntil,
      closedAt: expired ? request.openUntil : request.closedAt, closeReason: expired ? 'expired' : request.closeReason,
      offeredAt: request.offeredAt, offeredTo: request.offeredTo,
      reservations: reservations.map((r) => ({ partner: r.partner, name: r.partner_name, at: r.reserved_at })),
      chosen: request.chosen, erasedAt: request.erasedAt,
    };
  };
  /** The request of a private link; with `lock`, its row is locked until the transaction ends. */
  const byToken = async (db: Queryable, token: string, lock = false): Promise<StoredRequest | undefined> => {
    if (!isRequestToken(token)) return undefined;
    if (lock) await db.query('SELECT 1 FROM lead_requests WHERE token_hash = $1 FOR UPDATE', [hashToken(token)]);
    const raw = await one<RawRequest>(db, `${REQUEST} WHERE r.token_hash = $1`, [hashToken(token)]);
    return raw ? toRequest(raw) : undefined;
  };
  const close = (db: Queryable, id: number, at: Date, reason: CloseReason) => db.query('UPDATE lead_requests SET closed_at = $1, close_reason = $2 WHERE id = $3 AND closed_at IS NULL', [at, reason, id]);
  const erase = async (db: Queryable, id: number, at: Date) => {
    await db.query('DELETE FROM lead_contacts WHERE request_id = $1', [id]);
    await db.query(`UPDATE lead_requests SET erased_at = $1, description = '' WHERE id = $2 AND erased_at IS NULL`, [at, id]);
  };
  /** After an erasure: the deleted rows' space is reclaimed (best effort: VACUUM waits for no one). */
  const vacuum = () => pool.query('VACUUM lead_contacts, lead_requests').catch(() => undefined);

  return {
    async submit(request, options) {
      return transaction(pool, async (db) => {
        // One sender's submissions one at a time, so the count below is the truth.
        await db.query('SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || \':submit:\' || $1, 0))', [options.clientKey]);
        const windowStart = new Date(options.at.getTime() - options.rateLimit.windowMs);
        await db.query('DELETE FROM lead_submissions WHERE at <= $1', [windowStart]);
        const n = (await one<{ n: number }>(db, 'SELECT count(*) AS n FROM lead_submissions WHERE client_key = $1 AND at > $2', [options.clientKey, windowStart]))?.n ?? 0;
        if (n >= options.rateLimit.max) return { ok: false as const, reason: 'rate-limited' as const };
        await db.query('INSERT INTO lead_submissions (client_key, at) VALUES ($1, $2)', [options.clientKey, options.at]);
        const token = randomBytes(32).toString('base64url');
        const openUntil = new Date(options.at.getTime() + options.reservationDays * DAY_MS);
        for (let attempt = 0; ; attempt++) {
          const reference = newReference();
          // A reference taken already (one in a trillion) inserts nothing: draw another.
          const inserted = await one<{ id: number }>(db, `INSERT INTO lead_requests (reference, token_hash, kind, country, city, language, description, addressed_to, created_at, open_until)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (reference) DO NOTHING RETURNING id`,
          [reference, hashToken(token), request.kind, request.country, request.city, request.language, request.description, request.addressedTo ?? null, options.at, openUntil]);
          if (inserted) {
            await db.query('INSERT INTO lead_contacts (request_id, name, company, email, phone) VALUES ($1, $2, $3, $4, $5)',
              [inserted.id, request.name, request.company, request.email, request.phone ?? null]);
            return { ok: true as const, reference, token };
          }
          if (attempt >= 5) throw new Error('could not draw a free request reference');
        }
      });
    },

    async view(token, now) {
      const request = await byToken(pool, token);
      return request ? clientView(pool, request, now) : undefined;
    },

    async withdraw(token, at) {
      return transaction(pool, async (db) => {
        const request = await byToken(db, token, true);
        if (!request) return undefined;
        if (request.closedAt === null && request.openUntil > at) await close(db, request.id, at, 'withdrawn');
        return clientView(db, await requestById(db, request.id) as StoredRequest, at);
      });
    },

    async choose(token, partner, at) {
      return transaction(pool, async (db) => {
        const request = await byToken(db, token, true);
        if (!request) return undefined;
        const reserved = (await reservationOf(db, request.id, partner)) !== undefined;
        if (reserved) {
          await db.query('UPDATE lead_requests SET chosen = $1 WHERE id = $2', [partner, request.id]);
          if (request.closedAt === null) await close(db, request.id, at, request.openUntil <= at ? 'expired' : 'chosen');
        }
        return { view: await clientView(db, await requestById(db, request.id) as StoredRequest, at), chosen: reserved };
      });
    },

    async erase(token, at) {
      const view = await transaction(pool, async (db) => {
        const request = await byToken(db, token, true);
        if (!request) return undefined;
        if (request.closedAt === null) await close(db, request.id, at, request.openUntil <= at ? 'expired' : 'withdrawn');
        await erase(db, request.id, at);
        return clientView(db, await requestById(db, request.id) as StoredRequest, at);
      });
      if (view) await vacuum();
      return view;
    },

    async byReference(reference) {
      const raw = await one<RawRequest>(pool, `${REQUEST} WHERE r.reference = $1`, [reference]);
      return raw ? toRequest(raw) : undefined;
    },

    async toOffer(now, limit) {
      return (await pool.query<RawRequest>(`${REQUEST} WHERE r.offered_at IS NULL AND r.closed_at IS NULL AND r.open_until > $1 ORDER BY r.id LIMIT $2`, [now, limit])).rows.map(toRequest);
    },

    async markOffered(requestId, offers, at) {
      await transaction(pool, async (db) => {
        if (offers.length > 0) {
          await db.query(`INSERT INTO lead_offers (request_id, partner, rank) SELECT $1, partner, rank FROM unnest($2::text[], $3::integer[]) AS o (partner, rank)
            ON CONFLICT DO NOTHING`, [requestId, offers.map((o) => o.partner), offers.map((o) => o.rank)]);
        }
        await db.query(`UPDATE lead_requests SET offered_at = COALESCE(offered_at, $1),
          offered_to = (SELECT count(*) FROM lead_offers WHERE request_id = lead_requests.id) WHERE id = $2`, [at, requestId]);
      });
    },

    async openRequests(now, maxPartners, limit, near) {
      return (await pool.query<RawRequest>(`${REQUEST} WHERE r.closed_at IS NULL AND r.erased_at IS NULL AND r.offered_at IS NOT NULL AND r.open_until > $1
          AND (SELECT count(*) FROM lead_reservations x WHERE x.request_id = r.id) < $2
          AND ($4::text[] IS NULL OR r.country = ANY ($4) OR r.addressed_to = $5)
        ORDER BY r.id DESC LIMIT $3`, [now, maxPartners, limit, near ? [...near.countries] : null, near?.partner ?? null])).rows.map(toRequest);
    },

    async reserve(input) {
      return transaction(pool, async (db) => {
        // The request's row first (every reservation of it waits here), then the partner's limit.
        const locked = await one<{ id: number }>(db, 'SELECT id FROM lead_requests WHERE id = $1 FOR UPDATE', [input.requestId]);
        if (!locked) return { result: 'unknown' as const };
        await db.query('SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || \':partner:\' || $1, 0))', [input.partner]);
        const request = await requestById(db, input.requestId) as StoredRequest;
        const mine = await reservationOf(db, request.id, input.partner);
        if (mine) return { result: 'already' as const, position: mine.position, contact: await contact(db, request.id) };
        if (request.erasedAt) return { result: 'closed' as const, reason: 'erased' as const };
        if (request.closedAt) return { result: 'closed' as const, reason: request.closeReason ?? 'expired' };
        if (request.openUntil <= input.at) return { result: 'closed' as const, reason: 'expired' as const };
        if (request.reserved >= input.maxPartners) return { result: 'taken' as const };
        const n = await countInProgress(db, input.partner);
        if (n >= input.maxInProgress) return { result: 'limit' as const, inProgress: n };
        await db.query('INSERT INTO lead_reservations (request_id, partner, partner_name, user_id, reserved_at) VALUES ($1, $2, $3, $4, $5)',
          [request.id, input.partner, input.partnerName, input.userId, input.at]);
        return { result: 'reserved' as const, position: request.reserved + 1, contact: await contact(db, request.id) };
      });
    },

    async contactFor(requestId, partner) {
      return (await reservationOf(pool, requestId, partner)) ? contact(pool, requestId) : null;
    },

    async reservation(requestId, partner) {
      const raw = await reservationOf(pool, requestId, partner);
      return raw ? reservationFrom(raw, await requestById(pool, requestId) as StoredRequest) : undefined;
    },

    async reservationsOf(partner, limit) {
      const rows = (await pool.query<RawReservation>(`${RESERVATION} WHERE x.partner = $1 ORDER BY x.outcome IS NOT NULL, x.reserved_at DESC, x.seq DESC LIMIT $2`, [partner, limit])).rows;
      const out: Reservation[] = [];
      for (const r of rows) out.push(reservationFrom(r, await requestById(pool, r.request_id) as StoredRequest));
      return out;
    },

    async inProgress(partner) {
      return countInProgress(pool, partner);
    },

    async setOutcome(requestId, partner, outcome, userId, at) {
      return transaction(pool, async (db) => {
        await db.query('SELECT 1 FROM lead_reservations WHERE request_id = $1 AND partner = $2 FOR UPDATE', [requestId, partner]);
        const mine = await reservationOf(db, requestId, partner);
        if (!mine) return 'not-reserved' as const;
        if (mine.outcome === outcome) return 'same' as const;
        await db.query('UPDATE lead_reservations SET outcome = $1, outcome_at = $2, outcome_by = $3 WHERE request_id = $4 AND partner = $5', [outcome, at, userId, requestId, partner]);
        return mine.outcome === null ? 'set' as const : 'changed' as const;
      });
    },

    async outcomesSince(since) {
      const byPartner = new Map<string, ReportedOutcome[]>();
      const { rows } = await pool.query<{ partner: string; outcome: string; outcome_at: Date }>(
        'SELECT partner, outcome, outcome_at FROM lead_reservations WHERE outcome IS NOT NULL AND outcome_at >= $1 ORDER BY seq', [since]);
      for (const row of rows) {
        const list = byPartner.get(row.partner) ?? [];
        list.push({ outcome: row.outcome as LeadOutcome, on: row.outcome_at.toISOString().slice(0, 10) });
        byPartner.set(row.partner, list);
      }
      return byPartner;
    },

    async awaitingOutcome() {
      const requests = new Map<number, StoredRequest>();
      const out: Reservation[] = [];
      for (const r of (await pool.query<RawReservation>(`${RESERVATION} WHERE ${IN_PROGRESS} ORDER BY x.reserved_at, x.seq`)).rows) {
        let request = requests.get(r.request_id);
        if (!request) requests.set(r.request_id, (request = await requestById(pool, r.request_id) as StoredRequest));
        out.push(reservationFrom(r, request));
      }
      return out;
    },

    async closeExpired(now) {
      return (await pool.query(`UPDATE lead_requests SET closed_at = open_until, close_reason = 'expired' WHERE closed_at IS NULL AND open_until <= $1`, [now])).rowCount ?? 0;
    },

    async eraseClosedBefore(closedBefore, now) {
      const erased = await transaction(pool, async (db) => {
        const ids = (await db.query<{ id: number }>('SELECT id FROM lead_requests WHERE closed_at <= $1 AND erased_at IS NULL FOR UPDATE', [closedBefore])).rows.map((r) => r.id);
        for (const id of ids) await erase(db, id, now);
        return ids.length;
      });
      if (erased > 0) await vacuum();
      return erased;
    },

    async stats(): Promise<LeadStats> {
      const grouped = async (column: 'country' | 'kind' | "''") => (await pool.query<LeadStatsRow>(`SELECT ${column} AS key, count(*) AS requests,
          count(*) FILTER (WHERE r.offered_to > 0) AS offered, count(*) FILTER (WHERE x.n > 0) AS reserved,
          COALESCE(sum(x.n), 0) AS reservations, COALESCE(sum(x.won), 0) AS won, COALESCE(sum(x.lost), 0) AS lost
        FROM lead_requests r LEFT JOIN (SELECT request_id, count(*) AS n, count(*) FILTER (WHERE outcome = 'won') AS won,
          count(*) FILTER (WHERE outcome = 'lost') AS lost FROM lead_reservations GROUP BY request_id) x ON x.request_id = r.id
        GROUP BY 1 ORDER BY requests DESC, key COLLATE "C"`)).rows.map((row) => ({ ...row }));
      const counts = await one<{ waiting: number; withdrawn: number }>(pool, `SELECT count(*) FILTER (WHERE offered_at IS NULL AND closed_at IS NULL) AS waiting,
        count(*) FILTER (WHERE close_reason = 'withdrawn') AS withdrawn FROM lead_requests`, []);
      const total = (await grouped("''"))[0] ?? { key: '', requests: 0, offered: 0, reserved: 0, reservations: 0, won: 0, lost: 0 };
      return { total, waiting: counts?.waiting ?? 0, withdrawn: counts?.withdrawn ?? 0, byCountry: await grouped('country'), byKind: await grouped('kind') };
    },

    async exportRows(): Promise<LeadExportRow[]> {
      const reservations = new Map<number, LeadExportRow['reservations']>();
      for (const r of (await pool.query<{ request_id: number; partner: string; outcome: string | null }>('SELECT request_id, partner, outcome FROM lead_reservations ORDER BY seq')).rows) {
        const list = reservations.get(r.request_id) ?? [];
        list.push({ partner: r.partner, outcome: r.outcome as LeadOutcome | null });
        reservations.set(r.request_id, list);
      }
      return (await pool.query<RawRequest>(`${REQUEST} ORDER BY r.id`)).rows.map(toRequest).map((r) => ({
        reference: r.reference, createdAt: r.createdAt, kind: r.kind, country: r.country, city: r.city, language: r.language,
        addressedTo: r.addressedTo, offeredAt: r.offeredAt, offeredTo: r.offeredTo, reservations: reservations.get(r.id) ?? [],
        closedAt: r.closedAt, closeReason: r.closeReason, chosen: r.chosen, erasedAt: r.erasedAt,
      }));
    },
  };
}
