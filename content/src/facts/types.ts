/**
 * A fact: one figure or rule of the program, generated from the rules data (never typed), as data
 * a front end renders with its own messages. Each has what it is about (the topics and aspects a
 * question must name for it to answer, and the status it concerns), how it decides a yes/no
 * question when it can, and the docs section that explains it.
 */
import type { PlainDate } from '../dates.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { Aspect } from '../understand/language.ts';

/** A discount tier: the percentage, once its requirements are met. */
export interface FactTier {
  percent: number;
  requires: Requirement[];
}

/** What a fact says, by code; a front end has one message per code. Money is in the program's currencies. */
export type FactData =
  | { code: 'status-discount'; status: string; tiers: FactTier[] }
  | { code: 'discounts'; statuses: { status: string; tiers: FactTier[] }[] }
  | { code: 'status-entry'; status: string; below: string; requires: Requirement[] }
  | { code: 'status-entry-sales'; status: string; below: string; amount: number; months: number; whileStatus: boolean }
  | { code: 'status-entry-clients'; status: string; count: number }
  | { code: 'status-entry-since'; status: string; below: string; months: number }
  | { code: 'status-probation'; status: string; days: number; requires: Requirement[] }
  | { code: 'status-probation-missed'; status: string; days: number; requires: Requirement[] }
  | { code: 'status-annual-target'; status: string; amount: number; months: number }
  | { code: 'targets'; statuses: { status: string; below: string; entry?: { amount: number; months: number }; annual?: number }[] }
  | { code: 'status-target-missed'; status: string; to: string; amount: number; sold?: number }
  | { code: 'target-missed'; moves: { from: string; to: string }[] }
  | { code: 'status-benefits'; status: string; tiers: FactTier[]; benefits: { id: string; text: string; requires: Requirement[] }[] }
  | { code: 'status-nfr'; status: string; cloud: number; onPremise: number }
  | { code: 'nfr-counts'; statuses: { status: string; cloud: number; onPremise: number }[] }
  | { code: 'statuses-list'; statuses: string[] }
  | { code: 'statuses-compare'; statuses: { status: string; tiers: FactTier[]; entry?: { amount: number; months: number }; annual?: number; cloud: number; onPremise: number; listed: boolean }[] }
  | { code: 'status-highest'; status: string }
  | { code: 'status-lowest'; status: string }
  | { code: 'status-courses'; status: string; courses: string[] }
  | { code: 'course'; course: string; summary: string; statuses: string[] }
  | { code: 'who-requires'; requirement: Requirement; statuses: string[] }
  | { code: 'who-benefit'; benefit: string; text: string; statuses: string[] }
  | { code: 'listed'; statuses: string[]; featured: string[] }
  | { code: 'listing-fields'; fields: string[]; statuses: string[] }
  | { code: 'leads-email'; statuses: string[] }
  | { code: 'leads-app'; statuses: { status: string; requires: Requirement[] }[] }
  | { code: 'leads-locations'; max: number; extra: number }
  | { code: 'leads-per-request'; max: number }
  | { code: 'leads-reservation-days'; days: number }
  | { code: 'kickstart-amount'; amount: number }
  | { code: 'kickstart-eligible'; after: PlainDate }
  | { code: 'kickstart-valid'; days: number }
  | { code: 'kickstart-requires'; requires: Requirement[]; amount: number }
  | { code: 'award-amount'; min: number; max: number }
  | { code: 'award-valid' }
  | { code: 'bonus-min-paid'; amount: number }
  | { code: 'bonus-uses'; can: string[]; cannot: string[]; item?: string; allowed?: boolean }
  | { code: 'nfr-cloud-months'; months: number }
  | { code: 'nfr-cloud-extend'; statuses: string[]; months: number }
  | { code: 'nfr-cloud-limits'; storageGb: number; cardScans: number; sites: number; bulkEmailsPerMonth: number; customDomain: boolean }
  | { code: 'nfr-storage'; gb: number }
  | { code: 'nfr-card-scans'; count: number }
  | { code: 'nfr-sites'; count: number }
  | { code: 'nfr-bulk-emails'; count: number }
  | { code: 'nfr-custom-domain'; allowed: boolean }
  | { code: 'nfr-cloud-end'; statuses: string[]; others: string[] }
  | { code: 'nfr-key-who'; statuses: { status: string; count: number }[]; edition: string }
  | { code: 'nfr-key-edition'; edition: string }
  | { code: 'nfr-key-months'; months: number; extensionMonths: number; statuses: string[] }
  | { code: 'nfr-key-extend'; statuses: string[]; months: number }
  | { code: 'nfr-key-end'; statuses: string[] }
  | { code: 'activation-days'; days: number }
  | { code: 'activation-missed'; days: number }
  | { code: 'review-months'; months: number; statuses: string[] }
  | { code: 'review-who'; statuses: string[]; months: number }
  | { code: 'zero-activity'; months: number }
  | { code: 'application-review'; min: number; max: number }
  | { code: 'verification'; max: number }
  | { code: 'joining'; min: number; max: number; verification: number; lowest: string }
  | { code: 'price-notice'; days: number }
  | { code: 'penalty-block'; months: number }
  | { code: 'sales-own-use' }
  | { code: 'sales-currencies'; currencies: string[] }
  | { code: 'sales-after-discount' }
  | { code: 'sales-window'; months: number };

