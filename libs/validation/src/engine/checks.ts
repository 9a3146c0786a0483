import type { Check, CheckContext, CheckFactory } from '../core/contracts';
import type { CustomCheckDescriptor } from '../schema';
import { checkError } from '../errors/definitions';
import type { ErrorSink } from '../report/error-sink';
import { registerDefinitions } from '../errors/registry';

/** A custom check that threw is reported once (check-error) and switched off, the validation goes on. */
export class CheckRunner {
  private readonly active: { name: string; check: Check }[] = [];

  constructor(
    declared: CustomCheckDescriptor[],
    factories: CheckFactory[],
    private readonly context: CheckContext,
    private readonly sink: ErrorSink,
  ) {
    for (const descriptor of declared) {
      const factory = factories.find((candidate) => candidate.name === descriptor.name);
      if (!factory) {
        sink.add(checkError, { note: `le contrôle « ${descriptor.name} » déclaré par le schéma n'est pas disponible` });
        continue;
      }
      registerDefinitions(factory.definitions);
      try {
        this.active.push({ name: descriptor.name, check: factory.create(descriptor.params ?? {}) });
      } catch (error) {
        sink.add(checkError, { note: `le contrôle « ${descriptor.name} » refuse ses paramètres : ${(error as Error).message}` });
      }
    }
  }

  get empty(): boolean {
    return this.active.length === 0;
  }

  start(): void {
    this.each((check) => check.validateStart?.(this.context));
  }

  row(row: Parameters<Check['validateRow']>[0]): void {
    for (let index = 0; index < this.active.length; index++) {
      const entry = this.active[index];
      try {
        entry.check.validateRow(row, this.context);
      } catch (error) {
        this.fail(entry, error, row.rowNumber);
      }
    }
  }

  end(): void {
    this.each((check) => check.validateEnd?.(this.context));
  }

  private each(call: (check: Check) => void): void {
    for (const entry of [...this.active]) {
      try {
        call(entry.check);
      } catch (error) {
        this.fail(entry, error);
      }
    }
  }

  private fail(entry: { name: string; check: Check }, error: unknown, rowNumber?: number): void {
    const where = rowNumber === undefined ? '' : ` (ligne ${rowNumber})`;
    this.sink.add(checkError, { note: `le contrôle « ${entry.name} » a échoué${where} : ${(error as Error)?.message ?? String(error)}` });
    this.active.splice(this.active.indexOf(entry), 1);
  }
}
