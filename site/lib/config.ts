/** The site's configuration, from environment variables read at build and at start. */

/** Where the site is published; used for canonical URLs, Open Graph tags and the sitemap. */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');

/** The content repository, for "edit this page" links (a GitHub-style URL). */
export const repoUrl = (process.env.REPO_URL ?? 'https://github.com/example/partner-hub').replace(/\/+$/, '');

/** The branch "edit this page" links point at. */
export const repoBranch = process.env.REPO_BRANCH ?? 'main';

/** Partners per directory page. */
export const PAGE_SIZE = 24;
