/**
 * The site's route table: which paths do what. Pages and the server read it from here, so a new
 * form or a locale prefix is one change.
 */

/** A request's private link: `/request/<token>/`, the token 43 characters of base64url. */
const PRIVATE_REQUEST = /^\/request\/([\w-]{43})\/$/;

/** Paths that accept a form POST, exactly (the server's front refuses POST everywhere else). */
export const FORM_PATHS: readonly string[] = ['/check/', '/request/'];

/** Whether `pathname` (with its trailing slash) accepts a form POST: the fixed form paths and a request's private page. */
export function isFormPath(pathname: string): boolean {
  return FORM_PATHS.includes(pathname) || PRIVATE_REQUEST.test(pathname);
}

/** The paths the server's front lets a form POST through to, as a set-like matcher. */
export const formPaths: { has(pathname: string): boolean } = { has: isFormPath };

/** The request form; `partner` addresses it to one listed partner first ("Ask this partner"). */
export function requestFormPath(partner?: string): string {
  return partner ? `/request/?partner=${encodeURIComponent(partner)}` : '/request/';
}

/** A request's private page, where its client follows it. */
export function privateRequestPath(token: string): string {
  return `/request/${token}/`;
}

/** A URL with any private request token replaced, for logs. */
export function redactPrivatePath(url: string): string {
  return url.replace(/\/request\/[\w-]{43}\//, '/request/<private>/');
}
