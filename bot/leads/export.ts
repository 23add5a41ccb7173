/**
 * The implementation requests as CSV for admins (`npm run leads -- --csv`): one row per request,
 * with who reserved it and the outcomes, and never a contact detail or the description.
 */
import { csvField } from '../../content/index.ts';
import type { LeadExportRow } from '../store/leads.ts';

/** The columns, in order. */
const COLUMNS = [
  'reference', 'created', 'kind', 'country', 'city', 'language', 'addressed_to', 'offered_at', 'offered_to',
  'reservations', 'partners', 'won', 'lost', 'closed_at', 'close_reason', 'chosen', 'erased_at',
] as const;

const iso = (at: Date | null) => at?.toISOString() ?? '';

/** The requests as CSV (RFC 4180; reserving partners joined with `;`, each with `:won` or `:lost` once reported). */
export function leadsCsv(rows: readonly LeadExportRow[]): string {
  const lines = rows.map((r) => {
    const record: Record<(typeof COLUMNS)[number], string> = {
      reference: r.reference, created: iso(r.createdAt), kind: r.kind, country: r.country, city: r.city, language: r.language,
      addressed_to: r.addressedTo ?? '', offered_at: iso(r.offeredAt), offered_to: String(r.offeredTo),
      reservations: String(r.reservations.length),
      partners: r.reservations.map((x) => (x.outcome ? `${x.partner}:${x.outcome}` : x.partner)).join(';'),
      won: String(r.reservations.filter((x) => x.outcome === 'won').length), lost: String(r.reservations.filter((x) => x.outcome === 'lost').length),
      closed_at: iso(r.closedAt), close_reason: r.closeReason ?? '', chosen: r.chosen ?? '', erased_at: iso(r.erasedAt),
    };
    return COLUMNS.map((c) => csvField(record[c])).join(',');
  });
  return `${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
