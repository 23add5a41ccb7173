/**
 * Instant filtering and search in the directory. Without this script the filter form is a plain
 * GET form and every state is a page; with it, changes fetch that same page, swap the results and
 * the option counts, and update the address bar, so the URL stays shareable.
 */

const DEBOUNCE_MS = 180;

export function enhanceDirectory(): void {
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  if (!form) return;
  form.querySelector<HTMLElement>('[data-submit]')?.setAttribute('hidden', '');
  let controller: AbortController | undefined;
  let timer: number | undefined;

  // The page's language prefix (`/de`, or none), from the form's own address: /de/partners/search/.
  const action = new URL(form.action).pathname;
  const prefix = action.slice(0, action.indexOf('/partners/'));
  const searchUrl = () => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string' && value.trim()) params.set(key, value.trim());
    return `${action}?${params}`;
  };

  // The same state as a partial (/partners/results/): the form and results without the page around
  // them, less to send and to parse. Directory URLs are [/<prefix>]/partners/[<country or status>/][page/N/]
  // or [/<prefix>]/partners/search/?...
  const partialUrl = (href: string) => {
    const url = new URL(href, location.origin);
    const path = url.pathname.slice(prefix.length);
    if (path.startsWith('/partners/search/')) return `${prefix}/partners/results/${url.search}`;
    const match = /^\/partners\/(?:([a-z-]+)\/)?(?:page\/(\d+)\/)?$/.exec(path);
    const params = new URLSearchParams();
    if (match?.[1]) params.set(match[1].length === 2 ? 'country' : 'status', match[1]);
    if (match?.[2]) params.set('page', match[2]);
    return `${prefix}/partners/results/?${params}`;
  };

  const load = async (url: string, push: boolean) => {
    controller?.abort();
    controller = new AbortController();
    let html: string;
    try {
      const response = await fetch(partialUrl(url), { signal: controller.signal, headers: { Accept: 'text/html' } });
      html = await response.text();
    } catch (error) {
      if ((error as Error).name !== 'AbortError') location.href = url;
      return;
    }
    const next = new DOMParser().parseFromString(html, 'text/html');
    const results = next.querySelector('[data-results]');
    const current = document.querySelector('[data-results]');
    if (!results || !current) {
      location.href = url;
      return;
    }
    current.replaceWith(results);
    // Refresh option counts in place, so the control keeps focus.
    for (const select of form.querySelectorAll('select')) {
      const fresh = next.querySelector<HTMLSelectElement>(`select[name="${select.name}"]`);
      if (fresh) select.innerHTML = fresh.innerHTML;
    }
    const query = form.querySelector<HTMLInputElement>('input[name="q"]');
    const freshQuery = next.querySelector<HTMLInputElement>('input[name="q"]');
    if (query && freshQuery && document.activeElement !== query) query.value = freshQuery.value;
    const canonical = results.getAttribute('data-canonical') ?? url;
    if (push) history.pushState(null, '', canonical);
    else history.replaceState(null, '', canonical);
    // The heading and the tab's title follow the state ("Partners in Germany · ...").
    const heading = document.querySelector('[data-directory] h1');
    const fresh = next.querySelector('h1')?.textContent;
    if (heading && fresh) {
      const suffix = document.title.indexOf(' · ');
      document.title = suffix >= 0 ? `${fresh}${document.title.slice(suffix)}` : fresh;
      heading.textContent = fresh;
    }
  };

  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName === 'SELECT') void load(searchUrl(), true);
  });
  form.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).getAttribute('type') !== 'search') return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void load(searchUrl(), false), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void load(searchUrl(), true);
  });
  document.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>(`[data-results] a[href^="${prefix}/partners/"]`);
    if (!link || link.closest('.partner-card') || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void load(link.getAttribute('href') as string, true).then(() => document.getElementById('results-count')?.focus());
  });
  window.addEventListener('popstate', () => void load(location.pathname + location.search, false));
}
