import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { givenNameSex, isCommonWord, isKnownFirstName, isKnownNamePart } from '../../src/entities/people/name-lexicon.js';

describe('name lexicon generated from compromise', () => {
  it('is up to date with the installed compromise (run scripts/gen-name-lexicon.mjs after an upgrade)', async () => {
    // @ts-expect-error plain JavaScript helper of the generator script
    const { buildNameLexicon, renderNameLexicon } = await import('../../scripts/name-lexicon-source.mjs');
    const expected = renderNameLexicon(await buildNameLexicon());
    const current = readFileSync(new URL('../../src/entities/people/data/name-lexicon.generated.ts', import.meta.url), 'utf8');
    expect(current === expected).toBe(true);
  });

  it.each([
    ['Viktor', true, true, false],
    ['jen', true, true, false],
    ['Smith', false, true, false],
    ['talk', false, false, true],
    ['cool', false, false, true],
    ['Zelenskyy', false, false, false],
  ])('%s: first name %s, name part %s, common word %s', (word, first, part, common) => {
    expect(isKnownFirstName(word)).toBe(first);
    expect(isKnownNamePart(word)).toBe(part);
    expect(isCommonWord(word)).toBe(common);
  });

  it.each([
    ['Claudia', 'female'],
    ['Samia', 'female'],
    ['Gustavo', 'male'],
    ['Viktor', 'male'],
    ['Kim', undefined],
    ['Smith', undefined],
  ])('%s is borne by: %s', (word, sex) => {
    expect(givenNameSex(word)).toBe(sex);
  });
});
