/** The public directory as open data: JSON and CSV with the same public fields. */
import { csvField } from '../../content/index.ts';
import type { PublicPartner } from '../../content/index.ts';
import type { Routes } from './routes.ts';

/** The columns of the open data, in order. */
const COLUMNS = ['slug', 'name', 'status', 'country', 'city', 'address', 'website', 'email', 'phone', 'languages', 'services', 'url'] as const;

/** One partner as an open-data record; its `url` is its page in `routes`' language. */
export function openRecord(p: PublicPartner, routes: Routes): Record<(typeof COLUMNS)[number], string | string[]> {
  return {
    slug: p.slug,
    name: p.name,
    status: p.status,
    country: p.country,
    city: p.city,
    address: p.address ?? '',
    website: p.website ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
    languages: p.languages,
    services: p.services,
    url: routes.url(routes.partner(p.slug)),
  };
}

/** The directory as CSV (RFC 4180, lists joined with `;`). */
export function toCsv(partners: readonly PublicPartner[], routes: Routes): string {
  const rows = partners.map((p) => {
    const record = openRecord(p, routes);
    return COLUMNS.map((c) => csvField(Array.isArray(record[c]) ? (record[c] as string[]).join(';') : record[c] as string)).join(',');
  });
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
