/**
 * Under `astro dev`, pages get their content here: a live content source of the dev server's own
 * (public profiles only), watched and reloaded on every change, and the request's language, its
 * translator and routes, from the address's prefix (the page for the rest of the path is
 * rendered). Under `npm start` the server has already handed the request all of it
 * (site/server/site-handler.ts), and this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { SOURCE_LOCALE, startContentSource, translatorOf } from '../content/index.ts';
import type { PartnerProfile, StartingContentSource } from '../content/index.ts';
import { localeOfPath, routesFor } from './lib/routes.ts';
import { loadSiteConfig } from './lib/site-config.ts';
import { siteDataOf } from './lib/site-data.ts';

let dev: StartingContentSource<PartnerProfile> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  if (context.locals.site) return next();
  dev ??= startContentSource({ watch: true, scope: 'public' });
  const snapshot = await dev.ready();
  const config = loadSiteConfig();
  const locales = snapshot.content.catalogs.locales;
  const { locale, path } = localeOfPath(context.url.pathname, locales);
  context.locals.site = siteDataOf(snapshot, config.outDir);
  context.locals.t = translatorOf(snapshot, locale?.id ?? SOURCE_LOCALE);
  context.locals.locale = context.locals.t.locale;
  context.locals.routes = routesFor(context.locals.locale, locales, config.siteUrl);
  return locale ? next(`${path}${context.url.search}`) : next();
});
