/**
 * The reminder service: the planner and the sender, driven by node-cron every minute in UTC.
 *
 * node-cron keeps nothing across a restart and does not re-run missed ticks, so it only says
 * "look now": the ledger in the store is the truth. At start the service plans and sends at once,
 * which is the catch-up after downtime (due rows whose deadline has not passed are sent; the
 * others are marked expired). The plan is rewritten when the content is reloaded (dropping rows
 * that no longer apply), when the UTC day changes, and at least hourly.
 *
 * The same service delivers the implementation requests' notices (bot/leads/): new requests are
 * offered to the partners that receive them (looked for every few seconds, and at once when the
 * site says one came in: `kick`), and the plan includes an outcome question per reservation. One
 * sender, one pace toward Telegram. With REMINDERS=off nothing is planned (no deadline reminders,
 * no outcome questions) and the sender only sends new-request notices.
 */
import cron from 'node-cron';
import type { ScheduledTask } from 'node-cron';
import { Api } from 'grammy';
import type { Deadline, Partner, PlainDate } from '../../content/index.ts';
import { evaluatePartner, todayUtc } from '../../content/index.ts';
import { today } from '../clock.ts';
import type { ReminderConfig } from '../config.ts';
import { DEFAULT_REMINDERS } from '../config.ts';
import type { BotDeps } from '../context.ts';
import type { ContentSnapshot } from '../content-source.ts';
import { wordsFor } from '../i18n/words.ts';
import { resolveLeadNotice, outcomeRows } from '../leads/notices.ts';
import { offerNewRequests } from '../leads/offers.ts';
import type { ClaimFilter, PlanResult, ReminderRow } from './ledger.ts';
import { isLeadNotice } from './ledger.ts';
import { resolveReminder } from './message.ts';
import { planRows } from './plan.ts';
import type { Pacer } from './rate-gate.ts';
import type { SendReport, Sender } from './sender.ts';
import { createSender } from './sender.ts';
import { localDate } from './time-zones.ts';

const HOUR_MS = 3_600_000;
/**
 * With several instances: the planner's lease lasts this long and is renewed (or taken over)
 * every LEASE_RENEW_MS, so a planner that died is replaced within 40 seconds.
 */
const LEASE_TTL_MS = 30_000;
const LEASE_RENEW_MS = 10_000;
/** How often the service looks for requests nobody was told about yet (sent while the bot was off, or to another process). */
const LEAD_POLL_MS = 5_000;

/** Why the planner cancels a pending row that is no longer in the plan. */
const OBSOLETE = 'no longer applies: the deadline is met, moved or gone, or the user left the team';

/** The running reminders. */
export interface ReminderService {
  /** Writes the plan for the current content now. */
  plan(): Promise<PlanResult>;
  /** Sends what is due now. */
  send(): Promise<SendReport>;
  /** One scheduler tick: re-plan when needed, then send. */
  tick(): Promise<void>;
  /** Plans and sends at once (the catch-up), then ticks every minute. */
  start(): Promise<void>;
  /** Offers new implementation requests now and sends what is due (the site calls it when a request came in). */
  kick(): Promise<void>;
  /** Stops ticking, finishes the message in flight, and hands back the rest. */
  stop(): Promise<void>;
  readonly sender: Sender;
}

/** Options for `createReminderService`. */
export interface ReminderServiceOptions {
  /** Default: the configuration's `reminders`, or DEFAULT_REMINDERS. */
  config?: ReminderConfig;
  /** The Bot API client to send with; default one for the bot's token, without auto-retry. */
  api?: Api;
  pacer?: Pacer;
  worker?: string;
  /** Claim only these rows (the console sends only to its own user). */
  only?: ClaimFilter;
  /** How often to look for requests not offered yet; default every 5 seconds. */
  leadPollMs?: number;
  /** With several instances: how often the planner's lease is renewed or taken over; default every 10 seconds. */
  leaseRenewMs?: number;
}

