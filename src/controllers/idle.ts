// Safari has no requestIdleCallback: a short timeout stands in for it there.

/** Runs `task` when the browser is next idle. */
export const whenIdle = (task: (deadline?: IdleDeadline) => void): number =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task)
    : window.setTimeout(task, 200);

export const cancelIdle = (handle: number): void =>
  typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle);