/** The codes of every kind of fact. */
export type FactCode = FactData['code'];

/** What a question must name for a fact to answer it. */
export interface FactMatch {
  /** Groups of topics: the question must name at least one topic of each group. */
  needs: string[][];
  /** Topics that make the fact a better answer when named. */
  about: string[];
  /** Topics that rule the fact out ("key" for the cloud subscription's length). */
  excludes?: string[];
  /** Aspects it answers. */
  aspects: Aspect[];
  /** The status it is about: a question naming other statuses only is not answered by it. */
  status?: string;
  /** Only for a question about statuses: one naming a status, or statuses as such. */
  statuses?: boolean;
}

/** What a fact's figure counts: money, days, months, gigabytes, or things (clients, sites...). */
export type FigureUnit = 'money' | 'days' | 'months' | 'gb' | 'count';

/** How a fact decides a yes/no question, from its data. */
export type Decision =
  /** Yes when every status the question names (or the asker holds) is in `ids`. */
  | { kind: 'statuses'; ids: string[] }
  /** Yes or no as it is; asked "without" it, the other way round (a notice period exists). */
  | { kind: 'flag'; value: boolean }
  /** Yes when the question's thing is among `yes`, no when among `no` (matched by words). */
  | { kind: 'items'; yes: string[]; no: string[] }
  /**
   * Yes when a number of the question's, in the same unit, equals `value` (or is more or less than
   * it, as the question asks), no when it does not: "one account" is not a number of months.
   */
  | { kind: 'equals'; value: number; unit: FigureUnit }
  /** Yes when a year or date in the question is after `date`. */
  | { kind: 'after'; date: PlainDate }
  /** A least amount: asked whether there is one, yes (when above 0); asked whether the whole can be covered, no. */
  | { kind: 'minimum'; amount: number }
  /**
   * A discount: yes when there is one; asked about before its requirements, no when the first tier
   * is 0; asked against a figure or another status, by the figure or `highest` (each status's highest).
   */
  | { kind: 'discount'; tiers: FactTier[]; highest: Readonly<Record<string, number>> };

/** One fact. */
export type Fact = FactData & {
  /** Where it comes from in the rules data, like `nfr.cloud.extendableFor` or `statuses.gold.discount`. */
  id: string;
  match: FactMatch;
  decide?: Decision;
  /** The docs page and section that explain it, like `nfr#cloud-subscription`. */
  docs: string;
};
