/**
 * Under `astro dev`, pages get their content here: a live content source of the dev server's own
 * (public profiles only), watched and reloaded on every change. Under `npm start` the server has already handed the
 * request its content (site/server/site-handler.ts), and this does nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { SOURCE_LOCALE, startContentSource, translatorOf } from '../content/index.ts';
import type { PartnerProfile, StartingContentSource } from '../content/index.ts';
import { loadSiteConfig } from './lib/site-config.ts';
import { siteDataOf } from './lib/site-data.ts';

let dev: StartingContentSource<PartnerProfile> | undefined;

export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.locals.site) {
    dev ??= startContentSource({ watch: true, scope: 'public' });
    const snapshot = await dev.ready();
    context.locals.site = siteDataOf(snapshot, loadSiteConfig().outDir);
    context.locals.locale ??= SOURCE_LOCALE;
    context.locals.t ??= translatorOf(snapshot, SOURCE_LOCALE);
  }
  return next();
});
