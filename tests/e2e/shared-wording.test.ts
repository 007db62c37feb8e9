import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reduce } from '../../converter/lineage/wording.ts';
import { useBrowserOnSite } from '../support/session.ts';

// The "shared with N plans" marker on a reading page: nothing of it is fetched until it is used;
// then the side-by-side view shows both passages with the runs marked at the same characters.
const session = useBrowserOnSite();
const REPO = resolve(import.meta.dirname, '../..');
const wording = JSON.parse(readFileSync(join(REPO, 'content/data/shared-wording.json'), 'utf8'));
const blocks = (plan: string) => new Map<string, { text: { zh: string } }>(JSON.parse(readFileSync(join(REPO, `content/data/blocks/${plan}.json`), 'utf8')).blocks.map((b: { eid: string }) => [b.eid, b]));
// The plan with the most blocks that share wording, and its block with the most partner plans: computed, not chosen.
const plan = Object.keys(wording.blocks).sort((a, b) => Object.keys(wording.blocks[b]).length - Object.keys(wording.blocks[a]).length)[0]!;
const [eid, share] = Object.entries(wording.blocks[plan] as Record<string, { planCount: number; partners: { plan: string; eid: string; runs: number[][] }[] }>).sort((a, b) => b[1].planCount - a[1].planCount)[0]!;

describe('shared wording on a reading page', () => {
  it('fetches nothing for the marker until it is used; the marker opens the side-by-side view with the runs marked', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await tab.goto(`${session.url}/en/plans/${plan}/`);
    const marker = tab.locator(`#${eid} button.shared-marker`);
    await marker.waitFor();
    expect(await marker.textContent()).toContain(String(share.planCount));
    expect(await tab.locator('button.shared-marker').count()).toBeGreaterThan(0);
    const loaded = [...requests];
    expect(loaded.filter((p) => p.startsWith('/data/'))).toEqual([]);
    expect(loaded.filter((p) => /shared-dialog/.test(p))).toEqual([]);

    await marker.click();
    const dialog = tab.locator('dialog.shared-dialog');
    await dialog.locator('mark').first().waitFor();
    expect(requests.slice(loaded.length).filter((p) => p.startsWith('/data/'))).toEqual([`/data/shared/${plan}.json`]);
    // First partner: the marks on each side are the runs of the data, and hold the same characters.
    const first = share.partners[0]!;
    const pair = dialog.locator('.shared-pair').first();
    const marksOf = (side: number) => pair.locator('.shared-side').nth(side).locator('mark').evaluateAll((ms) => ms.map((m) => [(m as HTMLElement).dataset.run, m.textContent]));
    const [mine, theirs] = [await marksOf(0), await marksOf(1)];
    const ownText = blocks(plan).get(eid)!.text.zh;
    const otherText = blocks(first.plan).get(first.eid)!.text.zh;
    const cut = (t: string, s: number, e: number) => [...t].slice(s, e).join('');
    expect(mine.map(([, t]) => t)).toEqual(first.runs.map(([s, e]) => cut(ownText, s!, e!)));
    expect(theirs.map(([, t]) => t)).toEqual(first.runs.map(([, , s, e]) => cut(otherText, s!, e!)));
    mine.forEach(([run, text], k) => {
      expect(theirs[k]![0]).toBe(run);
      expect(reduce(theirs[k]![1]!).chars).toEqual(reduce(text!).chars);
    });
    // Both passages' English, and a link to each.
    expect(await pair.locator('.shared-en').count()).toBe(2);
    expect(await pair.locator(`a[href$="/plans/${first.plan}/#${first.eid}"]`).count()).toBe(1);
    await tab.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe('shared-marker');
    await context.close();
  });

  it('lists every partner passage of the data, and says "the K closest shown" with the true counts exactly when some are left out', async () => {
    type Share = { planCount: number; passageCount: number; partners: unknown[] };
    const all = Object.entries(wording.blocks as Record<string, Record<string, Share>>).flatMap(([p, list]) => Object.entries(list).map(([e, s]) => ({ p, e, s })));
    const capped = all.find((x) => x.s.passageCount > x.s.partners.length);
    const whole = all.find((x) => x.s.passageCount === x.s.partners.length && x.s.partners.length > 1)!;
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    for (const x of [whole, ...(capped ? [capped] : [])]) {
      await tab.goto(`${session.url}/en/plans/${x.p}/`);
      await tab.locator(`#${x.e} button.shared-marker`).click();
      const dialog = tab.locator('dialog.shared-dialog');
      await dialog.locator('mark').first().waitFor();
      expect(await dialog.locator('.shared-pair').count()).toBe(x.s.partners.length);
      const note = dialog.locator('.shared-more');
      if (x === whole) expect(await note.count()).toBe(0);
      else {
        const text = (await note.textContent())!;
        expect(text).toContain(`Shared with ${x.s.planCount} plan`);
        expect(text).toContain(`${x.s.passageCount} passages`);
        expect(text).toContain(`the ${x.s.partners.length} closest`);
      }
      await tab.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    await context.close();
  });
});
