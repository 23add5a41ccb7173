/**
 * The site's configuration: environment variables read at build and at start, checked by one
 * schema. `npm start` checks them before anything else and stops with one line per bad variable;
 * the build and the pages read the same values (site/lib/config.ts). No side effects here.
 */
import path from 'node:path';
import { isIP } from 'node:net';
import { z } from 'zod';
import { parseEnv } from '../../content/index.ts';
import { plainAddress } from '../server/client-address.ts';

const address = (what: string, example: string) => z.url({ protocol: /^https?$/, error: `must be ${what}, like ${example}` })
  .transform((url) => url.replace(/\/+$/, ''));

const flag = z.enum(['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'], { error: 'must be 1 or 0 (or true or false)' })
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

/** Environment variables the site reads. */
const siteEnvSchema = z.object({
  /** Where the site is published: canonical URLs, Open Graph tags, the sitemap, the bot's links. */
  SITE_URL: address('the site\'s public address', 'https://partners.example.com').default('http://localhost:4321'),
  /** The content repository, for "edit this page" links (a GitHub-style URL). */
  REPO_URL: address('the content repository\'s address', 'https://github.com/example/partner-hub').default('https://github.com/example/partner-hub'),
  /** The branch "edit this page" links point at. */
  REPO_BRANCH: z.string().trim().regex(/^[\w./-]{1,100}$/, { error: 'must be a branch name, like main' }).default('main'),
  /** Port `npm start` listens on; 0 picks a free one. */
  PORT: z.string().regex(/^\d{1,5}$/, { error: 'must be a port number from 0 to 65535, like 4321' })
    .transform(Number).refine((n) => n <= 65535, { error: 'must be a port number from 0 to 65535, like 4321' }).default(4321),
  /** Address `npm start` listens on: 127.0.0.1 (this machine only) or 0.0.0.0 (every interface). */
  HOST: z.string().trim().regex(/^[\w.:-]{1,253}$/, { error: 'must be a host name or an IP address, like 127.0.0.1 or 0.0.0.0' }).default('127.0.0.1'),
  /** The build output folder. */
  SITE_OUT_DIR: z.string().trim().default('dist'),
  /** Build before serving even when nothing changed. */
  FORCE_BUILD: flag.default(false),
  /** Serve the last build without checking whether it is current. */
  SKIP_BUILD: flag.default(false),
  /**
   * Signs the request form's start time and keys the hash of a sender's address for the rate
   * limit. Set it (the same on every instance) when several instances serve the form; without it,
   * each process draws its own at start.
   */
  FORM_SECRET: z.string().regex(/^\S{32,256}$/, { error: 'must be 32 to 256 characters without spaces, like the output of: openssl rand -hex 32' }).optional(),
  /** Seconds a person takes at least to fill in the request form; a faster post is taken for a robot. */
  REQUEST_MIN_FILL_SECONDS: z.coerce.number({ error: 'must be a number of seconds, like 3' }).int().min(0).max(600, { error: 'must be a number of seconds up to 600' }).default(3),
  /**
   * Addresses of the load balancers or proxies in front of the server, comma-separated: from these
   * the client's address is read from X-Forwarded-For (for the request form's per-address limit).
   */
  TRUSTED_PROXIES: z.string().trim().default('')
    .transform((v) => v.split(',').map((a) => a.trim()).filter(Boolean))
    .refine((list) => list.every((a) => isIP(a.replace(/^\[|\]$/g, '')) !== 0), { error: 'must be IP addresses separated by commas, like 127.0.0.1 or 10.0.0.2,10.0.0.3 (the load balancers in front of the server)' }),
  /** Requests one address may send per hour. */
  REQUEST_RATE_LIMIT: z.coerce.number({ error: 'must be a whole number of requests per hour, like 5' }).int().min(1, { error: 'must be a whole number of requests per hour, like 5' }).max(100_000).default(5),
});

/** The site's configuration. */
export interface SiteConfig {
  siteUrl: string;
  repoUrl: string;
  repoBranch: string;
  port: number;
  host: string;
  /** Absolute path of the build output. */
  outDir: string;
  forceBuild: boolean;
  skipBuild: boolean;
  /** Proxies whose X-Forwarded-For is believed, as plain addresses. */
  trustedProxies: string[];
  /** The request form's anti-abuse settings. */
  requests: {
    /** The key for signing and hashing; undefined: one drawn per process. */
    secret?: string;
    minFillMs: number;
    /** Requests per address per hour. */
    perHour: number;
  };
}

/** Reads the site's configuration from `env`; throws a ConfigError naming every bad variable. */
export function loadSiteConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): SiteConfig {
  const e = parseEnv(siteEnvSchema, env);
  return {
    siteUrl: e.SITE_URL,
    repoUrl: e.REPO_URL,
    repoBranch: e.REPO_BRANCH,
    port: e.PORT,
    host: e.HOST,
    outDir: path.resolve(root, e.SITE_OUT_DIR),
    forceBuild: e.FORCE_BUILD,
    skipBuild: e.SKIP_BUILD,
    trustedProxies: e.TRUSTED_PROXIES.map(plainAddress),
    requests: { secret: e.FORM_SECRET, minFillMs: e.REQUEST_MIN_FILL_SECONDS * 1000, perHour: e.REQUEST_RATE_LIMIT },
  };
}
