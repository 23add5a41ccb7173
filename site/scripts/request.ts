/**
 * The request form, with JavaScript: the list of problems gets the focus when the page shows one
 * (so a screen reader reads it and Tab leads to the fields), and the button is held after the
 * first press, so a double click sends one request. Without this script the form works the same.
 */

/** Enhances the request form on the page, if there is one. */
export function enhanceRequestForm(): void {
  document.querySelector<HTMLElement>('[data-summary]')?.focus();
  const form = document.querySelector<HTMLFormElement>('[data-request-form]');
  const button = form?.querySelector<HTMLButtonElement>('[data-submit]');
  if (!form || !button) return;
  form.addEventListener('submit', (event) => {
    if (button.disabled) {
      event.preventDefault();
      return;
    }
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    // Back from the browser's cache (the back button), the form must work again.
    window.addEventListener('pageshow', () => {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }, { once: true });
  });
}
