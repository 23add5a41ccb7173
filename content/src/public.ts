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
  /** The description, markdown (untrusted: sanitize when rendering), in `descriptionLanguage`. */
  description: string;
  /** The language `description` is written in (`en`, `de`, `pt-BR`). */
  descriptionLanguage: string;
  /** The description in other languages, by language (see `descriptionIn`). */
  descriptions: Record<string, string>;
}

/** A partner's description for a reader of `locale`: its text and the language it is written in. */
export interface LocalizedDescription {
  text: string;
  language: string;
}

/** Whether two language tags are the same language (`pt` and `pt-BR`). */
const sameLanguage = (a: string, b: string) => a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase();

/**
 * The description of `partner` for a reader of `locale` (`de`, `pt-BR`): the one written in that
 * language (the exact tag first, then the language alone), else the partner's own (the body).
 */
export function descriptionIn(partner: Pick<PublicPartner, 'description' | 'descriptionLanguage' | 'descriptions'>, locale: string): LocalizedDescription {
  const own = { text: partner.description, language: partner.descriptionLanguage };
  if (own.language === locale) return own;
  const tags = Object.keys(partner.descriptions);
  const tag = tags.find((l) => l === locale) ?? (sameLanguage(own.language, locale) ? undefined : tags.find((l) => sameLanguage(l, locale)));
  return tag === undefined ? own : { text: partner.descriptions[tag] as string, language: tag };
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
    descriptionLanguage: partner.descriptionLanguage,
    descriptions: { ...partner.descriptions },
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
