import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, toHtml, toHtmlPage, type ExtractionResult } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// Written for this test.
const TEXT =
  'Finnish President Alexander Stubb met Polish President Andrzej Duda in Warsaw on Tuesday.\n' +
  'On Monday, Duda spoke by phone with Canadian Prime Minister Mark Carney about "tariffs & <trade>".';
const RESULT = extract(TEXT, { publishedAt: '2025-03-13' });

/** The article as the reader sees it: the .de-text block without tags, entities decoded. */
function visibleText(html: string): string {
  const block = /<div class="de-text">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return block.replace(/<\/?mark[^>]*>/g, '').replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
}

function marks(html: string, kind: string): string[] {
  const block = /<div class="de-text">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return [...block.matchAll(new RegExp(`<mark class="de-hl de-hl-${kind}"[^>]*>([^<]*)</mark>`, 'g'))].map((m) => m[1]!);
}

describe('toHtml', () => {
  const html = toHtml(RESULT, TEXT);

  it('highlights people, countries, dates and triggers in the text', () => {
    expect(marks(html, 'person')).toEqual(['Alexander Stubb', 'Andrzej Duda', 'Duda', 'Mark Carney']);
    expect(marks(html, 'country')).toEqual(expect.arrayContaining(['Finnish', 'Polish', 'Warsaw', 'Canadian']));
    expect(marks(html, 'date')).toEqual(['on Tuesday', 'On Monday']);
    expect(marks(html, 'trigger')).toEqual(['met', 'spoke by phone']);
    expect(html).toContain('<ul class="de-legend">');
  });

  it('keeps the text exactly, escaped', () => {
    expect(visibleText(html)).toBe(TEXT);
    expect(html).toContain('&#34;tariffs &#38; &#60;trade&#62;&#34;');
    expect(html).not.toContain('<trade>');
  });

  it('renders one card per event with every field', () => {
    const cards = html.split('<article class="de-event"').slice(1);
    expect(cards).toHaveLength(RESULT.events.length);
    const call = cards[1]!;
    expect(call).toContain('data-type="phone_call"');
    expect(call).toContain('data-status="occurred"');
    expect(call).toContain('Andrzej Duda');
    expect(call).toContain('Mark Carney');
    expect(call).toContain('2025-03-10');
    expect(call).toContain('<code>041</code> discuss by telephone');
    expect(call).toContain('<code>CONSULT</code> · phone');
    expect(call).toMatch(/<blockquote class="de-evidence">On Monday, Duda <strong>spoke by phone<\/strong>/);
    expect(cards[0]).toMatch(/Warsaw <span class="de-muted">· Poland \(POL\)<\/span>/);
  });

  it('is self-contained: no scripts, no external resources', () => {
    for (const out of [html, toHtmlPage(RESULT, TEXT, { title: '<script>alert(1)</script>' })]) {
      expect(out).not.toMatch(/<script|<img|<iframe|<link(?![^>]*href="data:)|@import|url\(/i);
      expect(out).not.toMatch(/\b(?:src|href)="(?!data:)/i);
    }
    expect(toHtmlPage(RESULT, TEXT, { title: '<b>x</b>' })).toContain('<title>&#60;b&#62;x&#60;/b&#62;</title>');
  });

  it('says when there is nothing, and can leave the text out', () => {
    const empty = toHtml(extract(''), '');
    expect(empty).toContain('No diplomatic events found.');
    expect(toHtml(RESULT, TEXT, { showText: false })).not.toContain('<div class="de-text">');
  });

  it('highlights nothing that does not match the text, and never overlaps', () => {
    const shifted = toHtml(RESULT, `xx${TEXT}`);
    expect(visibleText(shifted)).toBe(`xx${TEXT}`);
    expect(shifted.match(/<div class="de-text">[\s\S]*?<\/div>/)![0]).not.toContain('<mark');
    const overlapping: ExtractionResult = {
      ...RESULT,
      dates: [{ text: 'Stubb met', start: '2025-03-11', end: '2025-03-11', precision: 'day', span: { start: 28, end: 37, text: TEXT.slice(28, 37) } }],
    };
    const out = toHtml(overlapping, TEXT);
    expect(visibleText(out)).toBe(TEXT);
    expect(marks(out, 'date')).toEqual([]);
  });

  it('keeps any text intact (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const out = toHtml(extract(text), text);
        return visibleText(out) === text && !/<(?!\/?(?:mark|section|style|h[1-3]|p|ul|li|div|article|span|dl|dt|dd|code|blockquote|strong)\b)/.test(out.replace(/<style>[\s\S]*?<\/style>/, ''));
      }),
      { numRuns: 60 },
    );
  });
});

describe('CLI --format html', () => {
  it('prints one complete page for one file, and a section per file for several', () => {
    const dir = mkdtempSync(join(tmpdir(), 'de-html-cli-'));
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, ` date 2025-03-13 ${TEXT}`);
    writeFileSync(b, 'Nothing diplomatic & <odd> here.');
    const one = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'html', a], { encoding: 'utf8' });
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(one.stdout).toContain('<meta charset="utf-8">');
    expect(one.stdout.match(/<section class="de-report">/g)).toHaveLength(1);
    expect(one.stdout.match(/<article class="de-event"/g)).toHaveLength(RESULT.events.length);
    expect(one.stdout.trimEnd()).toMatch(/<\/html>$/);

    const two = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--format', 'html', a, b], { encoding: 'utf8' });
    expect(two.status).toBe(0);
    expect(two.stdout.match(/<section class="de-report">/g)).toHaveLength(2);
    expect(two.stdout).toContain('Nothing diplomatic &#38; &#60;odd&#62; here.');
    rmSync(dir, { recursive: true, force: true });
  });
});
