/**
 * The order partners are offered a request: by the keys in leads.yaml `rating.offerOrder`, one
 * after the other, then by name. Each key is a comparator in a small table, so the order is data.
 */
import type { Rules } from '../rules.ts';
import { statusRank } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { OfferOrderKey } from '../schemas/program.ts';

/** A partner that receives a request, with what its place in the order depends on. */
export interface OfferCandidate {
  partner: Partner;
  /** Its rating, in percent. */
  rating: number;
  /** The client asked for this partner first ("Ask this partner"). */
  addressed: boolean;
  /** The status it holds now, as the rules engine says (a review may have moved it down since its file was written). */
  status: string;
}

type Compare = (a: OfferCandidate, b: OfferCandidate, rules: Rules) => number;

/** What each key of `offerOrder` compares: a negative number puts `a` first. */
const COMPARE: Record<OfferOrderKey, Compare> = {
  addressed: (a, b) => Number(b.addressed) - Number(a.addressed),
  rating: (a, b) => b.rating - a.rating,
  status: (a, b, rules) => statusRank(rules, b.status) - statusRank(rules, a.status),
};

/** `candidates` in the order they are offered the request (a new array). */
export function offerOrder(candidates: readonly OfferCandidate[], rules: Rules): OfferCandidate[] {
  const keys = rules.leads.rating.offerOrder;
  return [...candidates].sort((a, b) => {
    for (const key of keys) {
      const d = COMPARE[key](a, b, rules);
      if (d !== 0) return d;
    }
    return a.partner.name.localeCompare(b.partner.name, 'en') || a.partner.slug.localeCompare(b.partner.slug);
  });
}
