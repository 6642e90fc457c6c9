type TypedArray = Int32Array | Float32Array | Float64Array;

/** An append-only typed array that doubles when full: millions of appends without a JS array's boxes. */
export function createGrowable<T extends TypedArray>(make: (length: number) => T, initial = 1 << 16) {
  let items = make(initial);
  let size = 0;
  const room = (more: number) => {
    if (size + more <= items.length) return;
    const grown = make(Math.max(items.length * 2, size + more));
    grown.set(items);
    items = grown;
  };
  return {
    push(value: number): void {
      if (size === items.length) room(1);
      items[size++] = value;
    },
    /** Appends every value of `values` at once. */
    pushAll(values: ArrayLike<number>): void {
      room(values.length);
      items.set(values, size);
      size += values.length;
    },
    /** Appends `value` `count` times. */
    pushRepeated(value: number, count: number): void {
      room(count);
      items.fill(value, size, size + count);
      size += count;
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
