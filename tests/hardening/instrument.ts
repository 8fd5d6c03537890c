/**
 * Counts what the component leaves running, by wrapping the page's ResizeObserver, timers,
 * animation frames and event listeners. Only calls made from the component's own code (a
 * `/src/` frame on the stack) count, so the test runner's own timers never do.
 */
import { executeServerCommand } from '@web/test-runner-commands';

const ours = () => /\/src\/(controllers|event-timeline|render)/.test(new Error().stack ?? '');

export interface Counts {
  /** Elements observed by a live ResizeObserver the component created. */
  readonly observations: number;
  /** Timeouts the component set that have neither run nor been cleared. */
  readonly timers: number;
  /** Animation frames the component requested that have neither run nor been cancelled. */
  readonly frames: number;
}

export interface Instrument {
  counts(): Counts;
  /** Listeners now registered on `root`'s nodes (and the host), by anyone. */
  listenersIn(host: Element): number;
  /** Listeners the component added to window or document and never removed. */
  globalListeners(): number;
  restore(): void;
}

type Key = string;

export function instrument(): Instrument {
  const observed = new Map<ResizeObserver, Set<Element>>();
  const timers = new Set<number>();
  const frames = new Set<number>();
  const listeners = new Map<EventTarget, Set<Key>>();
  const ids = new WeakMap<object, number>();
  let nextId = 1;
  const keyOf = (type: string, fn: unknown, options?: boolean | EventListenerOptions): Key => {
    if (fn === null || (typeof fn !== 'function' && typeof fn !== 'object')) return '';
    if (!ids.has(fn)) ids.set(fn, nextId++);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${type}|${ids.get(fn)}|${capture}`;
  };
  const globalAdds = new Set<Key>();

  const Original = window.ResizeObserver;
  class CountingResizeObserver extends Original {
    private readonly counted = ours();
    override observe(target: Element, options?: ResizeObserverOptions): void {
      if (this.counted) observed.set(this, (observed.get(this) ?? new Set()).add(target));
      super.observe(target, options);
    }
    override unobserve(target: Element): void {
      observed.get(this)?.delete(target);
      super.unobserve(target);
    }
    override disconnect(): void {
      observed.delete(this);
      super.disconnect();
    }
  }
  window.ResizeObserver = CountingResizeObserver;

  // The originals, to call (bound) and to put back (as they were) afterwards.
  const names = ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'];
  const saved = names.map(
    (name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const,
  );
  const setTimeout = window.setTimeout.bind(window);
  const clearTimeout = window.clearTimeout.bind(window);
  const requestAnimationFrame = window.requestAnimationFrame.bind(window);
  const cancelAnimationFrame = window.cancelAnimationFrame.bind(window);
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    if (!ours() || typeof handler !== 'function') return setTimeout(handler, delay, ...args);
    const id = setTimeout(
      (...a: unknown[]) => {
        timers.delete(id);
        (handler as (...a: unknown[]) => void)(...a);
      },
      delay,
      ...args,
    );
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearTimeout(id);
  }) as typeof window.clearTimeout;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    if (!ours()) return requestAnimationFrame(callback);
    const id = requestAnimationFrame((t) => {
      frames.delete(id);
      callback(t);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    cancelAnimationFrame(id);
  };

  const proto = EventTarget.prototype;
  const method = (name: string) =>
    Object.getOwnPropertyDescriptor(proto, name)!.value as EventTarget['addEventListener'];
  const addEventListener = method('addEventListener');
  const removeEventListener = method('removeEventListener');
  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    const key = keyOf(type, fn, options);
    if (key) {
      listeners.set(this, (listeners.get(this) ?? new Set()).add(key));
      if ((this === window || this === document) && ours()) globalAdds.add(key);
    }
    addEventListener.call(this, type, fn, options);
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    const key = keyOf(type, fn, options);
    listeners.get(this)?.delete(key);
    if (this === window || this === document) globalAdds.delete(key);
    removeEventListener.call(this, type, fn, options);
  };

  return {
    counts: () => ({
      observations: [...observed.values()].reduce((n, s) => n + s.size, 0),
      timers: timers.size,
      frames: frames.size,
    }),
    listenersIn(host) {
      let n = 0;
      for (const [target, keys] of listeners) {
        if (target === host || (target instanceof Node && host.shadowRoot!.contains(target)))
          n += keys.size;
      }
      return n;
    },
    globalListeners: () => globalAdds.size,
    restore() {
      window.ResizeObserver = Original;
      for (const [name, descriptor] of saved) Object.defineProperty(window, name, descriptor);
      proto.addEventListener = addEventListener;
      proto.removeEventListener = removeEventListener;
      listeners.clear();
    },
  };
}

/** Heap and DOM counts after a full garbage collection (DevTools protocol, scripts/wtr-cdp-plugin.mjs). */
export interface Metrics {
  readonly heapUsed: number;
  readonly heapTotal: number;
  readonly listeners: number;
  readonly nodes: number;
  readonly documents: number;
  readonly layoutObjects: number;
}

export const metrics = () => executeServerCommand<Metrics | null, undefined>('cdp-metrics');

/** How heavy to make the runs: the suite's defaults, or `npm run soak`'s. */
export interface Settings {
  readonly soak: boolean;
  readonly cycles: number;
  readonly instances: number;
  readonly steps: number;
}

export const soakSettings = () => executeServerCommand<Settings, undefined>('soak-settings');

/** A line for the soak report (printed by `npm run soak`). */
export const report = (line: string) =>
  executeServerCommand<boolean, { line: string }>('soak-report', { line });

/** Every node in the element's shadow root: elements, text and Lit's comment markers. */
export function nodeCount(host: Element): number {
  const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_ALL);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

export const MB = 1024 * 1024;
