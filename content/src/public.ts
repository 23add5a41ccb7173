/**
 * The public projection of a partner: the only shape of partner data the site, the open data files
 * and the search index may use. It copies public profile fields one by one (never spreading the
 * partner), so a field added to the private `program:` block can never reach the public.
 */
import countries from 'i18n-iso-countries';
import type { Rules } from './rules.ts';
import type { PartnerProfile } from './schemas/partner.ts';

/** A listed partner as the public sees it. */
export interface PublicPartner {
  slug: string;
  name: string;
  /** Status id (a listed status only). */
  status: string;
  /** True for featured statuses (Gold): shown first. */
  featured: boolean;
  country: string;
  countryName: string;
  city: string;
  address?: string;
  website?: string;
  email?: string;
  phone?: string;
  languages: string[];
  services: string[];
  logo?: string;
  /** The description, markdown (untrusted: sanitize when rendering). */
  description: string;
}

/** The English name of an ISO country code. */
export function countryName(code: string): string {
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}

/**
 * The public profile of `partner`, or null when its status is not listed (Bronze partners never
 * appear in public).
 */
export function toPublicPartner(partner: PartnerProfile, rules: Rules): PublicPartner | null {
  const status = rules.statuses.find((s) => s.id === partner.status);
  if (!status || status.listing === 'none') return null;
  const out: PublicPartner = {
    slug: partner.slug,
    name: partner.name,
    status: status.id,
    featured: status.listing === 'featured',
    country: partner.country,
    countryName: countryName(partner.country),
    city: partner.city,
    languages: [...partner.languages],
    services: [...partner.services],
    description: partner.description,
  };
  if (partner.address) out.address = partner.address;
  if (partner.website) out.website = partner.website;
  if (partner.email) out.email = partner.email;
  if (partner.phone) out.phone = partner.phone;
  if (partner.logo) out.logo = partner.logo;
  return out;
}

/** The public directory: listed partners only, featured first, then by name. */
export function publicDirectory(partners: readonly PartnerProfile[], rules: Rules): PublicPartner[] {
  return partners
    .map((p) => toPublicPartner(p, rules))
    .filter((p): p is PublicPartner => p !== null)
    .sort((a, b) => Number(b.featured) - Number(a.featured) || a.name.localeCompare(b.name, 'en'));
}
