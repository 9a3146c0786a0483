import { Injectable } from '@nestjs/common';

/** Today as publication sees it: dates versions, history and events. Tests replaying a real history set it. */
@Injectable()
export class PublicationClock {
  now(): Date {
    return new Date();
  }
}
