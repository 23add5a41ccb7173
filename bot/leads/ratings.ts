/** Partners' ratings as of a day, from the outcomes in the store and the rules (content/src/leads/rating.ts). */
import { partnerRating } from '../../content/index.ts';
import type { PlainDate, Rating, Rules } from '../../content/index.ts';
import { trailingWindowStart } from './dates.ts';
import type { Store } from '../store/store.ts';

/** A rating lookup for every partner as of `asOf`: one read of the store for all of them. */
export async function ratingsAsOf(store: Pick<Store, 'leads'>, rules: Rules, asOf: PlainDate): Promise<(slug: string) => Rating> {
  const outcomes = await store.leads.outcomesSince(trailingWindowStart(rules, asOf));
  const cache = new Map<string, Rating>();
  return (slug) => {
    let rating = cache.get(slug);
    if (!rating) cache.set(slug, (rating = partnerRating(outcomes.get(slug) ?? [], rules, asOf)));
    return rating;
  };
}
