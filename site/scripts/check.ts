/**
 * The calculator, instantly: the form is posted in the background as answers change and the
 * server's answer replaces the result. Without this script the form posts normally.
 */

const DEBOUNCE_MS = 250;

export function enhanceCheck(): void {
  const form = document.querySelector<HTMLFormElement>('[data-check]');
  if (!form) return;
  let controller: AbortController | undefined;
  let timer: number | undefined;

  const update = async () => {
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(form.action, { method: 'POST', body: new FormData(form), signal: controller.signal });
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = next.querySelector('[data-result]');
      const current = document.querySelector('[data-result]');
      if (fresh && current) current.innerHTML = fresh.innerHTML;
    } catch (error) {
      if ((error as Error).name !== 'AbortError') form.submit();
    }
  };
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), DEBOUNCE_MS);
  };
  form.addEventListener('input', schedule);
  form.addEventListener('change', schedule);
  // Answer for the form as it stands (the browser may have kept earlier answers).
  void update();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update().then(() => document.getElementById('result-title')?.focus());
  });
}
