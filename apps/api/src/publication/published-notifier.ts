import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ReviewService } from '../review/review.service';

/**
 * Tells the review workflow that a scheduled version went public (`ReviewService.markPublished`), looked up where the
 * application provides it. A failure there is logged: the version is published whatever the submission's record says.
 */
@Injectable()
export class PublishedNotifier {
  private readonly logger = new Logger('Publication');

  constructor(private readonly modules: ModuleRef) {}

  async published(submissionId: string, versionId: string): Promise<void> {
    try {
      await this.modules.get(ReviewService, { strict: false }).markPublished(submissionId);
    } catch (error) {
      this.logger.error(`Version ${versionId} publiée, mais la soumission ${submissionId} n’a pas pu être marquée publiée : ${(error as Error).message}`);
    }
  }
}
