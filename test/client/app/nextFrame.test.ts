import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  flushNextFrameNow,
  holdOwnRendersUntilNextFrame,
  ownRendersHeld,
  renderInNextFrame,
} from '../../../client/app/nextFrame.ts';

/** Animation frames that run only when the test says so. */
let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  frames = [];
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => {};
  });
});

afterEach(() => {
  // Whatever a failed test left pending must not reach the next one.
  vi.runAllTimers();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function runFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback(performance.now());
}

describe('renderInNextFrame', () => {
  it('runs the updates of one gesture together, in the next frame, not before', () => {
    const ran: string[] = [];
    renderInNextFrame(() => ran.push('board'));
    renderInNextFrame(() => ran.push('drag layer'));
    expect(ran).toEqual([]);
    expect(frames).toHaveLength(1);
    runFrame();
    expect(ran).toEqual(['board', 'drag layer']);
    runFrame();
    expect(ran).toEqual(['board', 'drag layer']);
  });

  it('does not wait for frames a hidden page never gets', () => {
    const ran: string[] = [];
    renderInNextFrame(() => ran.push('board'));
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['board']);
    // The frame that comes later finds nothing left to do.
    runFrame();
    expect(ran).toEqual(['board']);
  });
});

describe('flushNextFrameNow', () => {
  it('renders what waits at once, for input that comes before the frame', () => {
    const ran: string[] = [];
    holdOwnRendersUntilNextFrame();
    renderInNextFrame(() => ran.push('board'));
    flushNextFrameNow();
    expect(ran).toEqual(['board']);
    expect(ownRendersHeld()).toBe(false);
    runFrame();
    expect(ran).toEqual(['board']);
  });

  it('does nothing when nothing waits', () => {
    flushNextFrameNow();
    expect(frames).toHaveLength(0);
  });
});

describe('holdOwnRendersUntilNextFrame', () => {
  it('holds own renders until the next frame, and only until then', () => {
    expect(ownRendersHeld()).toBe(false);
    holdOwnRendersUntilNextFrame();
    expect(ownRendersHeld()).toBe(true);
    runFrame();
    expect(ownRendersHeld()).toBe(false);
  });

  it('ends with the frame even when the gesture wrote nothing', () => {
    holdOwnRendersUntilNextFrame();
    vi.advanceTimersByTime(100);
    expect(ownRendersHeld()).toBe(false);
  });
});
