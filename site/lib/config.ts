/**
 * The site's configuration as the pages use it, read once from the environment with the schema in
 * site-config.ts (`npm start` has already stopped with a clear line if a variable is bad).
 */
import { randomBytes } from 'node:crypto';
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

/**
 * The request form's anti-abuse settings: the key that signs the form's start time and hashes a
 * sender's address (FORM_SECRET, or one drawn for this process), the least time a person takes to
 * fill it in, and how many requests one address may send per hour.
 */
export const requestGuard = {
  secret: config.requests.secret ?? randomBytes(32).toString('hex'),
  minFillMs: config.requests.minFillMs,
  perHour: config.requests.perHour,
};
