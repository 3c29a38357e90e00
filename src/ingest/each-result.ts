// Ingest: an async iterator's results passed through a function each, at one promise step a result.

/**
 * The results of the iterator `open` gives, each passed through `fulfilled` and each failure
 * through `rejected`: one promise step per result, where an async generator's `yield` (or
 * `yield*`) would cost several. `open` is called when the first result is asked for.
 */
export function eachResult<T>(
  open: () => AsyncIterator<T>,
  fulfilled: ((result: IteratorResult<T>) => IteratorResult<T>) | undefined,
  rejected: (error: unknown) => IteratorResult<T>,
): AsyncIterableIterator<T> {
  let iterator: AsyncIterator<T> | undefined;
  return {
    next() {
      try {
        return (iterator ??= open()).next().then(fulfilled, rejected);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    async return() {
      await iterator?.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
