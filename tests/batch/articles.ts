import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFile } from '../../src/cli/article-file.js';

const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The fixture articles (fixtures/*.txt, header parsed), as batch items; expectations are not needed here. */
export function fixtureArticles(): Array<{ name: string; text: string; published: string | undefined }> {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const article = parseArticleFile(readFileSync(join(FIXTURES_DIR, f), 'utf8'));
      return { name: f.replace(/\.txt$/, ''), text: article.text, published: article.published };
    });
}
