import { describe, expect, it } from 'vitest';
import { REPEAT_MS, SaveAnnouncer, SETTLE_MS } from '../../common/saveAnnouncer';

/** Feeds a keystroke's save (saving, then saved 50 ms later) at `at`; returns what was said. */
function keystroke(announcer: SaveAnnouncer, at: number): (string | null)[] {
  return [announcer.change('saving', at), announcer.change('saved', at + 50), announcer.tick(at + 100)];
}

describe('SaveAnnouncer', () => {
  it('says nothing while someone types, then "saved" once when they pause', () => {
    const a = new SaveAnnouncer();
    const said = [];
    for (let i = 0; i < 20; i += 1) said.push(...keystroke(a, i * 200));
    expect(said.filter((s) => s !== null)).toEqual([]);
    expect(a.tick(19 * 200 + 50 + SETTLE_MS - 1)).toBeNull();
    expect(a.tick(19 * 200 + 50 + SETTLE_MS)).toBe('saved');
    expect(a.tick(19 * 200 + 50 + SETTLE_MS + 500)).toBeNull();
  });

  it('does not repeat "saved" after every pause, only once a minute', () => {
    const a = new SaveAnnouncer();
    keystroke(a, 0);
    expect(a.tick(50 + SETTLE_MS)).toBe('saved');
    keystroke(a, 10_000);
    expect(a.tick(10_050 + SETTLE_MS)).toBeNull();
    keystroke(a, 50 + SETTLE_MS + REPEAT_MS);
    expect(a.tick(100 + 2 * SETTLE_MS + REPEAT_MS)).toBe('saved');
  });

  it('says a failure at once, and that answers are saved again as soon as they are', () => {
    const a = new SaveAnnouncer();
    keystroke(a, 0);
    expect(a.tick(50 + SETTLE_MS)).toBe('saved');
    expect(a.change('failed', 3_000)).toBe('failed');
    a.change('saved', 4_000);
    expect(a.tick(4_000 + SETTLE_MS)).toBe('saved');
  });

  it('never says "saved" while a save is still under way, however long it takes', () => {
    const a = new SaveAnnouncer();
    a.change('saving', 0);
    expect(a.tick(10 * SETTLE_MS)).toBeNull();
    a.change('idle', 30_000);
    expect(a.tick(30_000 + 10 * SETTLE_MS)).toBeNull();
  });

  it('says "saved" again exactly a minute after it last said it', () => {
    const a = new SaveAnnouncer();
    a.change('saved', 0);
    expect(a.tick(SETTLE_MS)).toBe('saved');
    a.change('saved', REPEAT_MS);
    expect(a.tick(SETTLE_MS + REPEAT_MS)).toBe('saved');
  });
});
