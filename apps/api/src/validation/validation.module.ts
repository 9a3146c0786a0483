import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { JOB_QUEUE, JobQueue } from '../jobs/job-queue';
import { PublicationPort } from '../review/publication-port';
import { SubmissionsModule } from '../submissions/submissions.module';
import { DIFF_SUBMISSION_JOB, VALIDATE_SUBMISSION_JOB, ValidateSubmissionPayload } from '../submissions/submissions.service';
import { SubmissionValidationJob } from './submission-validation.job';

/** Registers the validation job's handlers with whichever queue runs them (API process or worker). */
@Module({
  imports: [SubmissionsModule],
  providers: [SubmissionValidationJob, PublicationPort],
})
export class ValidationModule implements OnModuleInit {
  constructor(
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly job: SubmissionValidationJob,
  ) {}

  onModuleInit(): void {
    this.queue.registerHandler<ValidateSubmissionPayload>(VALIDATE_SUBMISSION_JOB, (payload, context) => this.job.validate(payload, context));
    this.queue.registerHandler<ValidateSubmissionPayload>(DIFF_SUBMISSION_JOB, (payload) => this.job.diffOnly(payload));
  }
}
