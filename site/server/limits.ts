/**
 * What the site's server accepts from a request, before any page sees it. Every bound is on input
 * a visitor controls, so that no request can make the server do work that grows without limit.
 */

/** Largest form body, in bytes. The biggest form the site has needs well under 4 KB. */
export const MAX_BODY_BYTES = 16 * 1024;

/** Most fields in one form post (the calculator has about 20). */
export const MAX_FORM_FIELDS = 100;

/** Longest request target (path and query), in characters. */
export const MAX_URL_LENGTH = 2048;

/** Most parameters in one query string (the directory uses six). */
export const MAX_QUERY_PARAMS = 30;

/** Longest value of a visitor's input that a page echoes back, in characters. */
export const MAX_ECHO_LENGTH = 60;

/** Seconds a client has to send a whole request body. */
export const BODY_TIMEOUT_MS = 10_000;
