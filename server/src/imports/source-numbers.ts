import type { StagedSource } from './staging.js';
import type { SourceKey } from './validate.types.js';

/** The file's sources, numbered from 1 in the order they first appear. */
export class SourceNumbers {
  private readonly list: StagedSource[] = [];
  private readonly numbers = new Map<string, number>();
  private unstaged: StagedSource[] = [];
  /** The key asked for last: the validator numbers a row's source, then the staging asks again for the same object. */
  private lastKey: SourceKey | null = null;
  private lastNumber = 0;

  numberOf(key: SourceKey | null): number | null {
    if (!key) return null;
    if (key === this.lastKey) return this.lastNumber;
    this.lastNumber = this.lookUp(key);
    this.lastKey = key;
    return this.lastNumber;
  }

  private lookUp(key: SourceKey): number {
    const id = `${key.title}\u0001${key.url}`;
    const known = this.numbers.get(id);
    if (known !== undefined) {
      const source = this.list[known - 1]!;
      // A publisher, its page or a release date named on a later row completes the source; staged again, it
      // updates the source row.
      let completed = false;
      if (key.publisher && key.publisher !== source.publisher) {
        source.publisher = key.publisher;
        completed = true;
      }
      if (key.publisherUrl && key.publisherUrl !== source.publisherUrl) {
        source.publisherUrl = key.publisherUrl;
        completed = true;
      }
      if (key.releasedOn && key.releasedOn !== source.releasedOn) {
        source.releasedOn = key.releasedOn;
        completed = true;
      }
      if (completed) this.unstaged.push(source);
      return known;
    }
    const source = { ref: this.list.length + 1, ...key };
    this.list.push(source);
    this.numbers.set(id, source.ref);
    this.unstaged.push(source);
    return source.ref;
  }

  takeUnstaged(): StagedSource[] {
    const taken = this.unstaged;
    this.unstaged = [];
    return taken;
  }
}
