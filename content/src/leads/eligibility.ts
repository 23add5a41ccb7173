/**
 * Who receives an implementation request (section 5 of the rules): a partner whose status gives
 * access to requests now (a benefit listed in leads.yaml `requests.benefits`, with its requirements
 * met, as the rules engine says: Bronze after the tutorial, Silver, Gold), whose locations (its own
 * country and `program.locations`) include the client's country, and who lists a service that fits
 * the kind of request. A request a client addressed to one partner from its page ("Ask this
 * partner") reaches that partner whenever its status gives access, wherever the client is and
 * whatever they ask for: the client chose it. Pure: a function of the partner, the rules, the
 * request and the day.
 */
import type { PlainDate } from '../dates.ts';
import type { Standing } from '../engine/evaluate.ts';
import { evaluatePartner } from '../engine/evaluate.ts';
import type { Rules } from '../rules.ts';
import type { Partner } from '../schemas/partner.ts';
import type { RequestKind } from '../schemas/program.ts';

/** What a request says that decides who receives it. */
export interface RequestTarget {
  /** The client's country, ISO 3166-1 alpha-2. */
  country: string;
  /** A request kind id from leads.yaml. */
  kind: string;
  /** The slug of the partner the client asked first, if any. */
  addressedTo?: string | null;
}

/**
 * Why a partner does not receive a request, as a code for the front ends to word:
 * - `no-access`: its status gives no access to requests now (cancelled, or Bronze before the tutorial);
 * - `location`: the client's country is not among its locations;
 * - `service`: it lists no service that fits the kind (or the kind is unknown).
 */
export type LeadBarrier = 'no-access' | 'location' | 'service';

/** The request kind with this id, if the rules have it. */
export function requestKindById(rules: Rules, id: string): RequestKind | undefined {
  return rules.leads.requests.kinds.find((k) => k.id === id);
}

/** The countries a partner receives requests from: its own first, then `program.locations`. */
export function partnerLocations(partner: Partner): string[] {
  return [partner.country, ...partner.program.locations.filter((c) => c !== partner.country)];
}

/** Whether the partner's standing gives access to implementation requests now. */
export function hasRequestAccess(standing: Standing, rules: Rules): boolean {
  const ids = rules.leads.requests.benefits;
  return standing.benefits.some((b) => b.available && ids.includes(b.id));
}

/**
 * Why `partner` does not receive a request for `target` on `asOf`, or null when it does. `standing`
 * may be passed when the caller has evaluated the partner already.
 */
export function leadBarrier(partner: Partner, rules: Rules, target: RequestTarget, asOf: PlainDate, standing?: Standing): LeadBarrier | null {
  if (!hasRequestAccess(standing ?? evaluatePartner(partner, rules, asOf), rules)) return 'no-access';
  if (target.addressedTo === partner.slug) return null;
  if (!partnerLocations(partner).includes(target.country)) return 'location';
  const kind = requestKindById(rules, target.kind);
  if (!kind || !kind.services.some((s) => partner.services.includes(s))) return 'service';
  return null;
}

/** The partners that receive a request for `target` on `asOf`, in the order given. */
export function eligiblePartners(partners: readonly Partner[], rules: Rules, target: RequestTarget, asOf: PlainDate): Partner[] {
  // The cheap checks first: the rules engine runs only for partners in the country with the service.
  return partners.filter((p) => mayFit(p, rules, target) && leadBarrier(p, rules, target, asOf) === null);
}

/** The checks that need no rules engine: the partner asked for, or one with the location and a service that fits. */
export function mayFit(partner: Partner, rules: Rules, target: RequestTarget): boolean {
  return target.addressedTo === partner.slug || (partnerLocations(partner).includes(target.country)
    && (requestKindById(rules, target.kind)?.services.some((s) => partner.services.includes(s)) ?? false));
}
