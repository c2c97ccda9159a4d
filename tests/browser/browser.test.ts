/**
 * dist/browser.js, examples/demo.html and the CLI's --format html page in real headless Chromium
 * (Debian's, driven by playwright-core), served from 127.0.0.1.
 *
 * Without /usr/bin/chromium these tests fail when CI is set and are skipped otherwise.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../../src/index.js';
import { announceSkip, browserSkipReason, launch, requireBuild, ROOT, screenshotDir, serve, SKIP_BROWSER, waitReady, type Browser, type StaticServer } from './harness.js';

// Articles written for these tests.
const NORDIC = [
  'Finnish President Alexander Stubb met Polish President Andrzej Duda in Warsaw on Tuesday to discuss air defence and the security of the Baltic Sea.',
  'The two presidents also agreed to meet again at the NATO summit in The Hague in June, a spokesman for Stubb said.',
  'On Monday, Duda spoke by phone with Canadian Prime Minister Mark Carney about trade.',
].join('\n');

const NAIROBI = [
  'NAIROBI — Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Wednesday, the Kenyan presidency said.',
  'Trade & investment topped the agenda, according to a statement titled "<b>Good neighbours</b>".',
  'Ruto later spoke by phone with South African President Cyril Ramaphosa about the crisis in Sudan.',
].join('\n');

/** What the pages' globals look like (the project's tsconfig has no DOM lib, on purpose). */
interface PageGlobals {
  lib: typeof import('../../src/index.js');
  getComputedStyle(el: unknown): { backgroundColor: string };
}

const TEST_PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bundle test</title></head><body>
<script type="module">
  import * as lib from '/dist/browser.js';
  window.lib = lib;
  document.body.dataset.ready = 'true';
