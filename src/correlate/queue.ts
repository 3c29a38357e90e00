// Correlate stage, queue: first-in first-out lists of what correlation holds, in the order time passes.

/** A FIFO with O(1) push and shift; the consumed head is dropped in batches, not one by one. */
export interface Queue<T> {
  readonly size: number;
  push(item: T): void;
  peek(): T | undefined;
  shift(): T | undefined;
  /** The items still queued, oldest first. */
  items(): Iterable<T>;
  clear(): void;
}

const COMPACT_AFTER = 1024;

export function createQueue<T>(): Queue<T> {
  let list: T[] = [];
  let head = 0;
  return {
    get size() {
      return list.length - head;
    },
    push(item) {
      list.push(item);
    },
    peek() {
      return head < list.length ? list[head] : undefined;
    },
    shift() {
      if (head >= list.length) return undefined;
      const item = list[head];
      head++;
      if (head >= COMPACT_AFTER && head * 2 >= list.length) {
        list = list.slice(head);
        head = 0;
      }
      return item;
    },
    *items() {
      for (let index = head; index < list.length; index++) yield list[index] as T;
    },
    clear() {
      list = [];
      head = 0;
    },
  };
}
