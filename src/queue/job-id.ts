/**
 * The job id of a JSON Lines line: its `id` when it has one (a string or a number), else its line
 * number. Adding a line whose job id is already in the queue adds nothing, so adding the same file
 * twice adds nothing; lines without ids are told apart by line number only, so give ids when
 * adding several files to one queue.
 *
 * BullMQ ids cannot be integers nor hold ":", so the id is written with a kind prefix and
 * URI-encoded: `id=reuters%3A123` (string id), `n=42` (number id), `line=7` (no id).
 */
export function jobIdOf(line: string, lineNumber: number): { jobId: string; id: unknown } {
  const id = idOf(line);
  if (typeof id === 'string') return { jobId: `id=${encodeURIComponent(id)}`, id };
  if (typeof id === 'number' && Number.isFinite(id)) return { jobId: `n=${encodeURIComponent(String(id))}`, id };
  return { jobId: `line=${lineNumber}`, id: id ?? null };
}

/** The `id` of a line that is a JSON object, else `undefined`. */
function idOf(line: string): unknown {
  if (!line.trimStart().startsWith('{')) return undefined;
  try {
    const record = JSON.parse(line) as unknown;
    return record !== null && typeof record === 'object' && !Array.isArray(record) ? (record as { id?: unknown }).id : undefined;
  } catch {
    return undefined;
  }
}
