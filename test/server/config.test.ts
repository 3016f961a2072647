import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../server/config.ts';

describe('configuration from the environment', () => {
  it('takes the defaults when nothing is set', () => {
    const config = configFromEnv({}, []);
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: './data', dev: false });
  });

  it('reads an empty or blank value as unset: the default, never port 0', () => {
    expect(configFromEnv({ PORT: '' }, []).port).toBe(8080);
    const config = configFromEnv(
      { PORT: '', HOST: '', ROOM_IDLE_MS: '  ', AWARENESS_INTERVAL_MS: '', LOG_LEVEL: '' },
      [],
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      roomIdleMs: 30_000,
      awarenessIntervalMs: 50,
      logLevel: 'info',
    });
    expect(configFromEnv({ ALLOWED_ORIGINS: '' }, []).allowedOrigins).toEqual([]);
  });

  it('still takes PORT=0 as any free port, and refuses a port that is not one', () => {
    expect(configFromEnv({ PORT: '0' }, []).port).toBe(0);
    expect(configFromEnv({ PORT: '3000' }, []).port).toBe(3000);
    expect(() => configFromEnv({ PORT: 'http' }, [])).toThrow(/PORT/);
    expect(() => configFromEnv({ PORT: '70000' }, [])).toThrow(/PORT/);
  });

  it('lists every bad value at once', () => {
    expect(() => configFromEnv({ MAX_MESSAGE_BYTES: '10', LOG_LEVEL: 'loud' }, [])).toThrow(
      /MAX_MESSAGE_BYTES[\s\S]*LOG_LEVEL/,
    );
  });

  it('gives a probed presence owner 2.5 s to answer unless PRESENCE_PROBE_MS says otherwise', () => {
    expect(configFromEnv({}, []).presenceProbeMs).toBe(2_500);
    expect(configFromEnv({ PRESENCE_PROBE_MS: '500' }, []).presenceProbeMs).toBe(500);
    expect(() => configFromEnv({ PRESENCE_PROBE_MS: '0' }, [])).toThrow(/PRESENCE_PROBE_MS/);
  });

  it('pings every 2 s and drops a socket silent for 6 s unless PING_INTERVAL_MS and SILENT_DROP_MS say otherwise, never under two pings', () => {
    expect(configFromEnv({}, [])).toMatchObject({ pingIntervalMs: 2_000, silentDropMs: 6_000 });
    expect(configFromEnv({ PING_INTERVAL_MS: '5000', SILENT_DROP_MS: '15000' }, [])).toMatchObject({
      pingIntervalMs: 5_000,
      silentDropMs: 15_000,
    });
    // Shorter than two pings, a live socket would go between its pong and the next ping.
    expect(() => configFromEnv({ SILENT_DROP_MS: '3999' }, [])).toThrow(/SILENT_DROP_MS/);
    expect(() => configFromEnv({ PING_INTERVAL_MS: '30000' }, [])).toThrow(/SILENT_DROP_MS/);
  });

  it('keeps quiet sockets alive every 10 s unless KEEPALIVE_MS says otherwise, never near y-websocket’s 30 s', () => {
    expect(configFromEnv({}, []).keepaliveMs).toBe(10_000);
    expect(configFromEnv({ KEEPALIVE_MS: '20000' }, []).keepaliveMs).toBe(20_000);
    expect(() => configFromEnv({ KEEPALIVE_MS: '999' }, [])).toThrow(/KEEPALIVE_MS/);
    expect(() => configFromEnv({ KEEPALIVE_MS: '20001' }, [])).toThrow(/KEEPALIVE_MS/);
    expect(() => configFromEnv({ KEEPALIVE_MS: '30000' }, [])).toThrow(/KEEPALIVE_MS/);
  });

  it('ends a Word export’s worker after 30 s of rendering and after 60 s idle unless DOCX_RENDER_MS and DOCX_WORKER_IDLE_MS say otherwise', () => {
    expect(configFromEnv({}, [])).toMatchObject({ docxRenderMs: 30_000, docxWorkerIdleMs: 60_000 });
    expect(configFromEnv({ DOCX_RENDER_MS: '120000', DOCX_WORKER_IDLE_MS: '0' }, [])).toMatchObject(
      { docxRenderMs: 120_000, docxWorkerIdleMs: 0 },
    );
    // Under a second is no deadline for a library that takes seconds to load.
    expect(() => configFromEnv({ DOCX_RENDER_MS: '999' }, [])).toThrow(/DOCX_RENDER_MS/);
    expect(() => configFromEnv({ DOCX_WORKER_IDLE_MS: '-1' }, [])).toThrow(/DOCX_WORKER_IDLE_MS/);
  });
});
