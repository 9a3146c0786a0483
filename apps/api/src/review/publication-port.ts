import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { PublicationGateway } from '../publication/publication.gateway';
import { SubmissionErrorCode, SubmissionException } from '../submissions/submission.exception';

/**
 * The publication context's gateway, looked up where the application provides it (whatever module that is), so that
 * the review workflow does not depend on how publication is wired. Without one, publishing answers 503.
 */
@Injectable()
export class PublicationPort {
  constructor(private readonly modules: ModuleRef) {}

  gateway(): PublicationGateway {
    try {
      return this.modules.get(PublicationGateway, { strict: false });
    } catch {
      throw new SubmissionException(SubmissionErrorCode.PublicationUnavailable, 'La publication n’est pas disponible sur ce serveur (aucun service de publication configuré)');
    }
  }
}
