/** Stands for a line whose bytes are not valid UTF-8 (raw NUL characters cannot occur in a JSON line). */
export const INVALID_UTF8_LINE = '\u0000\u0000not valid UTF-8';

/**
 * Splits a byte stream into lines, streaming: each line is decoded on its own with a strict UTF-8
 * decoder, so one line of bad bytes is reported as {@link INVALID_UTF8_LINE} and the lines around it
 * still read. A "\r\n" ending loses its "\r". Memory holds one line at a time.
 */
export async function* utf8Lines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  const decode = (parts: Buffer[]): string => {
    let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    try {
      return decoder.decode(bytes);
    } catch {
      return INVALID_UTF8_LINE;
    }
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let nl = bytes.indexOf(0x0a, from); nl >= 0; nl = bytes.indexOf(0x0a, from)) {
      pending.push(bytes.subarray(from, nl));
      yield decode(pending);
      pending = [];
      from = nl + 1;
    }
    if (from < bytes.length) pending.push(bytes.subarray(from));
  }
  if (pending.length && pending.some((p) => p.length)) yield decode(pending);
}
