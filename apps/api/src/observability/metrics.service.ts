import { Inject, Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';

const JOB_STATES = ['waiting', 'active', 'failed'] as const;

/** Prometheus metrics of this process, in a registry of its own so that several apps in one test process stay apart. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly latency: Histogram<'method' | 'route' | 'status'>;

  constructor(@Inject(JOB_QUEUE) jobs: JobQueue) {
    collectDefaultMetrics({ register: this.registry, prefix: 'maillage_' });
    this.requests = new Counter({
      name: 'maillage_http_requests_total',
      help: 'Requêtes HTTP traitées, par méthode, route et statut',
      labelNames: ['method', 'route', 'status'],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: 'maillage_http_request_duration_seconds',
      help: 'Durée de traitement des requêtes HTTP',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [this.registry],
    });
    new Gauge({
      name: 'maillage_jobs',
      help: 'Tâches de fond par état (en attente, en cours, en échec), lues auprès du pilote de file',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const counts = await jobs.counts();
        for (const state of JOB_STATES) this.set({ state }, counts[state]);
      },
    });
  }

  /** Labels use the route pattern (`/api/organizations/:id`), never the raw URL, to keep the number of series bounded. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const stop = this.latency.startTimer();
    response.on('finish', () => {
      const route = request.route?.path ? `${request.baseUrl}${String(request.route.path)}` : request.path.startsWith('/api/') ? 'unmatched' : 'static';
      const labels = { method: request.method, route, status: String(response.statusCode) };
      this.requests.inc(labels);
      stop(labels);
    });
    next();
  };

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
