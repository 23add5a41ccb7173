/// <reference types="astro/client" />
/** What pages get in `Astro.locals`. */
import type { LocaleInfo, SiteRequests, Translator } from '../content/index.ts';
import type { Routes } from './lib/routes.ts';
import type { SiteData } from './lib/site-data.ts';

declare global {
  namespace App {
    interface Locals {
      /** The site's data of the content version this request is rendered from. */
      site?: SiteData;
      /**
       * The language the page is rendered in: from the address's prefix (`/de/…`; none is
       * English). Always set: by `npm start`'s server (site/server/site-handler.ts), or under
       * `astro dev` by the site's middleware.
       */
      locale: LocaleInfo;
      /**
       * The translator of that language, from the same content version's catalogs: `t.t(id,
       * args)` for a message, and `t.number`, `t.money`, `t.day`, `t.country`… for figures and names.
       */
      t: Translator;
      /** Every address the page prints, in its language (site/lib/routes.ts). Always set, as `locale`. */
      routes: Routes;
      /**
       * Implementation requests: where the request form stores a client's request and the private
       * page reads it back (an interface only; `npm start` hands over the store that implements it).
       */
      requests?: SiteRequests;
      /** The page's language (a catalog folder of content/locales/). */
      locale?: string;
      /** The page's words and formats in that language. */
      t?: Translator;
      /** The client's address as the trusted proxies tell it (`npm start`); else Astro's own. */
      clientAddress?: string;
    }
  }
}
