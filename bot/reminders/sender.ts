/**
 * The sender: claims due rows from the ledger, sends them through the Bot API at Telegram's pace,
 * and records each outcome. It keeps at most `inFlight` messages in flight (one by default): a
 * message is sent, then recorded, then the next is sent, so killing the process loses nothing
 * (rows it claimed are taken over after the claim timeout) and can double at most the messages
 * that were in flight.
 *
 * A claim is a lease: the heartbeat renews it, and another sender takes the rows over once it is
 * older than the claim timeout. A sender that was held up (its event loop stalled, the machine
 * paused it) may find its lease taken over when it resumes, so it sends a row only while its last
 * renewal is younger than two thirds of the timeout (the third left covers the message on its
 * way and clocks that disagree a little). Past that, or when a row it sent turns out to be
 * someone else's, it hands back everything it holds unsent and claims afresh: a stall, like a
 * crash, doubles at most the messages that were in flight.
 *
 * Outcomes: accepted → `sent` with Telegram's message id; 429 → everything waits `retry_after`,
 * then the same row is sent again; 403 (and "chat not found") → `unreachable`, and the user is
 * marked as having blocked the bot so nothing more is claimed for them; 5xx and network errors →
 * back to `pending` with a doubling wait, `failed` with the reason after `maxAttempts` tries;
 * any other 4xx → `failed` at once (retrying cannot help); 401/404 → the token or API address
 * is wrong, so the run stops and the rows go back untouched.
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { GrammyError, HttpError } from 'grammy';
import type { Api } from 'grammy';
import type { Clock } from '../clock.ts';
import type { ReminderConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Cluster } from '../store/cluster.ts';
import type { ClaimFilter, ReminderLedger, ReminderRow } from './ledger.ts';
import type { Resolution } from './message.ts';
import type { Pacer } from './rate-gate.ts';
import { RateGate, realPacer } from './rate-gate.ts';

/**
 * More room under Telegram's limits when several instances share the pace: each sleeps until its
 * slot on its own event loop, so their messages arrive with more jitter than one process's
 * (measured: with 4 % room, three instances on two cores drew a few 429s in 3,000 messages).
 */
const SHARED_MARGIN = 1.06;

/** What one run of the sender did. */
export interface SendReport {
  claimed: number;
  sent: number;
  /** Put back for a later try (5xx, network). */
  retried: number;
  failed: number;
  unreachable: number;
  /** Claimed but no longer applying when their turn came. */
  cancelled: number;
  /** 429 answers from Telegram. */
  tooManyRequests: number;
  /** Rows handed back untouched (stopping, or a refused token). */
  released: number;
  elapsedMs: number;
  /** Why the run stopped early: the Bot API refused the bot (401/404). */
  refused?: string;
}

/** What a sender is built from. */
export interface SenderOptions {
  ledger: ReminderLedger;
  /** A Bot API client without auto-retry: the sender handles 429 and retries itself. */
  api: Api;
  /** Turns a claimed row into a message, or says why it no longer applies. */
  resolve: (row: ReminderRow, now: Date) => Resolution | Promise<Resolution>;
  /** The business clock: what is due, when to retry. */
  clock: Clock;
  log: Logger;
  config: Pick<ReminderConfig, 'perSecond' | 'perChatMs' | 'inFlight' | 'maxAttempts' | 'claimTimeoutMs' | 'retryBaseMs'>;
  /** Records that a user blocked the bot (the store's `setBlocked`). */
  onUnreachable?: (userId: number) => Promise<void>;
  /** This sender's name in the ledger's `claimed_by`; unique per process by default. */
  worker?: string;
  /** Real time for pacing (tests may speed it up). */
  pacer?: Pacer;
  /** Rows claimed at a time; default two seconds' worth. */
  batchSize?: number;
  /** Claim only these rows (the console: its own user's; REMINDERS=off: new-request notices only). */
  only?: ClaimFilter;
  /**
   * The pace shared by every instance on the store (PostgreSQL): each message also takes a slot
   * there, so all senders together keep to `perSecond` and `perChatMs`, and a 429 holds them all.
   */
  shared?: Pick<Cluster, 'takeSlot' | 'pause'>;
}

/** A sender. `run` delivers everything due now and returns; runs never overlap. */
export interface Sender {
  readonly worker: string;
  run(): Promise<SendReport>;
  /** Finishes the messages in flight, hands the rest back, and resolves when the run has ended. */
  stop(): Promise<void>;
}

/** Why a row is being retried or failed, in a line an admin can read. */
function describe(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  if (error instanceof HttpError) return `network error: ${error.error instanceof Error ? error.error.message : String(error.error)}`;
  return error instanceof Error ? error.message : String(error);
}

