/**
 * The site's route table: which paths do what. Pages and the server read it from here, so a new
 * form or a locale prefix is one change.
 */

/** Paths that accept a form POST (the server's front refuses POST everywhere else). */
export const FORM_PATHS: readonly string[] = ['/check/'];
