import express from 'express';
import pino from 'pino';
import { PassThrough } from 'stream';
import request from 'supertest';
import { createLogger, formatLogLine } from './logger';
import { bindRequestContext, currentRequestId } from './request-context';
import { requestLogging } from './request-logging';

function capture(): { stream: PassThrough; lines: () => string[] } {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { stream, lines: () => chunks.join('').split('\n').filter(Boolean) };
}

function appLoggingTo(stream: PassThrough) {
  const app = express();
  app.use(requestLogging(pino({ level: 'info' }, stream)));
  app.get('/api/organizations', (_request, response) => {
    response.json([]);
  });
  return app;
}

describe('request logging', () => {
  it('logs one JSON line per request carrying the request id it echoes', async () => {
    const output = capture();
    const response = await request(appLoggingTo(output.stream)).get('/api/organizations').set('X-Request-Id', 'abc-123').expect(200);
    expect(response.headers['x-request-id']).toBe('abc-123');
    const entry = JSON.parse(output.lines()[0]);
    expect(entry).toMatchObject({ reqId: 'abc-123', msg: 'requête traitée', req: { method: 'GET', url: '/api/organizations' }, res: { statusCode: 200 } });
  });

  it('replaces an unsafe request id rather than logging it', async () => {
    const output = capture();
    const response = await request(appLoggingTo(output.stream)).get('/api/organizations').set('X-Request-Id', 'id avec espaces; et plus').expect(200);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(output.lines()[0]).reqId).toBe(response.headers['x-request-id']);
  });
});

describe('request context', () => {
  it('gives every log line written during a request the request id, once', async () => {
    const output = capture();
    const logger = createLogger({ log: { level: 'info', format: 'json' } }, output.stream);
    const app = express();
    app.use(requestLogging(logger));
    app.use(bindRequestContext);
    app.get('/api/work', async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.info({ context: 'Service' }, 'travail fait');
      response.json({ id: currentRequestId() });
    });
    const response = await request(app).get('/api/work').set('X-Request-Id', 'req-77').expect(200);
    expect(response.body).toEqual({ id: 'req-77' });
    const lines = output.lines();
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(JSON.parse(line).reqId).toBe('req-77');
      expect(line.match(/"reqId"/g)).toHaveLength(1);
    }
    expect(currentRequestId()).toBeUndefined();
  });
});

describe('log formats', () => {
  it('writes JSON lines in production and readable text otherwise', async () => {
    const json = capture();
    createLogger({ log: { level: 'info', format: 'json' } }, json.stream).info({ context: 'Test' }, 'bonjour');
    const text = capture();
    createLogger({ log: { level: 'info', format: 'pretty' } }, text.stream).warn({ context: 'Test', reqId: 'r-1', rows: 3 }, 'attention');
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(json.lines()[0])).toMatchObject({ level: 30, context: 'Test', msg: 'bonjour' });
    expect(text.lines()[0]).toMatch(/^\d{2}:\d{2}:\d{2}\.\d{3} WARN {2}\[Test\] attention \(req r-1\) rows=3$/);
  });

  it('formats an HTTP access line with method, url, status and duration', () => {
    const line = JSON.stringify({ level: 30, time: 0, msg: 'requête traitée', reqId: 'r', req: { method: 'GET', url: '/api/health' }, res: { statusCode: 200 }, responseTime: 4 });
    expect(formatLogLine(line)).toBe('00:00:00.000 INFO  requête traitée GET /api/health → 200 (4 ms) (req r)');
  });
});
