/** Listed partners as /find shows them: name linked to the directory page, place, status and services. */
import { serviceName, statusById } from '../../content/index.ts';
import type { PublicPartner, Rules } from '../../content/index.ts';
import type { Messages } from '../i18n/index.ts';
import type { Html } from './html.ts';
import { html, joinHtml, link } from './html.ts';
import { directoryUrl, partnerUrl } from './links.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** One partner in two lines. */
function partnerEntry(t: Messages, rules: Rules, siteUrl: string, p: PublicPartner): Html {
  const languages = p.languages.map((l) => languageNames.of(l) ?? l).join(', ');
  return joinHtml([
    html`${p.featured ? `${t.find.featured} ` : ''}${link(partnerUrl(siteUrl, p.slug), p.name)} — ${p.city} · ${statusById(rules, p.status).name}`,
    html`    ${p.services.map((s) => serviceName(rules, s)).join(', ')}${languages ? ` · ${t.find.languages} ${languages}` : ''}`,
  ]);
}

/** The partners found, under a title, with a link to the whole directory. */
export function partnerList(t: Messages, rules: Rules, siteUrl: string, title: Html, partners: readonly PublicPartner[]): Html {
  return joinHtml([
    title,
    joinHtml(partners.map((p) => partnerEntry(t, rules, siteUrl, p)), '\n\n'),
    t.find.directory(link(directoryUrl(siteUrl), directoryUrl(siteUrl))),
  ], '\n\n');
}
