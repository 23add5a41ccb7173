/**
 * The calculator, instantly: the form is posted in the background as answers change and the
 * server's answer replaces the result and the messages next to the fields. Without this script
 * the form posts normally.
 */

const DEBOUNCE_MS = 250;

/** Each field's message and its aria state from the server's answer; the fields themselves (and the caret) stay. */
function syncFieldMessages(form: HTMLFormElement, fresh: Document): void {
  for (const field of form.querySelectorAll<HTMLElement>('input[id], select[id]')) {
    const next = fresh.getElementById(field.id);
    if (!next) continue;
    for (const name of ['aria-invalid', 'aria-describedby']) {
      const value = next.getAttribute(name);
      if (value === null) field.removeAttribute(name);
      else field.setAttribute(name, value);
    }
    document.getElementById(`${field.id}-error`)?.remove();
    const message = fresh.getElementById(`${field.id}-error`);
    // Moved from the parsed answer (inserting adopts it into this document).
    if (message) field.after(message);
  }
}

/** Makes the calculator on the page answer as you type. */
export function enhanceCheck(): void {
  const form = document.querySelector<HTMLFormElement>('[data-check]');
  if (!form) return;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const update = async () => {
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form), signal: controller.signal });
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = next.querySelector('[data-result]');
      const current = document.querySelector('[data-result]');
      if (fresh && current) current.innerHTML = fresh.innerHTML;
      syncFieldMessages(form, next);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') form.submit();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), DEBOUNCE_MS);
  };
  // Typing, ticking a box and choosing an option all fire `input`.
  form.oninput = schedule;
  // The page's answer is for the form as it came: fetched again only when the browser put earlier
  // answers back (coming back to the page), which it does after this script ran, by the time the page shows.
  const answers = () => [...new FormData(form)].join();
  const asItCame = answers();
  onpageshow = () => {
    if (answers() !== asItCame) void update();
  };
  form.onsubmit = (event) => {
    event.preventDefault();
    void update().then(() => document.getElementById('result-title')?.focus());
  };
}
