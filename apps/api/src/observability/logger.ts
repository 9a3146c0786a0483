import pino, { Logger } from 'pino';
import { Writable } from 'stream';
import type { AppConfig } from '../config/app.config';
import { currentRequestId } from './request-context';

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const OMITTED_IN_TEXT = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'context', 'reqId', 'req', 'res', 'responseTime']);

/** One JSON log line turned into `19:04:12.345 INFO  [Context] message (req abc) key=value`, for people at a terminal. */
export function formatLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  const time = new Date(Number(entry.time)).toISOString().slice(11, 23);
  const level = (LEVEL_NAMES[Number(entry.level)] ?? String(entry.level)).padEnd(5);
  const context = entry.context ? `[${entry.context}] ` : '';
  const request = entry.req as { method?: string; url?: string } | undefined;
  const response = entry.res as { statusCode?: number } | undefined;
  const http = request && response ? ` ${request.method} ${request.url} → ${response.statusCode} (${entry.responseTime} ms)` : '';
  const requestId = entry.reqId ? ` (req ${entry.reqId})` : '';
  const extras = Object.entries(entry)
    .filter(([key]) => !OMITTED_IN_TEXT.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' ');
  return `${time} ${level} ${context}${entry.msg ?? ''}${http}${requestId}${extras ? ` ${extras}` : ''}`;
}

function textDestination(output: NodeJS.WritableStream): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line) output.write(`${formatLogLine(line)}\n`);
      callback();
    },
  });
}

/** JSON lines in production (for the log collector), readable text otherwise; both carry the request id. */
export function createLogger(config: Pick<AppConfig, 'log'>, output: NodeJS.WritableStream = process.stdout): Logger {
  const options: pino.LoggerOptions = {
    level: config.log.level,
    base: { pid: process.pid },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    // Every line written while serving a request carries its id, not only the access line.
    mixin: (_object, _level, logger) => {
      const requestId = currentRequestId();
      return requestId && !('reqId' in logger.bindings()) ? { reqId: requestId } : {};
    },
  };
  return config.log.format === 'json' ? pino(options, output as never) : pino(options, textDestination(output));
}
