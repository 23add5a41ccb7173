/** Card summaries: cut at a sentence or a word, never with doubled punctuation. */
import { describe, expect, it } from 'vitest';
import { plainSummary } from '../content/index.ts';

describe('plainSummary', () => {
  it('keeps a short text whole', () => {
    expect(plainSummary('A **short** text, with [a link](https://example.com).', 80)).toBe('A short text, with a link.');
  });

  it('ends at a sentence end without an ellipsis', () => {
    const text = 'We set up the product for teams of every size in a shared workspace. Then we train your staff and support them.';
    expect(plainSummary(text, 80)).toBe('We set up the product for teams of every size in a shared workspace.');
  });

  it('cuts at a word with an ellipsis, without a space or punctuation before it', () => {
    const text = 'We set up the product, train your staff, support them by phone, and migrate your data from older systems for you';
    const cut = plainSummary(text, 70);
    expect(cut).toBe('We set up the product, train your staff, support them by phone, and…');
    expect(cut.length).toBeLessThanOrEqual(70);
    expect(plainSummary('Licensing, setup and training; migrations, integrations, telephony; support', 40)).toBe('Licensing, setup and training…');
  });

  it('never puts an ellipsis after punctuation or a space, at any length', () => {
    const text = 'Cloud and on-premise licensing. Setup in a shared workspace, then training: on site, online; and support! All in German, English and French.';
    for (let max = 10; max < text.length; max++) {
      const cut = plainSummary(text, max);
      expect(cut.length, `max ${max}`).toBeLessThanOrEqual(max);
      expect(cut, `max ${max}`).not.toMatch(/[\s.,;:!?]…$/);
    }
  });
});
