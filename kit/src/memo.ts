/**
 * Values worked out once per key and kept, for keys drawn from a small, steady set (counter names,
 * reported units, days): at most `max` of them, all forgotten at once when full, so a stream of
 * new keys costs memory up to the bound and never more.
 */
export class BoundedMemo<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K, compute: () => V): V {
    let value = this.kept.get(key);
    if (value === undefined) {
      if (this.kept.size >= this.max) this.kept.clear();
      this.kept.set(key, (value = compute()));
    }
    return value;
  }
}
