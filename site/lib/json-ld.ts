/** schema.org data for a partner page. */
import type { PublicPartner } from '../../content/index.ts';
import type { Routes } from './routes.ts';

/** The partner as a schema.org Organization, as text safe to put inside a script element; its page in `routes`' language. */
export function partnerJsonLd(partner: PublicPartner, routes: Routes): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: partner.name,
    url: partner.website,
    email: partner.email,
    telephone: partner.phone,
    logo: partner.logo ? new URL(partner.logo, routes.url('/')).href : undefined,
    address: { '@type': 'PostalAddress', streetAddress: partner.address, addressLocality: partner.city, addressCountry: partner.country },
    knowsLanguage: partner.languages,
    mainEntityOfPage: routes.url(routes.partner(partner.slug)),
  };
  // "<" is escaped so no text in the data can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
