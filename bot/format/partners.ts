/** Listed partners as /find shows them: name linked to the directory page (in the reader's language), place, status and services. */
import type { PublicPartner } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { html, joinHtml, link } from './html.ts';
import { directoryUrl, partnerUrl } from './links.ts';

/** One partner in two lines. */
function partnerEntry(t: T, siteUrl: string, p: PublicPartner): Html {
  const languages = p.languages.map((l) => t.language(l)).join(', ');
  return joinHtml([
    html`${p.featured ? `${t.plain('bot-find-featured')} ` : ''}${link(partnerUrl(siteUrl, t.locale, p.slug), p.name)} — ${p.city} · ${t.status(p.status)}`,
    html`    ${p.services.map((s) => t.service(s)).join(', ')}${languages ? html` · ${t('bot-find-speaks', { languages })}` : ''}`,
  ]);
}

/** The partners found, under a title, with a link to the whole directory. */
export function partnerList(t: T, siteUrl: string, title: Html, partners: readonly PublicPartner[]): Html {
  const directory = directoryUrl(siteUrl, t.locale);
  return joinHtml([
    title,
    joinHtml(partners.map((p) => partnerEntry(t, siteUrl, p)), '\n\n'),
    t('bot-find-directory', { link: link(directory, directory) }),
  ], '\n\n');
}
