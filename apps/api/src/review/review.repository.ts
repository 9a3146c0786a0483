import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Review } from './entities/review.entity';

@Injectable()
export class ReviewRepository {
  constructor(@InjectRepository(Review) private readonly reviews: Repository<Review>) {}

  insert(review: Review): Promise<Review> {
    return this.reviews.save(review);
  }

  listForSubmission(submissionId: string): Promise<Review[]> {
    return this.reviews.find({ where: { submissionId }, order: { at: 'ASC' } });
  }
}
