import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SubmissionsModule } from '../submissions/submissions.module';
import { Review } from './entities/review.entity';
import { PublicationPort } from './publication-port';
import { ReviewController } from './review.controller';
import { ReviewRepository } from './review.repository';
import { ReviewService } from './review.service';

/** Reviewers' decisions; `ReviewService.markPublished` is what publication calls when a scheduled version goes out. */
@Module({
  imports: [TypeOrmModule.forFeature([Review]), SubmissionsModule],
  controllers: [ReviewController],
  providers: [ReviewService, ReviewRepository, PublicationPort],
  exports: [ReviewService],
})
export class ReviewModule {}
