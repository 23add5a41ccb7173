/// <reference types="astro/client" />
/** What pages get in `Astro.locals`. */
import type { SiteRequests, Translator } from '../content/index.ts';
import type { SiteData } from './lib/site-data.ts';

declare global {
  namespace App {
    interface Locals {
      /** The site's data of the content version this request is rendered from. */
      site?: SiteData;
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
