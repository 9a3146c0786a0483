import { Injectable } from '@nestjs/common';

/** Tells readers in this process that the consolidated data changed (a version published or retracted here). */
@Injectable()
export class PublicationEvents {
  private readonly listeners: (() => void)[] = [];

  onConsolidatedChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  consolidatedChanged(): void {
    for (const listener of this.listeners) listener();
  }
}
