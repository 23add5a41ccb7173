/// <reference types="astro/client" />
/** What pages get in `Astro.locals`. */
import type { SiteData } from './lib/site-data.ts';

declare global {
  namespace App {
    interface Locals {
      /** The site's data of the content version this request is rendered from. */
      site?: SiteData;
    }
  }
}
