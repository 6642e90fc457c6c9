type TypedArray = Int32Array | Float32Array;

/** An append-only typed array that doubles when full: millions of appends without a JS array's boxes. */
export function createGrowable<T extends TypedArray>(make: (length: number) => T, initial = 1 << 16) {
  let items = make(initial);
  let size = 0;
  return {
    push(value: number): void {
      if (size === items.length) {
        const grown = make(items.length * 2);
        grown.set(items);
        items = grown;
      }
      items[size++] = value;
    },
    get size() {
      return size;
    },
    /** The items, trimmed to their size (a view: no copy). */
    view(): T {
      return items.subarray(0, size) as T;
    },
  };
}
