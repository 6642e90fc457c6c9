/**
 * `task` over every value, at most `limit` at a time, the results in the values' order. A new task starts
 * as soon as one ends: batches that wait for their slowest member leave a pool of parse workers idle.
 */
export async function mapLimit<T, R>(values: readonly T[], limit: number, task: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(values.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < values.length) {
      const index = next++;
      results[index] = await task(values[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, worker));
  return results;
}
