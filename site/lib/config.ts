/**
 * The site's configuration as the pages use it, read once from the environment with the schema in
 * site-config.ts (`npm start` has already stopped with a clear line if a variable is bad).
 */
import { loadSiteConfig } from './site-config.ts';

const config = loadSiteConfig();

/** Where the site is published; used for canonical URLs, Open Graph tags and the sitemap. */
export const siteUrl = config.siteUrl;

/** The content repository, for "edit this page" links (a GitHub-style URL). */
export const repoUrl = config.repoUrl;

/** The branch "edit this page" links point at. */
export const repoBranch = config.repoBranch;

/** Partners per directory page. */
export const PAGE_SIZE = 24;
