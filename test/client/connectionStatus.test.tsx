// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionStatus } from '../../client/board/ConnectionStatus.tsx';
import type { SessionStatus } from '../../client/sync/session.ts';
import { mount, type Mounted } from './plan/harness.tsx';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const status = (patch: Partial<SessionStatus>): SessionStatus => ({
  loaded: true,
  connection: 'connected',
  unsent: false,
  serverUnsaved: false,
  closed: null,
  newerDocument: false,
  ...patch,
});

const shown = (container: HTMLElement) => {
  const indicator = container.querySelector('[data-testid="connection-status"]');
  return {
    text: indicator?.textContent,
    state: indicator?.getAttribute('data-state'),
    unsaved: indicator?.getAttribute('data-server-unsaved'),
  };
};

describe('the connection indicator', () => {
  it('says so while the server is not storing the board (the session keeps that to a live connection)', () => {
    mounted = mount(<ConnectionStatus status={status({ serverUnsaved: true })} lang="da" />);
    expect(shown(mounted.container)).toEqual({
      text: 'Forbundet – serveren gemmer ikke lige nu',
      state: 'connected',
      unsaved: 'true',
    });
    mounted.render(<ConnectionStatus status={status({ serverUnsaved: true })} lang="en" />);
    expect(shown(mounted.container).text).toBe('Connected – the server is not saving just now');
    mounted.render(<ConnectionStatus status={status({})} lang="da" />);
    expect(shown(mounted.container)).toEqual({
      text: 'Forbundet',
      state: 'connected',
      unsaved: 'false',
    });
  });
});
