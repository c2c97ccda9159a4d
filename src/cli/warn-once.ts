import type { ExtractionWarning } from '../types.js';

/**
 * Says the first warning of each kind (by its code) with where it arose (a file, a line number),
 * and no more of that kind: a batch of undated articles gets one warning, not thousands.
 */
export class WarnOnce<Where> {
  private readonly seen = new Set<string>();

  constructor(private readonly say: (where: Where, message: string) => void) {}

  note(where: Where, warnings: readonly ExtractionWarning[]): void {
    for (const w of warnings) {
      if (this.seen.has(w.code)) continue;
      this.seen.add(w.code);
      this.say(where, w.message);
    }
  }
}
