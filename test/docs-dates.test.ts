/** The docs' "last updated" days, per file, from the build's one `git log`: moves followed, a move alone no change. */
import { describe, expect, it } from 'vitest';
import { lastChanged } from '../site/lib/docs-dates.ts';

/** `git log -M --format=%x00%cs --name-status` output, newest commit first. */
const log = (...commits: [day: string, ...lines: string[]][]) => commits.map(([day, ...lines]) => `\0${day}\n\n${lines.join('\n')}`).join('\n');
const below = (repoPath: string) => repoPath.replace(/^content\/docs\//, '');

describe('lastChanged', () => {
  it('dates each language\'s file by its own last commit', () => {
    const dates = lastChanged(log(
      ['2026-11-30', 'A\tcontent/docs/de/nfr.md'],
      ['2026-11-20', 'M\tcontent/docs/en/nfr.md', 'M\tcontent/docs/en/bonuses.md'],
      ['2026-10-01', 'M\tcontent/docs/en/nfr.md'],
    ), below);
    expect(dates).toEqual({ 'de/nfr.md': '2026-11-30', 'en/nfr.md': '2026-11-20', 'en/bonuses.md': '2026-11-20' });
  });

  it('keeps the day a moved page\'s text last changed, under its old name, when the move changed nothing', () => {
    const dates = lastChanged(log(
      ['2026-12-01', 'R100\tcontent/docs/nfr.md\tcontent/docs/en/nfr.md', 'R087\tcontent/docs/bonuses.md\tcontent/docs/en/bonuses.md'],
      ['2026-11-20', 'M\tcontent/docs/nfr.md', 'M\tcontent/docs/bonuses.md'],
      ['2026-06-01', 'M\tcontent/docs/statuses.md'],
    ), below);
    // bonuses.md changed as it moved: that day counts.
    expect(dates).toMatchObject({ 'en/nfr.md': '2026-11-20', 'en/bonuses.md': '2026-12-01', 'statuses.md': '2026-06-01' });
  });
});