/** Builds a sender; nothing happens until `run`. */
export function createSender(options: SenderOptions): Sender {
  const { ledger, api, clock, log, config } = options;
  const worker = options.worker ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const pacer = options.pacer ?? realPacer;
  const gate = new RateGate(config.perSecond, config.perChatMs, pacer);
  const batchSize = options.batchSize ?? Math.max(10, Math.ceil(config.perSecond * 2));
  let stopping = false;
  let current: Promise<SendReport> | undefined;

  const staleBefore = () => new Date(clock.now().getTime() - config.claimTimeoutMs);
  /** How old the last renewal of a claim may be for its rows to be sent. */
  const leaseMs = (config.claimTimeoutMs * 2) / 3;

  const runOnce = async (): Promise<SendReport> => {
    const started = pacer.now();
    const report: SendReport = { claimed: 0, sent: 0, retried: 0, failed: 0, unreachable: 0, cancelled: 0, tooManyRequests: 0, released: 0, elapsedMs: 0 };
    const queue: ReminderRow[] = [];
    const inFlight = new Map<number, Promise<void>>();
    let fatal: string | undefined;
    let drained = false;
    /** Rows claimed under the current lease (queued or about to be sent), and when it was last renewed. */
    const leased = new Set<number>();
    let renewedAt = -Infinity;
    const lapsed = () => clock.now().getTime() - renewedAt >= leaseMs;
    const heldUp = () => `held up ${Math.round((clock.now().getTime() - renewedAt) / 1000)} s since the claim was last renewed`;
    const renew = async () => {
      const now = clock.now();
      // A renewal after the lease lapsed would refresh only the rows nobody took over: the rest
      // are someone else's now, and sending them would double them.
      if (leased.size > 0 && lapsed()) return;
      await ledger.heartbeat(worker, now);
      renewedAt = Math.max(renewedAt, now.getTime());
    };
    const heartbeat = setInterval(() => void renew().catch((e: unknown) => log.warn(`reminders: heartbeat failed: ${describe(e)}`)),
      Math.max(50, config.claimTimeoutMs / 3));

    /** The lease is lost, or may be: every row held goes back unsent, to be claimed afresh. */
    const handBack = async (why: string) => {
      const rows = queue.splice(0);
      leased.clear();
      renewedAt = -Infinity;
      for (const row of rows) await ledger.release(row.id, worker);
      report.released += rows.length;
      log.warn(`reminders: ${why}; ${rows.length} claimed reminders handed back unsent (another sender may have taken them over)`);
    };

    const retryOrFail = async (row: ReminderRow, reason: string) => {
      if (row.attempts >= config.maxAttempts) {
        await ledger.markDone(row.id, worker, 'failed', `${reason} (gave up after ${row.attempts} tries)`, clock.now());
        report.failed++;
        log.warn(`reminders: #${row.id} to ${row.userId} failed for good: ${reason}`);
      } else {
        const wait = config.retryBaseMs * 2 ** (row.attempts - 1);
        const now = clock.now();
        await ledger.markRetry(row.id, worker, new Date(now.getTime() + wait), reason, now);
        report.retried++;
      }
    };

    const deliver = async (row: ReminderRow): Promise<void> => {
      let resolution: Resolution;
      try {
        resolution = await options.resolve(row, clock.now());
      } catch (error) {
        // A message that cannot be written (a content problem): try again later, then give up.
        log.error(`reminders: could not write #${row.id}`, error);
        await retryOrFail(row, `could not write the message: ${describe(error)}`);
        return;
      }
      if ('cancel' in resolution) {
        await ledger.markDone(row.id, worker, 'cancelled', resolution.cancel, clock.now());
        report.cancelled++;
        return;
      }
      if (!leased.has(row.id) || lapsed()) {
        // Held up past the lease while writing it (or the lease went meanwhile): not ours to send.
        if (leased.has(row.id)) await handBack(heldUp());
        await ledger.release(row.id, worker);
        report.released++;
        return;
      }
      try {
        const message = await api.sendMessage(row.userId, resolution.send.text.value, {
          parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: resolution.send.keyboard,
        });
        leased.delete(row.id);
        if (await ledger.markSent(row.id, worker, clock.now(), message.message_id)) report.sent++;
        else await handBack(`#${row.id} was sent, but another sender had taken it over (a duplicate is possible)`);
      } catch (error) {
        const code = error instanceof GrammyError ? error.error_code : undefined;
        if (code === 429) {
          const seconds = (error as GrammyError).parameters.retry_after ?? 1;
          report.tooManyRequests++;
          gate.pause(seconds * 1000);
          void options.shared?.pause(seconds * 1000).catch(() => undefined);
          log.warn(`reminders: Telegram asked to wait ${seconds} s (429); holding every message`);
          queue.unshift(row);
        } else if (code === 403 || (code === 400 && /chat not found|user is deactivated/i.test((error as GrammyError).description))) {
          await ledger.markDone(row.id, worker, 'unreachable', describe(error), clock.now());
          await options.onUnreachable?.(row.userId);
          report.unreachable++;
          // Their other rows in hand go back: they wait until the user talks to the bot again.
          for (const other of queue.filter((r) => r.userId === row.userId)) {
            queue.splice(queue.indexOf(other), 1);
            leased.delete(other.id);
            await ledger.release(other.id, worker);
            report.released++;
          }
        } else if (code === 401 || code === 404) {
          fatal = describe(error);
          await ledger.release(row.id, worker);
          report.released++;
          log.error(`reminders: the Bot API refused the bot (${describe(error)}); check BOT_TOKEN and BOT_API_ROOT. Sending stopped.`);
        } else if (code !== undefined && code < 500) {
          await ledger.markDone(row.id, worker, 'failed', describe(error), clock.now());
          report.failed++;
          log.warn(`reminders: Telegram refused #${row.id} to ${row.userId}: ${describe(error)}`);
        } else {
          await retryOrFail(row, describe(error));
        }
      }
    };

    /**
     * Waits for a shared slot `waitMs` away. A slot missed by more than a quarter interval (this
     * process was held up: a reload, a long pause) is given up for a new one, so that messages held
     * up together never go out in a burst into other instances' slots.
     */
    const inSlot = async (shared: NonNullable<SenderOptions['shared']>, chat: number, waitMs: number): Promise<void> => {
      let due = pacer.now() + waitMs;
      await pacer.sleep(waitMs);
      for (let tries = 0; pacer.now() - due > (gate.intervalMs * SHARED_MARGIN) / 4 && tries < 5; tries++) {
        const slot = await shared.takeSlot(chat, gate.intervalMs * SHARED_MARGIN, gate.perChatMs * SHARED_MARGIN, true);
        const wait = 'waitMs' in slot ? slot.waitMs : slot.chatBusyMs;
        due = pacer.now() + wait;
        await pacer.sleep(wait);
      }
    };

    /** Claims more rows when the queue runs low; sets `drained` when nothing more is due. */
    const refill = async (): Promise<void> => {
      if (drained || queue.length > batchSize / 2) return;
      const now = clock.now();
      await ledger.prepareDue(now, staleBefore());
      const rows = await ledger.claimDue(worker, now, staleBefore(), batchSize - queue.length, options.only);
      report.claimed += rows.length;
      // Rows already held keep the older renewal; a claim with nothing held starts the lease.
      if (leased.size === 0) renewedAt = now.getTime();
      for (const row of rows) leased.add(row.id);
      for (const row of rows) {
        if (row.attempts > config.maxAttempts) {
          // Claimed again and again by senders that died: give up rather than crash forever.
          await ledger.markDone(row.id, worker, 'failed', `${row.reason ?? 'the sender stopped while sending it'} (gave up after ${row.attempts - 1} tries)`, now);
          leased.delete(row.id);
          report.failed++;
        } else {
          queue.push(row);
        }
      }
      if (rows.length === 0) drained = true;
    };

    try {
      while (!stopping && !fatal) {
        await refill();
        if (queue.length === 0) {
          if (inFlight.size === 0) {
            if (drained) break;
            continue;
          }
          await Promise.race(inFlight.values());
          drained = false;
          continue;
        }
        if (inFlight.size >= config.inFlight) {
          await Promise.race(inFlight.values());
          continue;
        }
        // The first row (soonest due) whose chat may get a message now; else wait for the nearest.
        let pick = -1;
        let wait = Infinity;
        for (const [i, row] of queue.entries()) {
          if (inFlight.has(row.userId)) continue;
          const ms = gate.waitFor(row.userId);
          if (ms === 0) {
            pick = i;
            break;
          }
          wait = Math.min(wait, ms);
        }
        if (pick < 0) {
          await (wait === Infinity ? Promise.race(inFlight.values()) : pacer.sleep(wait));
          continue;
        }
        if (lapsed()) {
          await handBack(heldUp());
          continue;
        }
        const [row] = queue.splice(pick, 1) as [ReminderRow];
        let waitMs = 0;
        if (options.shared) {
          const slot = await options.shared.takeSlot(row.userId, gate.intervalMs * SHARED_MARGIN, gate.perChatMs * SHARED_MARGIN);
          if ('chatBusyMs' in slot) {
            // Another instance wrote to this chat just now: another row first.
            gate.holdChat(row.userId, slot.chatBusyMs);
            queue.splice(pick, 0, row);
            continue;
          }
          waitMs = slot.waitMs;
        }
        gate.take(row.userId);
        const sending = (options.shared ? inSlot(options.shared, row.userId, waitMs) : Promise.resolve()).then(() => deliver(row)).catch((error: unknown) => {
          log.error(`reminders: #${row.id} could not be recorded`, error);
        }).finally(() => {
          inFlight.delete(row.userId);
          // Done with, unless it went back in the queue (a 429: it is sent again).
          if (!queue.includes(row)) leased.delete(row.id);
        });
        inFlight.set(row.userId, sending);
      }
      await Promise.all(inFlight.values());
    } finally {
      clearInterval(heartbeat);
      for (const row of queue.splice(0)) {
        await ledger.release(row.id, worker);
        report.released++;
      }
    }
    report.elapsedMs = Math.round(pacer.now() - started);
    if (fatal) report.refused = fatal;
    return report;
  };

  return {
    worker,
    run() {
      if (stopping) return Promise.resolve({ claimed: 0, sent: 0, retried: 0, failed: 0, unreachable: 0, cancelled: 0, tooManyRequests: 0, released: 0, elapsedMs: 0 });
      current ??= runOnce().finally(() => (current = undefined));
      return current;
    },
    async stop() {
      stopping = true;
      await current?.catch(() => undefined);
    },
  };
}
