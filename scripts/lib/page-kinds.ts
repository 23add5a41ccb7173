/**
 * One page of each kind the site has, by address without a language prefix: what `npm run
 * lighthouse` audits in every language and the browser tests run axe on. The partner and the
 * country are in the shipped content and in the tests' alike.
 */
export const PAGE_KINDS: readonly { kind: string; path: string }[] = [
  { kind: 'home', path: '/' },
  { kind: 'directory', path: '/partners/' },
  { kind: 'filtered directory', path: '/partners/de/' },
  { kind: 'partner', path: '/partners/isartal-systems/' },
  { kind: 'docs', path: '/program/statuses/' },
  { kind: 'calculator', path: '/check/' },
  { kind: 'request form', path: '/request/?partner=isartal-systems' },
  { kind: 'search results', path: '/partners/search/?q=training+germany' },
];
