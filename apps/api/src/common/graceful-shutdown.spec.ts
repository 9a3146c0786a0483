import { HttpAdapterHost } from '@nestjs/core';
import http from 'http';
import type { AddressInfo } from 'net';
import type { AppConfig } from '../config/app.config';
import type { JobQueue } from '../jobs/job-queue';
import { GracefulShutdown } from './graceful-shutdown';

function get(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, path, agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

describe('GracefulShutdown', () => {
  it('stops accepting, lets the running request and jobs finish, within one grace period', async () => {
    const server = http.createServer((_request, response) => {
      setTimeout(() => response.end('terminé'), 200);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const jobsClosedWith: number[] = [];
    const jobs = { close: async (graceMs: number) => void jobsClosedWith.push(graceMs) } as unknown as JobQueue;
    const adapterHost = { httpAdapter: { getHttpServer: () => server } } as unknown as HttpAdapterHost;
    const shutdown = new GracefulShutdown(adapterHost, jobs, { shutdownGraceMs: 2000 } as AppConfig);

    const inFlight = get(port, '/lent');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await shutdown.beforeApplicationShutdown('SIGTERM');

    await expect(inFlight).resolves.toBe('terminé');
    expect(Date.now() - started).toBeLessThan(1500);
    expect(jobsClosedWith).toEqual([2000]);
    await expect(get(port, '/apres')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('cuts the connections still open when the grace period ends', async () => {
    const server = http.createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const jobs = { close: async () => undefined } as unknown as JobQueue;
    const shutdown = new GracefulShutdown({ httpAdapter: { getHttpServer: () => server } } as unknown as HttpAdapterHost, jobs, {
      shutdownGraceMs: 100,
    } as AppConfig);
    const hanging = get(port, '/sans-fin');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await shutdown.beforeApplicationShutdown();
    await expect(hanging).rejects.toThrow(/socket hang up|ECONNRESET/);
  });
});
