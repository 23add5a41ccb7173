/**
 * Keeping contact details no longer than needed: requests whose reservation days ran out are
 * closed, and the contact details (and description) of requests closed more than LEAD_ERASE_DAYS
 * ago are erased. Runs at start and hourly wherever the store is opened (`npm start`, with or
 * without the bot; `npm run bot`); idempotent, so two processes running it do no harm.
 */
import type { Clock } from '../clock.ts';
import type { LeadConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Closes expired requests and erases the contact details due for erasure, as of `now`. */
export async function leadHousekeeping(store: Pick<Store, 'leads'>, config: LeadConfig, now: Date): Promise<{ closed: number; erased: number }> {
  const closed = await store.leads.closeExpired(now);
  const erased = await store.leads.eraseClosedBefore(new Date(now.getTime() - config.eraseAfterDays * DAY_MS), now);
  return { closed, erased };
}

/** Runs the housekeeping now and every hour until `stop`. */
export function startLeadHousekeeping(store: Pick<Store, 'leads'>, config: LeadConfig, clock: Clock, log: Pick<Logger, 'info' | 'error'>, everyMs = HOUR_MS): { stop(): void } {
  const run = async () => {
    try {
      const { closed, erased } = await leadHousekeeping(store, config, clock.now());
      if (closed || erased) log.info(`requests: ${closed} closed (reservation days over), contact details of ${erased} erased`);
    } catch (error) {
      log.error('requests: the housekeeping failed', error);
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
