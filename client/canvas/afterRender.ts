/** What keeps the tasks waiting for the board's next render (the controller's `afterRender`). */
export interface AfterRenderQueue {
  afterRender: (() => void) | null;
}

/**
 * Runs `task` once the board shows its next snapshot, after what already waits for it. Set
 * directly, a keyboard move (Alt+arrow) or copy dropped a new meeting's lane focus still waiting
 * for the render that lays its lane out: the view stayed where it was, the new lane off screen.
 */
export function whenRendered(queue: AfterRenderQueue, task: () => void): void {
  const before = queue.afterRender;
  queue.afterRender =
    before === null
      ? task
      : () => {
          before();
          task();
        };
}