</script></body></html>`;

announceSkip();

describe('why the browser tests may be skipped', () => {
  it('says so, with what to install, when Chromium is missing outside CI; never skips in CI', () => {
    expect(browserSkipReason({ hasChromium: false, inCi: false, path: '/usr/bin/chromium' })).toMatch(/^browser tests skipped: no Chromium at \/usr\/bin\/chromium \(set CHROMIUM_PATH, or install/);
    expect(browserSkipReason({ hasChromium: false, inCi: true, path: '/usr/bin/chromium' })).toBeNull();
    expect(browserSkipReason({ hasChromium: true, inCi: false, path: '/usr/bin/chromium' })).toBeNull();
  });
});

describe.skipIf(SKIP_BROWSER)('in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let shots: string;

  beforeAll(async () => {
    requireBuild('dist/browser.js', 'dist/index.js', 'dist/cli.js');
    shots = screenshotDir();
    server = await serve({ '/bundle-test.html': TEST_PAGE });
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('dist/browser.js loads as a module and extract() gives the same result as in Node', async () => {
    const { page, errors, requests } = await browser.newPage();
    await page.goto(`${server.url}/bundle-test.html`);
    await waitReady(page, errors);
    const result = await page.evaluate(
      ([text, publishedAt]) => (globalThis as unknown as PageGlobals).lib.extract(text!, { publishedAt: publishedAt! }),
      [NORDIC, '2025-03-13'],
    );
    // the unambiguous contacts (what the summit sentence gives is the extractor's business, not the bundle's)
    expect(result.events.map((e) => [e.type, e.status, e.participants.map((p) => p.country).join('+'), e.date?.start ?? null, e.cameo])).toEqual(
      expect.arrayContaining([
        ['meeting', 'occurred', 'FIN+POL', '2025-03-11', '042'],
        ['phone_call', 'occurred', 'POL+CAN', '2025-03-10', '041'],
      ]),
    );
    expect(result.events.find((e) => e.type === 'meeting')).toMatchObject({
      participants: [{ name: 'Alexander Stubb' }, { name: 'Andrzej Duda' }],
      location: { name: 'Warsaw', country: 'POL' },
      plover: { event: 'CONSULT', mode: 'visit' },
    });
    expect(result.events.find((e) => e.type === 'phone_call')!.trigger.text).toBe('spoke by phone');

    const node = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../../src/index.js');
    expect(result).toEqual(node.extract(NORDIC, { publishedAt: '2025-03-13' }) as ExtractionResult);

    // errors cross the boundary as the library's own error class
    const thrown = await page.evaluate(() => {
      const { lib } = globalThis as unknown as PageGlobals;
      try {
        lib.extract('text', { publishedAt: '2024-13-45' });
        return null;
      } catch (error) {
        return { isInvalid: error instanceof lib.InvalidArgumentError, argument: (error as { argument?: string }).argument };
      }
    });
    expect(thrown).toEqual({ isInvalid: true, argument: 'options.publishedAt' });

    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith(`${server.url}/`))).toBe(true);
  });

  it('examples/demo.html extracts a pasted article and renders highlights and event cards', async () => {
    const { page, errors, requests } = await browser.newPage();
    await page.goto(`${server.url}/examples/demo.html`);
    await waitReady(page, errors);
    await page.fill('#article', NAIROBI);
    await page.fill('#published', '2024-01-12');
    await page.click('#run');
    await page.waitForSelector('#output .de-event', { timeout: 20_000 });

    const shot = join(shots, 'demo.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);

    const cards = await page.$$eval('#output .de-event', (els) =>
      els.map((el) => ({
        type: el.getAttribute('data-type'),
        status: el.getAttribute('data-status'),
        text: (el as unknown as { innerText: string }).innerText,
        quotes: el.querySelectorAll('blockquote.de-evidence').length,
      })),
    );
    expect(cards.map((c) => [c.type, c.status])).toEqual([
      ['meeting', 'occurred'],
      ['phone_call', 'occurred'],
    ]);
    expect(cards[0]!.text).toContain('William Ruto');
    expect(cards[0]!.text).toContain('Abiy Ahmed');
    expect(cards[0]!.text).toContain('2024-01-10');
    expect(cards[0]!.text).toContain('Nairobi');
    expect(cards[0]!.text).toMatch(/CAMEO\s+042/);
    expect(cards[0]!.text).toMatch(/PLOVER\s+CONSULT · visit/);
    expect(cards[1]!.text).toContain('Cyril Ramaphosa');
    expect(cards[1]!.text).toMatch(/CAMEO\s+041/);
    expect(cards.every((c) => c.quotes >= 1)).toBe(true);

    const marks = await page.$$eval('#output .de-text mark', (els) => els.map((el) => [el.className.replace('de-hl de-hl-', ''), el.textContent]));
    expect(marks).toEqual(
      expect.arrayContaining([
        ['person', 'William Ruto'],
        ['person', 'Abiy Ahmed'],
        ['person', 'Cyril Ramaphosa'],
        ['country', 'Kenyan'],
        ['country', 'Ethiopian'],
        ['country', 'Sudan'],
        ['date', 'on Wednesday'],
        ['trigger', 'held talks'],
      ]),
    );
    // distinct colours for people, countries and dates
    const colours = await page.$$eval('#output .de-legend mark', (els) => els.map((el) => (globalThis as unknown as PageGlobals).getComputedStyle(el).backgroundColor));
    expect(new Set(colours).size).toBe(colours.length);
    // the article text is escaped, not interpreted
    expect(await page.$$eval('#output .de-text b', (els) => els.length)).toBe(0);
    expect(await page.textContent('#output .de-text')).toBe(NAIROBI);
    expect(await page.textContent('#status')).toMatch(/^2 event\(s\) in \d+ ms$/);

    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith(`${server.url}/`))).toBe(true);
  });

  it('the CLI --format html page renders on its own, loading nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'de-html-'));
    const file = join(dir, 'nordic.txt');
    writeFileSync(file, ` date 2025-03-13 ${NORDIC}`);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'html', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);

    const page2 = await serve({ '/report.html': r.stdout });
    try {
      const { page, errors, requests } = await browser.newPage();
      await page.goto(`${page2.url}/report.html`);
      expect(await page.title()).toContain('nordic.txt');
      const node = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../../src/index.js');
      const types = node.extract(NORDIC, { publishedAt: '2025-03-13' }).events.map((e) => e.type);
      expect(types).toEqual(expect.arrayContaining(['meeting', 'phone_call']));
      expect(await page.$$eval('.de-event', (els) => els.map((el) => el.getAttribute('data-type')))).toEqual(types);
      expect(await page.$$eval('.de-text mark.de-hl-person', (els) => els.map((el) => el.textContent))).toEqual(
        expect.arrayContaining(['Alexander Stubb', 'Andrzej Duda', 'Mark Carney']),
      );
      await page.screenshot({ path: join(shots, 'cli-report.png'), fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([`${page2.url}/report.html`]);
    } finally {
      await page2.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
