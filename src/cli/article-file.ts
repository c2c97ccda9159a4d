/** An article read from a file, with the publication date its header gives. */
export interface ArticleFile {
  /** The article text, without the header line. */
  text: string;
  /** The date of a ` date YYYY-MM-DD` header, if the file starts with one. */
  published?: string;
}

const HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\r?\n|$)/;

/**
 * Splits the seed-format header off a file's content: a first line ` date YYYY-MM-DD`, with the
 * text either on the same line after it or on the next lines.
 */
export function parseArticleFile(content: string): ArticleFile {
  const body = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const m = HEADER.exec(body);
  if (!m) return { text: body };
  return { text: body.slice(m[0].length), published: m[1] as string };
}
