/** Facts from the other rules files: bonuses, NFR copies, leads, listing, time rules, how sales count. */
import type { Rules } from '../rules.ts';
import type { DocsRefs } from './docs-refs.ts';
import type { Fact } from './types.ts';

/** Every fact outside the statuses. */
export function programFacts(rules: Rules, refs: DocsRefs): Fact[] {
  const { bonuses, nfr, leads, listing, timelines } = rules;
  const ids = rules.statuses.map((s) => s.id);
  const anyBonus = ['bonus', 'kickstart', 'award'];
  const listed = rules.statuses.filter((s) => s.listing !== 'none').map((s) => s.id);
  const keyHolders = rules.statuses.filter((s) => s.nfr.onPremise > 0);
  const trailing = rules.statuses.flatMap((s) => s.entry.requires).find((r) => r.kind === 'sales' && r.window === 'trailing');
  const trailingMonths = trailing?.kind === 'sales' ? trailing.months ?? timelines.review.months : timelines.review.months;
  return [
    // Bonuses
    {
      id: 'bonuses.kickstart.amount', code: 'kickstart-amount', amount: bonuses.kickstart.amount,
      match: { needs: [['kickstart']], about: ['bonus'], aspects: ['amount'] },
      decide: { kind: 'equals', value: bonuses.kickstart.amount, unit: 'money' },
      docs: refs.figure(['kickstart.amount'], 'bonuses#kickstart-bonus'),
    },
    {
      id: 'bonuses.kickstart.appliedAfter', code: 'kickstart-eligible', after: bonuses.kickstart.appliedAfter,
      match: { needs: [['kickstart']], about: ['bonus', 'application', 'claim'], aspects: ['who', 'requirements'] },
      decide: { kind: 'after', date: bonuses.kickstart.appliedAfter },
      docs: refs.figure(['kickstart.appliedAfter'], 'bonuses#kickstart-bonus'),
    },
    {
      id: 'bonuses.kickstart.validDays', code: 'kickstart-valid', days: bonuses.kickstart.validDays,
      match: { needs: [['kickstart']], about: ['bonus', 'expire', 'approval'], excludes: ['misuse'], aspects: ['duration', 'deadline', 'whatIf'] },
      decide: { kind: 'equals', value: bonuses.kickstart.validDays, unit: 'days' },
      docs: refs.figure(['kickstart.validDays'], 'bonuses#kickstart-bonus'),
    },
    {
      id: 'bonuses.kickstart.requires', code: 'kickstart-requires', requires: bonuses.kickstart.requires, amount: bonuses.kickstart.amount,
      match: { needs: [['kickstart']], about: ['bonus', 'claim'], aspects: ['requirements', 'howTo'] },
      docs: refs.figure(['kickstart.appliedAfter'], 'bonuses#kickstart-bonus'),
    },
    {
      id: 'bonuses.award.amount', code: 'award-amount', min: bonuses.award.minAmount, max: bonuses.award.maxAmount,
      match: { needs: [['award']], about: ['bonus'], aspects: ['amount'] },
      docs: refs.figure(['award.minAmount', 'award.maxAmount'], 'bonuses#award-bonus'),
    },
    {
      id: 'bonuses.award.validUntil', code: 'award-valid',
      match: { needs: [['award']], about: ['bonus', 'expire'], aspects: ['duration', 'deadline', 'whatIf'] },
      docs: refs.section('bonuses#award-bonus'),
    },
    {
      id: 'bonuses.minPaidPerOrder', code: 'bonus-min-paid', amount: bonuses.minPaidPerOrder,
      match: { needs: [anyBonus, ['order', 'whole']], about: ['whole', 'order'], aspects: ['amount', 'limit', 'whatIf', 'who'] },
      // Asked whether there is a minimum: yes; whether a bonus pays a whole order: no.
      decide: { kind: 'minimum', amount: bonuses.minPaidPerOrder },
      docs: refs.figure(['bonus.minPaidPerOrder'], 'bonuses#what-bonuses-can-pay-for'),
    },
    {
      id: 'bonuses.canPay', code: 'bonus-uses', can: bonuses.canPay, cannot: bonuses.cannotPay,
      match: { needs: [anyBonus], about: ['order', 'own-use', 'key', 'cloud', 'renew'], excludes: ['whole'], aspects: ['list', 'uses'] },
      decide: { kind: 'items', yes: bonuses.canPay, no: bonuses.cannotPay },
      docs: refs.section('bonuses#what-bonuses-can-pay-for'),
    },

    // NFR copies
    {
      id: 'nfr.cloud.months', code: 'nfr-cloud-months', months: nfr.cloud.months,
      match: { needs: [['nfr', 'cloud']], about: ['cloud', 'nfr', 'claim'], excludes: ['key', 'extend', 'bonus'], aspects: ['duration', 'deadline'] },
      decide: { kind: 'equals', value: nfr.cloud.months, unit: 'months' },
      docs: refs.figure(['nfrCloud.months'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.cloud.extendableFor', code: 'nfr-cloud-extend', statuses: nfr.cloud.extendableFor, months: nfr.cloud.months,
      match: { needs: [['nfr', 'cloud'], ['extend']], about: ['cloud', 'nfr'], excludes: ['key'], aspects: ['who', 'duration', 'amount'] },
      decide: { kind: 'statuses', ids: nfr.cloud.extendableFor },
      docs: refs.figure(['nfrCloud.months'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.cloud.limits', code: 'nfr-cloud-limits', ...nfr.cloud.limits,
      match: { needs: [['nfr']], about: ['limit', 'cloud'], excludes: ['key'], aspects: ['limit', 'list'] },
      docs: refs.figure(['nfrCloud.storageGb'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.cloud.limits.storageGb', code: 'nfr-storage', gb: nfr.cloud.limits.storageGb,
      match: { needs: [['storage']], about: ['nfr', 'cloud', 'limit'], excludes: ['plan'], aspects: ['amount', 'limit', 'count'] },
      decide: { kind: 'equals', value: nfr.cloud.limits.storageGb, unit: 'gb' },
      docs: refs.figure(['nfrCloud.storageGb'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.cloud.limits.cardScans', code: 'nfr-card-scans', count: nfr.cloud.limits.cardScans,
      match: { needs: [['scans']], about: ['nfr', 'cloud', 'limit'], excludes: ['plan'], aspects: ['amount', 'limit', 'count'] },
      decide: { kind: 'equals', value: nfr.cloud.limits.cardScans, unit: 'count' },
      docs: refs.figure(['nfrCloud.cardScans'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.cloud.limits.sites', code: 'nfr-sites', count: nfr.cloud.limits.sites,
      match: { needs: [['sites']], about: ['nfr', 'cloud', 'limit'], excludes: ['plan', 'listing', 'endorse'], aspects: ['amount', 'limit', 'count'] },
      decide: { kind: 'equals', value: nfr.cloud.limits.sites, unit: 'count' },
      docs: refs.figure(['nfrCloud.sites'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.cloud.limits.bulkEmailsPerMonth', code: 'nfr-bulk-emails', count: nfr.cloud.limits.bulkEmailsPerMonth,
      match: { needs: [['email'], ['nfr', 'limit', 'bulk']], about: ['nfr', 'cloud', 'limit', 'bulk'], excludes: ['plan', 'leads', 'clients', 'support'], aspects: ['amount', 'limit', 'count'] },
      decide: { kind: 'equals', value: nfr.cloud.limits.bulkEmailsPerMonth, unit: 'count' },
      docs: refs.figure(['nfrCloud.bulkEmailsPerMonth'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.cloud.limits.customDomain', code: 'nfr-custom-domain', allowed: nfr.cloud.limits.customDomain,
      match: { needs: [['domain']], about: ['nfr', 'cloud', 'limit'], excludes: ['plan'], aspects: ['limit', 'who'] },
      decide: { kind: 'flag', value: nfr.cloud.limits.customDomain },
      docs: refs.figure(['nfrCloud.storageGb'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.cloud.fallback', code: 'nfr-cloud-end', statuses: nfr.cloud.extendableFor, others: ids.filter((s) => !nfr.cloud.extendableFor.includes(s)),
      match: { needs: [['nfr', 'cloud']], about: ['expire', 'cancel', 'nfr', 'cloud'], excludes: ['key'], aspects: ['whatIf'] },
      docs: refs.figure(['nfrCloud.months'], 'nfr#cloud-subscription'),
    },
    {
      id: 'nfr.onPremise', code: 'nfr-key-who', statuses: keyHolders.map((s) => ({ status: s.id, count: s.nfr.onPremise })), edition: nfr.onPremise.edition,
      match: { needs: [['key']], about: ['nfr', 'claim', 'benefit'], excludes: ['extend', 'edition', 'bonus'], aspects: ['who', 'count'] },
      decide: { kind: 'statuses', ids: keyHolders.map((s) => s.id) },
      docs: refs.section('nfr#on-premise-key'),
    },
    {
      id: 'nfr.onPremise.edition', code: 'nfr-key-edition', edition: nfr.onPremise.edition,
      match: { needs: [['edition']], about: ['nfr', 'key'], aspects: ['definition', 'list', 'who'] },
      docs: refs.figure(['nfrKey.edition'], 'nfr#on-premise-key'),
    },
    {
      id: 'nfr.onPremise.months', code: 'nfr-key-months', months: nfr.onPremise.months, extensionMonths: nfr.onPremise.extensionMonths, statuses: nfr.onPremise.extendableFor,
      match: { needs: [['key']], about: ['nfr', 'claim'], excludes: ['extend', 'bonus'], aspects: ['duration', 'deadline'] },
      decide: { kind: 'equals', value: nfr.onPremise.months, unit: 'months' },
      docs: refs.figure(['nfrKey.months'], 'nfr#on-premise-key'),
    },
    {
      id: 'nfr.onPremise.extendableFor', code: 'nfr-key-extend', statuses: nfr.onPremise.extendableFor, months: nfr.onPremise.extensionMonths,
      match: { needs: [['key'], ['extend']], about: ['nfr'], excludes: ['bonus'], aspects: ['who', 'duration', 'amount'] },
      decide: { kind: 'statuses', ids: nfr.onPremise.extendableFor },
      docs: refs.figure(['nfrKey.extensionMonths'], 'nfr#on-premise-key'),
    },
    {
      id: 'nfr.onPremise.fallback', code: 'nfr-key-end', statuses: nfr.onPremise.extendableFor,
      match: { needs: [['key']], about: ['expire', 'nfr'], excludes: ['bonus'], aspects: ['whatIf'] },
      docs: refs.figure(['nfrKey.months'], 'nfr#on-premise-key'),
    },

    // Leads
    {
      id: 'leads.emailLeadsFor', code: 'leads-email', statuses: leads.emailLeadsFor,
      match: { needs: [['leads'], ['email']], about: [], excludes: ['bulk'], aspects: ['who'] },
      decide: { kind: 'statuses', ids: leads.emailLeadsFor },
      docs: refs.section('leads#how-leads-are-shared'),
    },
    {
      id: 'leads.app', code: 'leads-app',
      statuses: rules.statuses.flatMap((s) => s.benefits.filter((b) => b.id === 'leads' || b.id === 'leads-app').slice(0, 1).map((b) => ({ status: s.id, requires: b.requires }))),
      match: { needs: [['leads']], about: ['app', 'claim', 'benefit'], excludes: ['email', 'location', 'reserve', 'decline', 'distribute', 'bulk'], aspects: ['who', 'requirements', 'howTo'] },
      decide: { kind: 'statuses', ids: rules.statuses.filter((s) => s.benefits.some((b) => b.id === 'leads' || b.id === 'leads-app')).map((s) => s.id) },
      docs: refs.section('leads#the-implementation-requests-app'),
    },
    {
      id: 'leads.maxLocations', code: 'leads-locations', max: leads.maxLocations, extra: leads.extraLocations,
      match: { needs: [['location']], about: ['leads'], aspects: ['count', 'limit', 'list', 'who'] },
      decide: { kind: 'equals', value: leads.maxLocations, unit: 'count' },
      docs: refs.figure(['leads.maxLocations'], 'leads#the-implementation-requests-app'),
    },
    {
      // "Do leads expire?", "how long can I reserve a request?"
      id: 'leads.reservationDays', code: 'leads-reservation-days', days: leads.requests.reservationDays,
      match: { needs: [['leads', 'reserve']], about: ['reserve', 'expire', 'leads'], excludes: ['location', 'email', 'nfr', 'bonus'], aspects: ['duration', 'deadline'] },
      decide: { kind: 'equals', value: leads.requests.reservationDays, unit: 'days' },
      docs: refs.figure(['leads.reservationDays'], 'leads#the-implementation-requests-app'),
    },
    {
      id: 'leads.maxPartnersPerRequest', code: 'leads-per-request', max: leads.maxPartnersPerRequest,
      match: { needs: [['leads', 'reserve']], about: ['reserve', 'leads'], excludes: ['location', 'email'], aspects: ['count', 'limit'] },
      decide: { kind: 'equals', value: leads.maxPartnersPerRequest, unit: 'count' },
      docs: refs.figure(['leads.maxPartnersPerRequest'], 'leads#the-implementation-requests-app'),
    },

    // The directory
    {
      id: 'statuses.listing', code: 'listed', statuses: listed, featured: rules.statuses.filter((s) => s.listing === 'featured').map((s) => s.id),
      // "When will we be listed?" is answered by who is: from the status that is.
      match: { needs: [['listing', 'featured']], about: ['featured'], aspects: ['who', 'deadline'] },
      decide: { kind: 'statuses', ids: listed },
      docs: refs.section('joining#listing-in-the-partner-directory'),
    },
    {
      id: 'listing.requiredFields', code: 'listing-fields', fields: listing.requiredFields, statuses: listed,
      match: { needs: [['listing']], about: ['claim'], aspects: ['requirements', 'howTo', 'list'] },
      docs: refs.section('joining#listing-in-the-partner-directory'),
    },

    // Time rules
    {
      id: 'timelines.activation.days', code: 'activation-days', days: timelines.activation.days,
      match: { needs: [['activation']], about: ['order', 'clients'], excludes: ['nfr'], aspects: ['duration', 'deadline', 'count'] },
      decide: { kind: 'equals', value: timelines.activation.days, unit: 'days' },
      docs: refs.figure(['activation.days'], 'buying-and-reselling#activation'),
    },
    {
      id: 'timelines.activation.missed', code: 'activation-missed', days: timelines.activation.days,
      match: { needs: [['activation']], about: ['order', 'clients', 'expire'], excludes: ['nfr'], aspects: ['whatIf'] },
      docs: refs.figure(['activation.days'], 'buying-and-reselling#activation'),
    },
    {
      id: 'timelines.review.months', code: 'review-months', months: timelines.review.months, statuses: rules.statuses.filter((s) => s.maintain).map((s) => s.id),
      match: { needs: [['review']], about: ['status', 'year'], excludes: ['application', 'verification'], aspects: ['duration', 'frequency', 'deadline'] },
      decide: { kind: 'equals', value: timelines.review.months, unit: 'months' },
      docs: refs.figure(['review.months'], 'statuses#annual-review'),
    },
    {
      id: 'timelines.review.statuses', code: 'review-who', statuses: rules.statuses.filter((s) => s.maintain).map((s) => s.id), months: timelines.review.months,
      match: { needs: [['review']], about: ['year', 'status'], excludes: ['application', 'verification'], aspects: ['who', 'frequency'] },
      decide: { kind: 'statuses', ids: rules.statuses.filter((s) => s.maintain).map((s) => s.id) },
      docs: refs.figure(['review.months'], 'statuses#annual-review'),
    },
    {
      id: 'timelines.zeroActivity.months', code: 'zero-activity', months: timelines.zeroActivity.months,
      match: { needs: [['zero-activity']], about: ['cancel', 'year', 'block'], aspects: ['duration', 'whatIf', 'deadline', 'who'] },
      decide: { kind: 'flag', value: true },
      docs: refs.figure(['zeroActivity.months'], 'statuses#zero-activity'),
    },
    {
      id: 'timelines.application.review', code: 'application-review', min: timelines.application.reviewMinBusinessDays, max: timelines.application.reviewMaxBusinessDays,
      match: { needs: [['application', 'approval']], about: ['review', 'application-time', 'application', 'approval'], excludes: ['verification', 'kickstart', 'probation'], aspects: ['duration', 'deadline'] },
      docs: refs.figure(['application.reviewMinDays'], 'joining#applying'),
    },
    {
      id: 'timelines.application.verification', code: 'verification', max: timelines.application.verificationMaxBusinessDays,
      match: { needs: [['verification']], about: ['application'], aspects: ['duration', 'deadline'] },
      docs: refs.figure(['application.verificationMaxDays'], 'joining#applying'),
    },
    {
      id: 'joining', code: 'joining',
      min: timelines.application.reviewMinBusinessDays, max: timelines.application.reviewMaxBusinessDays,
      verification: timelines.application.verificationMaxBusinessDays, lowest: ids[0] as string,
      match: { needs: [['application']], about: ['reach', 'approval', 'verification'], excludes: ['kickstart', 'status', 'distribute'], aspects: ['howTo', 'requirements', 'list'] },
      docs: refs.section('joining#applying'),
    },
    {
      id: 'timelines.priceChangeNotice.days', code: 'price-notice', days: timelines.priceChangeNotice.days,
      match: { needs: [['notice']], about: ['price'], aspects: ['duration', 'count', 'deadline'] },
      decide: { kind: 'flag', value: true },
      docs: refs.figure(['priceChangeNotice.days'], 'buying-and-reselling#local-prices-and-availability'),
    },
    {
      id: 'timelines.penalties.maxBlockMonths', code: 'penalty-block', months: timelines.penalties.maxBlockMonths,
      match: { needs: [['penalty']], about: ['block'], aspects: ['duration', 'limit'] },
      docs: refs.figure(['penalties.maxBlockMonths'], 'penalties#possible-measures'),
    },

    // How sales count
    {
      id: 'sales.ownOrAffiliated', code: 'sales-own-use',
      match: { needs: [['own-use']], about: ['sales', 'target', 'window'], excludes: anyBonus, aspects: ['who', 'definition'] },
      decide: { kind: 'flag', value: false },
      docs: refs.section('statuses#how-we-read-the-rules'),
    },
    {
      id: 'info.currencies', code: 'sales-currencies', currencies: rules.info.currencies,
      match: { needs: [['currency']], about: ['sales', 'target', 'window'], aspects: ['who', 'definition'] },
      decide: { kind: 'flag', value: true },
      docs: refs.section('statuses#how-we-read-the-rules'),
    },
    {
      id: 'sales.afterDiscount', code: 'sales-after-discount',
      match: { needs: [['sales', 'target', 'window'], ['discount']], about: ['window', 'before'], aspects: ['definition', 'amount'] },
      docs: refs.section('statuses#how-we-read-the-rules'),
    },
    {
      id: 'sales.window', code: 'sales-window', months: trailingMonths,
      match: { needs: [['window']], about: ['sales', 'target'], excludes: ['own-use', 'currency', 'discount'], aspects: ['duration', 'definition', 'deadline'] },
      docs: refs.section('statuses#how-we-read-the-rules'),
    },
  ];
}
