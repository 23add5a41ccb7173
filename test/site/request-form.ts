/** What the request tests share: a valid request as a form post, signed as the page signs its start time. */
import { inject } from 'vitest';
import { signStart } from '../../site/lib/request-form.ts';

/** A client's request that passes every check. */
export const VALID = {
  name: 'Marta Kowalczyk', company: 'Kowalczyk Logistyka Sp. z o.o.', email: 'marta.kowalczyk@logistyka.example', phone: '+48 12 555 01 77',
  country: 'PL', city: 'Kraków', kind: 'integration', language: 'pl',
  description: 'We want our warehouse system to create deals and tasks in the CRM, about 25 users.',
  consent: 'yes',
};

/** A start time signed with the test server's FORM_SECRET, `ageMs` ago (a person's pace by default). */
export function started(ageMs = 10_000, secret = inject('formSecret')): string {
  return signStart(Date.now() - ageMs, secret);
}

/** The form body for `values` on top of a valid request. */
export function requestBody(values: Record<string, string> = {}, startedAt = started()): URLSearchParams {
  return new URLSearchParams({ ...VALID, started: startedAt, ...values });
}

/** Posts a form from the site's own origin, without following the redirect. */
export function postForm(base: string, path: string, body: URLSearchParams, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(base + path, { method: 'POST', body, redirect: 'manual', headers: { Origin: base, ...headers } });
}

/** The private path a successful post redirects to (without `?sent=1`). */
export function privatePath(response: Response): string {
  const location = response.headers.get('location') ?? '';
  return location.replace(/\?.*$/, '');
}
