/**
 * NFR copies and the allowance of a status: how many cloud subscriptions and on-premise keys a
 * partner of each status may hold (`nfr` in statuses.yaml), and which of a partner's claimed copies
 * are within it.
 *
 * The reading: a copy counts against the allowance while it runs, from the day it is claimed up to
 * and including the last day of its last recorded extension; an expired copy frees its place. Of
 * the copies of one kind running on a day, the earliest claimed (then the first in the file) are
 * within the allowance of the status held that day, and the later ones are beyond it. So a Gold
 * partner moved down to Silver keeps its older key and loses the newer one, and a Bronze partner's
 * only place for a cloud subscription goes to the first it claimed. A copy beyond the allowance is
 * never offered an extension; it ends on its day.
 */
import type { PlainDate } from '../dates.ts';
import { addMonths } from '../dates.ts';
import type { Rules } from '../rules.ts';
import type { NfrClaim } from '../schemas/partner.ts';
import type { Status } from '../schemas/program.ts';

/** One claimed NFR copy as the engine sees it on a day. */
export interface NfrCopy {
  /** Position of the claim in the partner file's `program.nfr` list. */
  index: number;
  kind: NfrClaim['kind'];
  claimed: PlainDate;
  /** The day it ends: the claim plus its first period and every recorded extension. */
  expires: PlainDate;
  /** Running on the day: claimed by then and not past its end. */
  running: boolean;
  /** How many copies of this kind the status grants. */
  allowance: number;
  /** Running and among the `allowance` earliest running copies of its kind. */
  withinAllowance: boolean;
  /** The partner may ask to extend it: the status extends copies of this kind, and this one is within the allowance. */
  extendable: boolean;
}

/** The day a claimed copy ends, with every recorded extension. */
export function nfrExpiry(rules: Rules, claim: NfrClaim): PlainDate {
  const months = claim.kind === 'cloud'
    ? rules.nfr.cloud.months * (1 + claim.extensions)
    : rules.nfr.onPremise.months + claim.extensions * rules.nfr.onPremise.extensionMonths;
  return addMonths(claim.claimed, months);
}

/** Every claimed copy in `claims`, judged against the allowance of `status` on `day`, in file order. */
export function nfrCopies(rules: Rules, claims: readonly NfrClaim[], status: Status, day: PlainDate): NfrCopy[] {
  const copies = claims.map((claim, index): NfrCopy => {
    const expires = nfrExpiry(rules, claim);
    const terms = claim.kind === 'cloud' ? rules.nfr.cloud : rules.nfr.onPremise;
    return {
      index,
      kind: claim.kind,
      claimed: claim.claimed,
      expires,
      running: claim.claimed <= day && day <= expires,
      allowance: claim.kind === 'cloud' ? status.nfr.cloud : status.nfr.onPremise,
      withinAllowance: false,
      extendable: terms.extendableFor.includes(status.id),
    };
  });
  for (const kind of ['cloud', 'on-premise'] as const) {
    const running = copies.filter((c) => c.kind === kind && c.running)
      .sort((a, b) => a.claimed.localeCompare(b.claimed) || a.index - b.index);
    running.forEach((copy, place) => {
      copy.withinAllowance = place < copy.allowance;
    });
  }
  for (const copy of copies) copy.extendable &&= copy.withinAllowance;
  return copies;
}

/**
 * Claims beyond the allowance of `status` at some point while the partner held it (since
 * `statusSince`): on the day it began, and on each day a copy was claimed after that. For the
 * content check, which has no "today": a claim made while the allowance was used up, or still
 * running past it when the status began, is reported once.
 */
export function claimsBeyondAllowance(rules: Rules, claims: readonly NfrClaim[], status: Status, statusSince: PlainDate): NfrCopy[] {
  const days = new Set([statusSince, ...claims.map((c) => c.claimed).filter((d) => d > statusSince)]);
  const beyond = new Map<number, NfrCopy>();
  for (const day of [...days].sort()) {
    for (const copy of nfrCopies(rules, claims, status, day)) {
      if (copy.running && !copy.withinAllowance && !beyond.has(copy.index)) beyond.set(copy.index, copy);
    }
  }
  return [...beyond.values()].sort((a, b) => a.index - b.index);
}