/** A resolver for claimed rows that evaluates each partner once per content snapshot and day. */
function rowResolver(deps: BotDeps) {
  let cachedFor: ContentSnapshot | undefined;
  let cache = new Map<string, readonly Deadline[]>();
  return async (row: ReminderRow, now: Date) => {
    const snapshot = deps.content.current();
    // In the recipient's language: the one stored for them (bot/middleware/users.ts), else English.
    const t = wordsFor(snapshot.content, await deps.store.userLanguage(row.userId));
    if (isLeadNotice(row.kind)) return resolveLeadNotice(t, deps.store, snapshot.content, row, todayUtc(now), now);
    if (snapshot !== cachedFor) {
      cachedFor = snapshot;
      cache = new Map();
    }
    const deadlinesOf = (partner: Partner, day: PlainDate) => {
      const key = `${partner.slug} ${day}`;
      let found = cache.get(key);
      if (!found) cache.set(key, (found = evaluatePartner(partner, snapshot.content.rules, day).deadlines));
      return found;
    };
    return resolveReminder(t, snapshot.content, deps.config.siteUrl, row, localDate(now, row.timeZone), deadlinesOf);
  };
}

/** Builds the service; nothing runs until `start` (or `plan`/`send`/`tick`). */
export function createReminderService(deps: BotDeps, options: ReminderServiceOptions = {}): ReminderService {
  const config = options.config ?? deps.config.reminders ?? DEFAULT_REMINDERS;
  const { store, clock, log } = deps;
  // Several instances on one PostgreSQL: one plans (the lease holder, at the newest content), all send at one shared pace.
  const cluster = store.cluster;
  const api = options.api ?? new Api(deps.config.token, { apiRoot: deps.config.apiRoot, timeoutSeconds: 30 });
  // With the reminders off, only new-request notices go out.
  const only: ClaimFilter | undefined = config.enabled ? options.only : { ...options.only, kinds: ['lead-offer'] };
  const sender = createSender({
    // On a shared store the sender claims as its instance, so the ledger's claims name the instances.
    ledger: store.reminders, api, clock, log, config, pacer: options.pacer, worker: options.worker ?? cluster?.instance, only,
    resolve: rowResolver(deps),
    onUnreachable: (userId) => store.setBlocked(userId, true),
    shared: cluster,
  });
  let task: ScheduledTask | undefined;
  let poll: ReturnType<typeof setInterval> | undefined;
  let offering: Promise<number> | undefined;
  let planned: { at: number; day: string; snapshot: ContentSnapshot } | undefined;
  let ticking: Promise<void> | undefined;
  let stopped = false;
  let lease: ReturnType<typeof setInterval> | undefined;
  let leader = !cluster;
  const unsubscribe: (() => void)[] = [];

  const plan = async (): Promise<PlanResult> => {
    const snapshot = deps.content.current();
    const now = clock.now();
    // On a shared store the plan is written only from the newest content any instance recorded.
    const digest = cluster?.digestOf(snapshot.version);
    if (cluster && !digest) return { added: 0, updated: 0, cancelled: 0, stale: true };
    // Deadline reminders, and an outcome question per reservation awaiting its outcome.
    const rows = [...planRows(snapshot.content, today(clock), config), ...outcomeRows(await store.leads.awaitingOutcome(), snapshot.content, config)];
    const result = await store.reminders.syncPlan(rows, now, OBSOLETE, digest ? { contentDigest: digest } : undefined);
    if (result.stale) {
      log.info('reminders: not planned, this instance is behind the newest content version');
      return result;
    }
    planned = { at: now.getTime(), day: today(clock), snapshot };
    // Rows that may be due now: the other instances send them too, without waiting for their next tick.
    if (cluster && (result.added || result.updated)) void cluster.announce({ kind: 'due', from: cluster.instance }).catch(() => undefined);
    if (result.added || result.updated || result.cancelled) {
      log.info(`reminders planned: ${result.added} new, ${result.updated} re-timed, ${result.cancelled} cancelled`);
    }
    return result;
  };

  const send = async (): Promise<SendReport> => {
    const report = await sender.run();
    if (report.claimed > 0 || report.tooManyRequests > 0) {
      log.info(`reminders sent: ${report.sent} of ${report.claimed} claimed (${report.retried} to retry, ${report.failed} failed, `
        + `${report.unreachable} unreachable, ${report.cancelled} no longer applied, ${report.tooManyRequests} × 429) in ${report.elapsedMs} ms`);
    }
    return report;
  };

  /** Offers the requests not offered yet; one pass at a time. */
  const offer = (): Promise<number> => {
    // Offered from the newest content only: an instance behind it leaves the request to the others.
    if (cluster && !cluster.isNewest()) return Promise.resolve(0);
    offering ??= offerNewRequests(deps, clock.now()).finally(() => (offering = undefined));
    return offering;
  };

  const isStale = () => !planned || planned.snapshot !== deps.content.current() || planned.day !== today(clock) || clock.now().getTime() - planned.at >= HOUR_MS;

  /** With several instances: holds (or takes over) the planner's lease while at the newest content, and plans when it became the holder. */
  const renewLease = async (): Promise<void> => {
    if (!cluster || stopped) return;
    try {
      const was = leader;
      // Only an instance that records its content (npm start, npm run bot) plans; the console and the CLIs never take the lease.
      const recorded = cluster.digestOf(deps.content.current().version) !== undefined;
      if (recorded && cluster.isNewest()) leader = await cluster.holdLease('planner', LEASE_TTL_MS);
      else if (leader) {
        await cluster.releaseLease('planner');
        leader = false;
      }
      if (leader && !was) {
        planned = undefined;
        log.info('reminders: this instance plans them now (it holds the planner\'s lease)');
      }
      if (leader && isStale() && task) void tick();
    } catch (error) {
      log.error('reminders: the planner\'s lease could not be renewed', error);
    }
  };

  const tick = async (): Promise<void> => {
    if (stopped) return;
    // One tick at a time: a long batch makes the next minutes' ticks wait, not pile up.
    ticking ??= (async () => {
      try {
        if (isStale() && config.enabled && leader) await plan();
        await offer();
        await send();
      } catch (error) {
        log.error('reminders: a tick failed', error);
      }
    })().finally(() => (ticking = undefined));
    return ticking;
  };

  deps.content.onReload((result) => {
    // New content: plan again now, so rows it made obsolete are dropped before they fall due.
    if (result.ok && task && !stopped) void tick();
  });

  /** New requests now: offered, then sent (a run under way picks the new rows up as it refills). */
  const kick = async (): Promise<void> => {
    if (stopped) return;
    try {
      if ((await offer()) > 0) await send();
    } catch (error) {
      log.error('requests: offering failed', error);
    }
  };

  return {
    sender,
    plan,
    send,
    tick,
    kick,
    async start() {
      await renewLease();
      await tick();
      if (stopped) return;
      if (cluster) {
        lease = setInterval(() => void renewLease(), options.leaseRenewMs ?? LEASE_RENEW_MS);
        lease.unref();
        // The content recorded (at start, after a reload): the lease is taken at once, not at the next renewal.
        unsubscribe.push(cluster.onRecorded(() => void renewLease()));
        unsubscribe.push(cluster.onMessage((message) => {
          if (message.kind === 'due' && !stopped) void send().catch((error: unknown) => log.error('reminders: sending failed', error));
        }));
      }
      poll = setInterval(() => void kick(), options.leadPollMs ?? LEAD_POLL_MS);
      poll.unref();
      task = cron.schedule('* * * * *', () => tick(), {
        name: 'reminders', timezone: 'UTC', noOverlap: true,
        logger: { info: () => undefined, debug: () => undefined, warn: (m) => log.warn(`node-cron: ${m}`), error: (m) => log.error(`node-cron: ${String(m)}`) },
      });
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      clearInterval(lease);
      for (const stop of unsubscribe.splice(0)) stop();
      if (cluster && leader) await cluster.releaseLease('planner').catch(() => undefined);
      await task?.destroy();
      await offering?.catch(() => undefined);
      await sender.stop();
      await ticking;
    },
  };
}

const running = new WeakMap<BotDeps, ReminderService>();

/**
 * Starts the reminders and the lead notices for `deps` (with REMINDERS=off, the lead notices only);
 * the catch-up runs in the background so the bot answers updates meanwhile. `stopReminders`
 * (called by `closeDeps`) stops them.
 */
export function startReminders(deps: BotDeps, options: ReminderServiceOptions = {}): ReminderService {
  const config = options.config ?? deps.config.reminders ?? DEFAULT_REMINDERS;
  const started = running.get(deps);
  if (started) return started;
  const service = createReminderService(deps, { ...options, config });
  running.set(deps, service);
  void service.start().catch((error: unknown) => deps.log.error('reminders: could not start', error));
  return service;
}

/** The reminders running for `deps`, if started. */
export function runningReminders(deps: BotDeps): ReminderService | undefined {
  return running.get(deps);
}

/** Stops the reminders started for `deps`, if any. */
export async function stopReminders(deps: BotDeps): Promise<void> {
  const service = running.get(deps);
  running.delete(deps);
  await service?.stop();
}
